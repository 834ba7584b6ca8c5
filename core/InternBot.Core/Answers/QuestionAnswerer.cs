using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>
/// Answers questions from the catalogue alone: no external service, no generative model. The question is read
/// (<see cref="QuestionReader"/>: its meanings scored against example questions, its answer form, the vacancies and
/// units it names), then planned: facts on a topic for one, several or every vacancy (grouped by what they say, the
/// silent notices named), a timeline for "what is still open", passages of the notices for what no topic covers,
/// "the notices do not say" for what none covers, and free-text eligibility through the shared engine. Follow-ups
/// keep what still applies: the vacancy, the topics, the person's facts.
/// </summary>
public sealed partial class QuestionAnswerer
{
    private static readonly Topic[] SearchableTopics = [Topic.Tasks, Topic.Units, Topic.About, Topic.LearningOutcomes];

    private readonly VacancyCatalogue _catalogue;
    private readonly TimeProvider _time;
    private readonly QuestionReader _reader;
    private readonly VacancyMentions _mentions;
    private readonly UnitMentions _units;
    private readonly QuickEligibility _eligibility;
    private readonly FactGroups _facts;
    private readonly UnmentionedWords _unmentioned;
    private readonly Abbreviations _abbreviations;
    private readonly Dictionary<string, Topic> _numberTopics;

    public QuestionAnswerer(VacancyCatalogue catalogue, EligibilityEngine engine, TimeProvider time)
    {
        _catalogue = catalogue;
        _time = time;
        _reader = new QuestionReader(catalogue);
        _mentions = new VacancyMentions(catalogue, UnderstandingData.Shipped.Stopwords);
        _units = new UnitMentions(catalogue);
        _eligibility = new QuickEligibility(engine, time);
        _facts = new FactGroups(catalogue, time);
        _unmentioned = new UnmentionedWords(UnderstandingData.Shipped, _reader.Passages);
        _abbreviations = new Abbreviations(catalogue);
        _numberTopics = NumberTopics(catalogue);
        _properNames = new(ProperNames);
        _competencyNames = CompetencyNames(catalogue);
    }

    public QuestionReader Reader => _reader;

    /// <summary>
    /// The answer to <paramref name="text"/> in this context. Answers are pure (question, context, the minute on the
    /// clock), and the same questions come back all day, so recent ones are remembered (two generations of at most
    /// <see cref="CacheGeneration"/> each); a conversation carrying a person's facts is never cached.
    /// </summary>
    public AnswerOutcome Answer(string text, string? locale, QuestionContext context)
    {
        if (context.Profile is not null || text.Length > 500)
        {
            return Compute(text, locale, context);
        }

        var key = string.Join('\u0001', text, locale ?? "", context.CacheKey, _time.GetUtcNow().ToUnixTimeSeconds() / 60);
        if (_recent.TryGetValue(key, out var known) || _older.TryGetValue(key, out known))
        {
            return known;
        }

        var outcome = Compute(text, locale, context);
        if (_recent.TryAdd(key, outcome) && Interlocked.Increment(ref _recentCount) >= CacheGeneration)
        {
            lock (_generations)
            {
                if (_recentCount >= CacheGeneration)
                {
                    _older = _recent;
                    _recent = new(StringComparer.Ordinal);
                    _recentCount = 0;
                }
            }
        }

        return outcome;
    }

    public const int CacheGeneration = 1_024;
    private readonly Lock _generations = new();
    private int _recentCount;
    private System.Collections.Concurrent.ConcurrentDictionary<string, AnswerOutcome> _recent = new(StringComparer.Ordinal);
    private System.Collections.Concurrent.ConcurrentDictionary<string, AnswerOutcome> _older = new(StringComparer.Ordinal);

    private AnswerOutcome Compute(string text, string? locale, QuestionContext context)
    {
        var q = WithNumberTopic(_reader.Read(text), text);
        // "Why?", "pourquoi ?" right after a person was checked: the criteria that decided it, as the notice states them
        // (the reason asked is the verdict's, not the rule's, which no notice gives).
        if (q.Exact is null && context.Profile is not null && context.LastTopics.Count == 0 && context.LastSubject.Count == 0 && AsksWhy(q))
        {
            q = AskingOnly(q, Topic.EssentialCriteria);
        }

        // Right after passages (a match for the person, a search), "why?" asks why those: the passages again, which hold
        // their reasons (see Plan), not a reason the notices would have to state.
        if (q.Exact is null && context.LastTopics.Count == 0 && context.LastSubject.Count > 0 && AsksWhy(q))
        {
            q = q with { Detail = AskedDetail.None };
        }

        // "Where can I find one then?", "où le trouver alors ?" right after a topic: what the other notices state of it
        // (the one discussed being the notice that left it out), not a search for housing.
        if (q.Exact is null && context.LastTopics is [var lastTopic] && context.CurrentVacancy is not null && FindItElsewhere().IsMatch(q.Analysed.Normalised))
        {
            q = AskingOnly(q, lastTopic);
            context = context with { CurrentVacancy = null };
        }

        // "How many hours have I got?" right after a deadline is the time left before it, not the working week.
        if (q.Exact is null && context.LastTopics.Contains(Topic.Deadline) && TimeLeftInUnits().IsMatch(q.Analysed.Normalised))
        {
            q = AskingOnly(q, Topic.Deadline);
        }

        // "Is there a maximum?" right after the minimum age (the essential criteria) asks for an upper age limit, not how
        // many vacancies one may apply to.
        if (q.Exact is null && context.LastTopics.Contains(Topic.EssentialCriteria) && BareMaximum().IsMatch(q.Analysed.Normalised)
            && UnderstandingData.Shipped.NotCovered.FirstOrDefault(a => a.Id == NotCoveredAspect.Ids.MaxAge) is { } maxAge)
        {
            q = AskingOnly(q, Meaning.Of(maxAge));
        }

        // "Where is it?", "is it in person?", "c'est où ?" right after the info session ask where and how it is held:
        // the session's own answer (a webinar, its link), not the vacancy's location or the selection.
        if (q.Exact is null && context.LastTopics.Contains(Topic.InfoSession) && WhereOrHowHeld().IsMatch(q.Analysed.Normalised))
        {
            q = AskingOnly(q, Topic.InfoSession);
        }

        // "start?" after the hours and telework is the start date, not the opening command.
        if (q.Exact == Intent.Help && q.Analysed.Words is ["start"] && context.LastTopics.Count > 0)
        {
            q = q with { Exact = null };
        }

        var outcome = Plan(q, text, locale, context);
        // A follow-up that keeps the topic keeps the detail asked with it (carried only then: see Plan).
        q = q.Detail == AskedDetail.None && outcome.Next.LastDetail != AskedDetail.None ? q with { Detail = outcome.Next.LastDetail } : q;
        outcome = WithLocalTime(WithDeadlinesAsked(WithExpansion(WithComparison(WithUnstatedDetail(WithUnmentioned(WithWhetherAlike(outcome, q), q), q), q, context), q, text, context), q), q);
        return outcome.Reply is PassagesReply { Use: PassageUse.Mention } mention && mention.Vacancies.Count == _catalogue.All.Count
            ? outcome with { Reply = mention with { EveryVacancy = true } }
            : outcome;
    }

    /// <summary>
    /// "Do all of them require you to be 21?", "is it really 38 a week?": a number only one topic's facts state says what
    /// is asked about, first when the words say it only weakly or not at all.
    /// </summary>
    private QuestionReading WithNumberTopic(QuestionReading q, string text)
    {
        if (q.Exact is not null)
        {
            return q;
        }

        // "€1,286.09", "1 286,09 €": an amount is one number, however its digits are grouped (the words split it).
        // "J'ai 38 ans": a number said as someone's age is no other topic's number (38 hours), only the age criterion's.
        var words = q.Analysed.Words;
        bool AnAgeOfNoCriterion(int i) => i + 1 < words.Length && words[i + 1] is "ans" or "an" or "years" or "year" or "yo" && _numberTopics[words[i]] != Topic.EssentialCriteria;
        var numbers = words.Select((w, i) => (Word: w, At: i)).Where(n => _numberTopics.ContainsKey(n.Word)).ToList();
        var number = numbers.FirstOrDefault(n => !AnAgeOfNoCriterion(n.At)).Word
            ?? (numbers.Count > 0 ? null : Import.TextPatterns.Amounts(text).Select(a => a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(_numberTopics.ContainsKey));
        if (number is null || q.Topics.Contains(_numberTopics[number]))
        {
            return q;
        }

        var topic = _numberTopics[number];

        // Beside what the words ask clearly ("if I turn 21 on the deadline day?": the deadline and the age criterion).
        var meaning = new ScoredMeaning(Meaning.Of(topic), 0.65, number, [number], Coverage: 1);
        return q with { Meanings = q.Meanings.Count > 0 && q.Meanings[0].Score >= 0.65 ? [q.Meanings[0], meaning, .. q.Meanings.Skip(1)] : [meaning, .. q.Meanings] };
    }

    /// <summary>
    /// The numbers above 12 that only one topic's facts state, across the vacancies ("21": the criteria's
    /// age; "38": the hours): dates and the summary of the offer left out, as their numbers belong to many things, and
    /// the reference numbers, which name a vacancy.
    /// </summary>
    private static Dictionary<string, Topic> NumberTopics(VacancyCatalogue catalogue)
    {
        var now = DateTimeOffset.UnixEpoch;
        var topics = new Dictionary<string, HashSet<Topic>>(StringComparer.Ordinal);
        foreach (var topic in Enum.GetValues<Topic>().Where(t => t is not (Topic.Deadline or Topic.InfoSession or Topic.Start or Topic.Offer or Topic.Reference or Topic.Title)))
        {
            foreach (var fact in catalogue.All.Select(v => FactWriter.For(v, topic, now, catalogue)).Where(f => f.Stated))
            {
                foreach (var text in new[] { fact.Summary }.Concat(fact.Items).OfType<LocalizedText>())
                {
                    foreach (Match m in Number().Matches(text.En))
                    {
                        var value = m.Value.Replace(",", "", StringComparison.Ordinal);
                        if (value.Length >= 2 && int.TryParse(value.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture, out var whole) && whole > 12 && whole is not (>= 1900 and <= 2100))
                        {
                            foreach (var form in new[] { value, value.Split('.')[0] })
                            {
                                (topics.TryGetValue(form, out var set) ? set : topics[form] = []).Add(topic);
                            }
                        }
                    }
                }
            }
        }

        return topics.Where(p => p.Value.Count == 1).ToDictionary(p => p.Key, p => p.Value.First(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<![\d.,])\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Number();

    /// <summary>
    /// "What does NOS stand for?", "C'est quoi le MC ?": what each abbreviation asked about stands for, first. A
    /// question of nothing but the abbreviation (and the notice it is in) is answered by the passages that use it;
    /// otherwise the answer stays and the meaning leads it ("what does DSP mean and what do they do?").
    /// </summary>
    private AnswerOutcome WithExpansion(AnswerOutcome outcome, QuestionReading q, string text, QuestionContext context)
    {
        // "What's the 'IS' in 'IS staff'?": an abbreviation put in quotes by an open question is asked about as such.
        var quoted = QuotedWord().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var asked = q.Has(AnswerForms.Expand)
            || (quoted.Count > 0 && q.Analysed.Words.FirstOrDefault(UnderstandingData.Shipped.OpenQuestionWords.Contains) is not null
                && _abbreviations.In(text, anyCase: false).Any(quoted.Contains));
        // A vacancy's own short name is what it is called ("and for ICTM?"): spelled out only when asked.
        var written = _abbreviations.In(text, anyCase: false).Where(a => asked || !_catalogue.All.Any(v => v.ShortName == a)).ToList();
        var shorts = written.Count > 0 || !asked ? written
            // "what does nos stand for": in lower case only when asked in so many words, and not a common word.
            : _abbreviations.In(text, anyCase: true).Where(a => a.Length >= 3 && !UnderstandingData.Shipped.Stopwords.Contains(a.ToLowerInvariant())).ToList();
        if (shorts.Count == 0)
        {
            return outcome;
        }

        var isShort = shorts.Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var rest = q.Analysed.Words.Where(w => !isShort.Contains(w) && !UnderstandingData.Shipped.Stopwords.Contains(w) && !UnderstandingData.Shipped.WhereSeenWords.Contains(w)
            && !_catalogue.All.Any(v => v.ShortName.Equals(w, StringComparison.OrdinalIgnoreCase))).ToList();
        var bare = rest.Count == 0;
        if (!asked && !bare)
        {
            return outcome;
        }

        // "What's the MC in the JIS notice?": the vacancy named is where to look, not what to spell out.
        var named = _mentions.In(string.Join(' ', q.Analysed.Words.Where(w => !isShort.Contains(w))));
        var spelled = shorts.Count > 1 ? shorts.Where(a => !_catalogue.All.Any(v => v.ShortName == a)).DefaultIfEmpty(shorts[0]).ToList() : shorts;
        var found = spelled.SelectMany(a => _abbreviations.Of(a) is var all && all.Any(x => named.Contains(x.Vacancy)) ? all.Where(x => named.Contains(x.Vacancy)) : all).ToList();
        if (found.Count == 0)
        {
            return outcome;
        }

        var reply = outcome.Reply;
        var next = outcome.Next;
        // A unit's name already has its answer ("C'est quoi la DSP ?"); an abbreviation the answer missed gets the passages,
        // as does a question with no meaning but the abbreviation ("what does IS stand for?"), whose facts could only
        // repeat the last answer's topics.
        if (outcome.Unanswered || reply is NotUnderstoodReply or HelpReply || (q.Meanings.Count == 0 && reply is FactsReply))
        {
            var usingIt = found.SelectMany(a => PassagesUsing(a.Short, a.Vacancy)).Distinct().Take(4).ToList();
            if (usingIt.Count > 0)
            {
                reply = new PassagesReply(reply.Language, usingIt, usingIt.Select(p => p.Vacancy).Distinct().Count() > 1 ? PassageUse.Mention : PassageUse.Answer);
                // An uncovered point the spelling-out replaces was not what was asked: a follow-up does not carry it.
                next = outcome.Reply is NotCoveredReply ? next with { LastAspect = null, LastTopics = context.LastTopics } : next;
            }
        }

        return outcome with { Reply = reply with { Expanded = new Expansion(found) }, Unanswered = false, Next = next };
    }

    /// <summary><paramref name="token"/> as a whole word, as written ("NOS" is not in "NOSTALGIA").</summary>
    private static Regex WholeWord(string token) =>
        new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(token)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, Patterns.MatchTimeout);

    /// <summary>The passages of <paramref name="vacancy"/> that use <paramref name="shortName"/> as a word, or are about the unit it names.</summary>
    private IEnumerable<CataloguePassage> PassagesUsing(string shortName, Vacancy vacancy)
    {
        var word = WholeWord(shortName);
        return _reader.Passages.All.Where(p => p.Vacancy == vacancy
            && (p.Unit?.Abbreviation == shortName || word.IsMatch(p.Text.En) || (p.Text.Fr is { } fr && word.IsMatch(fr))));
    }

    /// <summary>
    /// "I'm in New York: what's the latest I can submit?": each deadline and session, also in the asker's local time.
    /// </summary>
    private static AnswerOutcome WithLocalTime(AnswerOutcome outcome, QuestionReading q)
    {
        if (outcome.Reply is not FactsReply answer || !answer.Groups.Any(g => g.Topic is Topic.Deadline or Topic.InfoSession) || LocalTimes.Named(q.Analysed.Normalised) is not { } place)
        {
            return outcome;
        }

        var groups = answer.Groups.Select(g => g with
        {
            Facts = g.Facts.Select(f => f.Stated && Moment(f) is { } instant ? f with { Items = [.. f.Items, place.At(instant)] } : f).ToList(),
        }).ToList();
        return outcome with { Reply = answer with { Groups = groups } };

        static DateTimeOffset? Moment(VacancyFact fact) => fact.Topic switch
        {
            Topic.Deadline => fact.Vacancy.Deadline.LastMinute.ToInstant(),
            Topic.InfoSession => fact.Vacancy.InfoSession?.Start.ToInstant(),
            _ => null,
        };
    }

    /// <summary>
    /// "Does the ICTM notice say the same?" after the NDS's candidate pool: the ICTM's answer, led by whether it is the
    /// same as the NDS's. Only when both notices state it; a silent notice already says so.
    /// </summary>
    private AnswerOutcome WithComparison(AnswerOutcome outcome, QuestionReading q, QuestionContext context)
    {
        // "Is it any different for KM?" asks the same; after a person's check its criteria were the subject.
        // After an answer about every vacancy ("the rule on generative AI?", then "does it apply to ICTM too?"), the
        // others are what it is compared with.
        var acrossAll = context.CurrentVacancy is null && context.LastTopics.Count > 0;
        IReadOnlyList<Vacancy>? named = acrossAll ? [] : context.CurrentVacancy is { } slug && _catalogue.Get(slug) is { } one ? [one] : null;
        if (named is null || !q.Has(AnswerForms.Same | AnswerForms.Compare) || outcome.Reply is not FactsReply answer
            || answer.Groups.Any(g => g.Facts is not [{ Stated: true } fact] || named.Contains(fact.Vacancy)
                // ("Same deadline as NDS?" in a conversation about OCIO compares that too.)
                || !(context.LastTopics.Contains(g.Topic) || q.Has(AnswerForms.Compare) || (g.Topic == Topic.EssentialCriteria && context.LastTopics.Count == 0 && context.Profile is not null))))
        {
            return outcome;
        }

        var now = _time.GetUtcNow();
        var asked = answer.Groups[0].Facts[0].Vacancy;
        IReadOnlyList<Vacancy> before = acrossAll
            ? _catalogue.All.Where(v => v != asked && answer.Groups.All(g => FactWriter.For(v, g.Topic, now, _catalogue).Stated)).ToList()
            : named;
        if (before.Count == 0 || before.Any(v => answer.Groups.Any(g => !FactWriter.For(v, g.Topic, now, _catalogue).Stated)))
        {
            return outcome;
        }

        var same = before.All(v => answer.Groups.All(g => g.Facts[0].CompareKey == FactWriter.For(v, g.Topic, now, _catalogue).CompareKey));
        var askedIfDifferent = q.Analysed.Words.Any(w => LightStemmer.Stem(w) is "differ" or "different");
        return outcome with { Reply = answer with { Compared = new SameAsBefore(before, same, askedIfDifferent) } };
    }

    /// <summary>
    /// "Is the grant the same at NDS and JIS?", "elles sont identiques pour les 5 ?": asked whether the notices say the
    /// same, each answer over several notices that all state it first says yes or no.
    /// </summary>
    private static AnswerOutcome WithWhetherAlike(AnswerOutcome outcome, QuestionReading q)
    {
        if (outcome.Reply is not FactsReply answer || !q.Has(AnswerForms.Same) || !q.Analysed.Words.Any(UnderstandingData.Shipped.AlikeWords.Contains))
        {
            return outcome;
        }

        var groups = answer.Groups.Select(g => g.Facts.Count < 2 || g.Facts.Any(f => !f.Stated) || g.Lead is null ? g
            : g with { Lead = Answered(g.Facts.Select(f => f.CompareKey).Distinct().Count() == 1, g.Lead) }).ToList();
        return outcome with { Reply = answer with { Groups = groups } };

        static LocalizedText Answered(bool yes, LocalizedText lead) => new(
            (yes ? "Yes: " : "No: ") + char.ToLowerInvariant(lead.En[0]) + lead.En[1..],
            (yes ? "Oui : " : "Non : ") + char.ToLowerInvariant(lead.In(Language.French)[0]) + lead.In(Language.French)[1..]);
    }

    /// <summary>
    /// "What's the name of the Head of KM?", "how much exactly is the travel reimbursement?": the topic's answer, and
    /// first that it holds no name, amount or exact day when it does not.
    /// </summary>
    private AnswerOutcome WithUnstatedDetail(AnswerOutcome outcome, QuestionReading q)
    {
        var detail = q.Detail;
        // A choice is said to be unstated only of where and when one works, not of how many vacancies one may choose;
        // a street address only of where one works.
        var saidBeside = detail switch
        {
            AskedDetail.None => false,
            AskedDetail.Choice => outcome.Reply is FactsReply { Groups: [{ Topic: Topic.Start or Topic.Units or Topic.Location or Topic.Hours or Topic.Telework }, ..] },
            AskedDetail.Address => outcome.Reply is FactsReply { Groups: [{ Topic: Topic.Location }, ..] },
            _ => true,
        };
        if (!saidBeside)
        {
            return outcome;
        }

        // What each vacancy's part of the answer says. The first topic is what was asked ("how much exactly is the
        // travel reimbursement?", not the grant beside it); a notice that states nothing on it already says so.
        var said = outcome.Reply switch
        {
            FactsReply f => f.Groups[0].Facts.Where(x => x.Stated).GroupBy(x => x.Vacancy)
                .Select(g => (Vacancy: g.Key, Text: string.Join(' ', g.SelectMany(x => x.Items.Select(t => t.En).Append(x.Summary?.En ?? ""))))).ToList(),
            PassagesReply p => p.Passages.GroupBy(x => x.Vacancy).Select(g => (Vacancy: g.Key, Text: string.Join(' ', g.Select(x => x.Text.En)))).ToList(),
            _ => [],
        };
        // A currency is the one detail a notice may leave out where the others state it ("1286.09" beside "€1,286.09"):
        // those notices are named. The others are stated for the answer as a whole, or not at all.
        var about = detail == AskedDetail.Currency
            ? said.Where(s => !AskedDetails.HeldIn(detail, s.Text)).Select(s => s.Vacancy).ToList()
            : said.Count == 0 || AskedDetails.HeldIn(detail, string.Join(' ', said.Select(s => s.Text))) ? [] : said.Select(s => s.Vacancy).ToList();
        if (about.Count == 0)
        {
            return outcome;
        }

        var all = about.Count == _catalogue.All.Count;
        var reply = outcome.Reply with { UnstatedDetail = new UnstatedDetail(detail, all ? [] : about, all) };
        // "Is the OCIO grant paid in euros?", "which programming languages would an NDS intern use?": where other notices
        // give that detail on the same topic, theirs is shown, as theirs (the grant in euros, the KM task in JavaScript).
        if (!all && reply is FactsReply { Groups: [var first, ..] } facts && first.Elsewhere.Count == 0 && ShownFromElsewhere.Contains(detail))
        {
            var theirs = _facts.StatedByOthers(first.Topic, first.Facts.Select(f => f.Vacancy), _time.GetUtcNow())
                .Select(f => f with { Items = [.. f.Items.Where(i => AskedDetails.HeldIn(detail, i.En))] })
                .Where(f => f.Items.Count > 0 || (f.Summary is { } summary && AskedDetails.HeldIn(detail, summary.En)))
                .ToList();
            if (theirs.Count > 0)
            {
                reply = facts with { Groups = [first with { Elsewhere = theirs }, .. facts.Groups.Skip(1)] };
            }
        }

        return outcome with { Reply = reply };
    }

    // Details one notice may leave out where another gives them on the same topic, worth showing as theirs.
    private static readonly AskedDetail[] ShownFromElsewhere = [AskedDetail.Currency, AskedDetail.ProgrammingLanguage, AskedDetail.Link];

    // A reading that asks for this topic and nothing else, with certainty (what a short follow-up points back at).
    private static QuestionReading AskingOnly(QuestionReading q, Topic topic) => AskingOnly(q, Meaning.Of(topic));

    private static QuestionReading AskingOnly(QuestionReading q, Meaning meaning) =>
        q with { Meanings = [new ScoredMeaning(meaning, 1, "", [], Coverage: 1)], Detail = AskedDetail.None };

    /// <summary>
    /// "Final year of a cyber security master's: a good fit for NDS?": an answer about what a vacancy is, does or asks
    /// of the person who described a degree also says what that vacancy's notice makes of a degree (an advantage).
    /// </summary>
    private static Reply WithDegreeAdvantage(Reply reply, PersonalFacts? person)
    {
        if (person?.DegreeLevel is null)
        {
            return reply;
        }

        IReadOnlyList<Vacancy> about = reply switch
        {
            PassagesReply p => p.Vacancies,
            FactsReply f when f.Groups.All(g => g.Topic is Topic.Tasks or Topic.About or Topic.Units or Topic.EssentialCriteria)
                => f.Groups.SelectMany(g => g.Facts.Select(x => x.Vacancy)).Distinct().ToList(),
            QuickEligibilityReply e => e.Groups.SelectMany(g => g.Vacancies).Distinct().ToList(),
            _ => [],
        };
        var criteria = about.SelectMany(v => v.Selection.Desirable.Where(c => c.Kind == CriterionKind.Degree).Take(1).Select(c => (v, c))).ToList();
        return criteria.Count > 0 ? reply with { DegreeAdvantage = new DegreeAsAdvantage(criteria) } : reply;
    }

    /// <summary>
    /// "Which one suits a front-end developer, and when does it close?", "what does the DSI team do, and is it still
    /// open?": a closing clause asking for the deadline, beside an answer that does not give it, adds the status of the
    /// vacancies the answer is about (at most three; none for answers that already date things).
    /// </summary>
    private static AnswerOutcome WithDeadlinesAsked(AnswerOutcome outcome, QuestionReading q)
    {
        if (!q.DeadlineAskedLast)
        {
            return outcome;
        }

        IReadOnlyList<Vacancy> about = outcome.Reply switch
        {
            FactsReply f when f.Groups.All(g => g.Topic is not (Topic.Deadline or Topic.InfoSession)) => f.Groups.SelectMany(g => g.Facts.Select(x => x.Vacancy)).Distinct().ToList(),
            // (The passages' first vacancies are the ones the card leads with: the closest matches.)
            PassagesReply p => p.Vacancies.Take(3).ToList(),
            NotCoveredReply n => n.Vacancies,
            _ => [],
        };
        return about.Count is > 0 and <= 3 ? outcome with { Reply = outcome.Reply with { DeadlinesAsked = about } } : outcome;
    }

    // "Where is it?", "is it online or in person?", "c'est où ?", "en présentiel ?": where or how something is held.
    [GeneratedRegex(@"^(?:so |ok |and |alors |et |donc |mais )?(?:where (?:is|was|will) (?:it|that|the session|the webinar)(?: be)?(?: held)?|is it (?:online|in person|on site|onsite|virtual|remote|on zoom|on teams|at the hq|at nato|in brussels)(?: or (?:online|in person|on site|onsite|virtual|remote|on zoom))?|(?:online|in person|on zoom|virtual)|(?:c est|cest|ca se passe|ca a lieu|c etait|ca se passait) (?:ou|en ligne|en presentiel|sur place|a distance|sur zoom)(?: ou (?:en ligne|en presentiel|sur place|a distance))?|(?:en ligne|en presentiel|sur place|a distance|sur zoom)|ou (?:ca|c)? ?(?:se passe|a lieu|se tient|est ce))(?: then| alors| du coup| exactly| exactement)?$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex WhereOrHowHeld();

    // "Is there a maximum?", "et un âge maximum ?", "y a-t-il un max ?": a maximum asked for on its own.
    [GeneratedRegex(@"^(?:so |ok |and |alors |et |donc )?(?:is there (?:a|an|any) (?:maximum|max|upper limit|upper age limit|age limit|maximum age|max age)(?: too| as well| then)?|(?:and )?(?:a )?(?:maximum|max)(?: age)?|(?:y a t il|il y a|y a) (?:un|une) (?:maximum|max|age maximum|age max|limite)(?: aussi| alors)?|(?:et )?(?:un )?(?:age )?(?:maximum|max))$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex BareMaximum();

    // "How many hours have I got?", "combien de jours il me reste ?": a count of time units that the asker has. (Said
    // with "left", the reader's own rule reads it as the time left whatever came before; this one only follows a deadline.)
    [GeneratedRegex(@"^(?:so |ok |and |alors |et |donc )?(?:how many (?:more )?(?:hours|minutes|days|weeks) (?:exactly )?(?:have i got|do i have|have we got|do we have|i ve got|ive got|do i still have|have i still got|are left|remain)|combien d (?:heures|minutes|jours|semaines) (?:exactement )?(?:j ai|ai je|il me reste|me reste t il|il reste|reste t il|il nous reste|nous reste t il))(?: left| still| encore| exactly| exactement)?$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex TimeLeftInUnits();

    // "Where can I find one then?", "où le trouver alors ?": the thing just discussed, looked for in other notices.
    [GeneratedRegex(@"^(?:so |then |ok |and |alors |et |donc )?(?:where (?:can|could|do|would|should) (?:i|we|one|you) (?:find|get) (?:it|one|that|them|the link|a link)|(?:ou|et ou) (?:est ce que )?(?:je peux |on peut )?(?:le|la|les|l|en) (?:trouver|trouve|trouve t on|avoir))(?: then| instead| alors| du coup| ailleurs)?$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex FindItElsewhere();

    [GeneratedRegex(@"\b(?:any|one|either) of (?:them|these|those|the vacancies|the internships)\b|\b(?:l un|l une|un|une|aucun|aucune) d (?:eux|elles|entre eux|entre elles)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex AnyOfThem();

    [GeneratedRegex(@"\b(?:the (?:one|ones|vacancy|vacancies|internship|internships) (?:that s|that is|that are|which is|which are|still) (?:still )?open|the open one|the ones? still open|(?:celui|celle) qui est (?:encore|toujours) ouverte?|(?:ceux|celles) qui sont (?:encore|toujours) ouverte?s|l offre (?:encore|toujours) ouverte|le stage (?:encore|toujours) ouvert)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex TheOpenOne();

    /// <summary>
    /// "Does the NDS need Python?": the answer (the NDS's requirements) says as well that the notice never mentions
    /// Python, for the vacancies the answer is about.
    /// </summary>
    private AnswerOutcome WithUnmentioned(AnswerOutcome outcome, QuestionReading q)
    {
        IReadOnlyList<Vacancy>? about = outcome.Reply switch
        {
            FactsReply f => f.Groups.SelectMany(g => g.Facts.Select(x => x.Vacancy)).Distinct().ToList(),
            QuickEligibilityReply e => e.Groups.SelectMany(g => g.Vacancies).Distinct().ToList(),
            VacancyDetailReply d => [d.Vacancy],
            PassagesReply p => p.Vacancies.Count == 1 ? p.Vacancies : _catalogue.All,
            // "Which notices mention Python?", "does KM talk about blockchain?": nothing found is the answer itself.
            NotUnderstoodReply n when q.Has(AnswerForms.Mention) => n.Vacancy is { } asked ? [asked] : _catalogue.All,
            _ => null,
        };
        if (about is not { Count: > 0 } || _unmentioned.In(q, about) is not { Count: > 0 } words)
        {
            return outcome;
        }

        var all = about.Count == _catalogue.All.Count;
        var said = outcome with { Reply = outcome.Reply with { Unmentioned = new Unmentioned(words, all ? [] : about, all) } };
        return outcome.Reply is NotUnderstoodReply ? said with { Unanswered = false } : said;
    }

    private AnswerOutcome Plan(QuestionReading q, string text, string? locale, QuestionContext context)
    {
        var language = context.PreferredLanguage ?? LanguageDetector.Detect(text, locale);
        // The unit discussed is kept for one turn only: "its" points at what was just said.
        var next = context with { LastUnit = null, LastForms = AnswerForms.None, LastSubject = [], LastDetail = AskedDetail.None, LastAspect = null };
        PersonalFacts? describedPerson = null;
        AnswerOutcome Done(Reply reply, bool unanswered = false)
        {
            // Passages answered: what they were searched for is what "it" means next turn.
            if (reply is PassagesReply)
            {
                // A question that names only a vacancy or a part of one ("in JIS, which part?", "and NDS?") keeps the subject.
                var subject = q.Analysed.Subject.Where(t => !GenericQuestionTerms.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
                next = next with { LastSubject = (subject.All(NamesOnlyAPlace) && context.LastTopics.Count == 0 && context.LastSubject.Count > 0 ? context.LastSubject : subject).Take(QuestionContext.SubjectLimit).ToList() };

                // Passages of one vacancy name it: "and its deadline?" after the Close Protection Unit, or after "which
                // internship builds SharePoint pages?" (KM), is that vacancy's. (Not a match for a person: "and for someone
                // doing web development?" asks across them all again.)
                if (reply is PassagesReply { Use: not PassageUse.Fit } answered && answered.Passages.Select(p => p.Vacancy.Slug).Distinct().ToList() is [var holding])
                {
                    next = next.Naming([holding]);
                }
            }

            // "Are any of them still open?" answered with one: "what's its grant?" is that one's.
            if (reply is TimelineReply timeline && q.Has(AnswerForms.Open)
                && timeline.Entries.Where(e => e is { Event: TimelineEvent.Deadline, Past: false }).SelectMany(e => e.Vacancies).Select(v => v.Slug).Distinct().ToList() is [var stillOpen])
            {
                next = next.Naming([stillOpen]);
            }

            // "I'm 24, Italian, final-year master's: which internship fits?" then "am I eligible?": the person described
            // for a match is the one checked next.
            if (reply is PassagesReply { Use: PassageUse.Fit } && describedPerson is { Any: true } person && next.Profile is null)
            {
                next = next with { Profile = person };
            }

            return new(unanswered ? reply : WithDegreeAdvantage(reply, describedPerson), next, unanswered);
        }

        // A section's or unit's description and work; the unit stays at hand for "and what's its role?".
        AnswerOutcome DoneUnits(IReadOnlyList<(Vacancy Vacancy, OrganisationalUnit Unit)> found)
        {
            next = next with { LastUnit = UnitKey(found[0]) };
            return Done(UnitReply(language, found));
        }

        // Passages found by search that are one of the catalogue's facts (diversity, travel...) answer as that fact
        // across the vacancies asked about, so the silent ones are named; passages of work and units stay passages.
        AnswerOutcome FromPassages(PassagesReply reply, IReadOnlyList<Vacancy> targets, bool allVacancies)
        {
            // Two passages or more of one unit and nothing else: the whole unit (its description and all its work), not
            // the part of it the question's words happened to reach.
            if (reply is { Use: PassageUse.Answer, Passages: [{ Unit: { } first } one, _, ..] } && reply.Passages.All(p => p.Unit == first))
            {
                return DoneUnits([(one.Vacancy, first)]);
            }

            var found = reply.Passages.Select(p => p.Topic).Distinct().ToList();
            if (found.Count == 0 || found.Any(t => SearchableTopics.Contains(t)))
            {
                return Done(reply);
            }

            next = next with { LastTopics = found };
            var groups = found.Select(t => _facts.For(t, targets, allVacancies, q.Forms)).ToList();
            return Done(new FactsReply(language, groups));
        }

        // "How many hours from now?", "c'est dans combien de temps ?" right after a dated answer (an info session, a
        // deadline): that answer again, which says how soon it is.
        if (HowSoon().IsMatch(q.Analysed.Normalised) && context.LastTopics.Count > 0 && context.LastTopics.All(t => t is Topic.InfoSession or Topic.Deadline)
            // (Not a topic named beside it: "in how many days does the internship start?"; "combien de temps" is no duration here.)
            && q.Meanings.All(m => m.Score < 0.65 || context.LastTopics.Contains(m.Meaning.Topic ?? Topic.Title) || m.Matched.All(HowSoonWords.Contains)))
        {
            next = context;
            var datedOnes = context.CurrentVacancy is { } slug && _catalogue.Get(slug) is { } vacancy ? [vacancy] : _catalogue.All;
            return Done(new FactsReply(language, context.LastTopics.Select(t => _facts.For(t, datedOnes, context.CurrentVacancy is null, context.LastForms)).ToList()));
        }

        // "Et en français ?", "can you say that in English?" right after an answer: that answer again, in that language
        // (once: the next question is answered in its own); with no answer to repeat, the conversation's language.
        if (SayItIn().Match(q.Analysed.Normalised) is { Success: true } sayIt)
        {
            var switched = sayIt.Groups[1].Value is "french" or "francais" ? Language.French : Language.English;
            next = context;
            var repeated = context.CurrentVacancy is { } slug && _catalogue.Get(slug) is { } vacancy ? [vacancy] : _catalogue.All;
            if (context.LastTopics.Count > 0)
            {
                return Done(new FactsReply(switched, context.LastTopics.Select(t => _facts.For(t, repeated, context.CurrentVacancy is null, context.LastForms)).ToList()));
            }

            // Right after a person was checked: that check again.
            if (context.Profile is not null)
            {
                return Done(_eligibility.Answer(switched, context.Profile, repeated));
            }

            next = context with { PreferredLanguage = switched };
            return Done(new LanguageSwitchedReply(switched));
        }

        switch (q.Exact)
        {
            case Intent.SwitchToFrench:
                next = context with { PreferredLanguage = Language.French };
                return Done(new LanguageSwitchedReply(Language.French));
            case Intent.SwitchToEnglish:
                next = context with { PreferredLanguage = Language.English };
                return Done(new LanguageSwitchedReply(Language.English));
            case Intent.Greeting or Intent.Help:
                return Done(new HelpReply(language, q.Exact == Intent.Greeting));
        }

        if (q.Analysed.Words.Length == 0)
        {
            return Done(new HelpReply(language, false));
        }

        var explained = q.Meanings.Where(m => m.Meaning.Intent is null).SelectMany(m => m.Matched).ToHashSet(StringComparer.Ordinal);

        // Words a topic explains are not names ("security clearance" is not the security division), unless the topic
        // is only a guess from that one word ("the security one").
        // A whole example matched by one word is a guess too when it scores low ("the one in the Office of the CIO" is
        // not "what the office does").
        var notNames = q.Meanings.Where(m => m.Meaning.Intent is null && ((m.Coverage >= 0.99 && m.Score >= 0.75) || m.Matched.Count >= 2)).SelectMany(m => m.Matched).ToHashSet(StringComparer.Ordinal);
        var nameText = string.Join(' ', q.Analysed.Words.Where(w => !notNames.Contains(LightStemmer.Stem(w))));
        // "Which of those..." right after a vacancy's answer is about that vacancy, not the whole catalogue.
        // "Laquelle fait de l'analyse prospective ?" right after a vacancy's sections: which of those sections.
        // "And the one doing strategic foresight?" right after one of them: another of them ("which notice is that
        // from?" after a unit asks about that unit).
        var theOne = q.Analysed.Text.Contains("the one ", StringComparison.Ordinal) || q.Analysed.Words.Any(w => w is "celle" or "celui");
        var ofItsUnits = ((q.Has(AnswerForms.Which) && context.LastTopics.Contains(Topic.Units)) || (theOne && (context.LastTopics.Contains(Topic.Units) || context.LastUnit is not null)))
            && context.CurrentVacancy is not null;
        var ofThose = (q.Has(AnswerForms.OfThose) && context.LastTopics.Count > 0 || q.Has(AnswerForms.Anaphor) || ofItsUnits) && context.CurrentVacancy is not null;
        // Shorthand expanded ("chui brésilienne" is "je suis brésilienne"), nothing else corrected: names and numbers stay as typed.
        var personal = PersonalFacts.From(UnderstandingData.Shipped.WithShorthand(q.Analysed.Normalised), text, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
        describedPerson = personal;

        // "Finnish?", "and Austrian?" right after checking a person: a nationality on its own changes that person's.
        var bareNationality = false;
        if (context.Profile is not null && !personal.Any && BareCountry().Match(q.Analysed.Normalised) is { Success: true } bare
            // ("And Albanians?", "et aux Suédois ?": nationals in the plural.)
            && (Countries.Find(bare.Groups[1].Value) ?? Countries.FindNationals(bare.Groups[1].Value)) is { } country)
        {
            personal = personal with { Nationalities = [country] };
            bareNationality = true;
        }
        // "Next: Marco, Swiss, 24", "last one: Tom, British, 20" while screening: list words, not "the latest vacancy".
        var screening = personal.Any && context.Profile is not null;
        // "How many tasks?", "how many days a week?" right after one vacancy's answer count that vacancy's things.
        var countsInFocus = q.Counted is not null && context.CurrentVacancy is not null && context.LastTopics.Count > 0 && !CountsVacancies(q);
        var setLevel = !ofThose && q.Has(AnswerForms.Which | AnswerForms.All | (countsInFocus ? AnswerForms.None : AnswerForms.Count) | AnswerForms.Mention | AnswerForms.Fit
            | (screening ? AnswerForms.None : AnswerForms.Latest | AnswerForms.Earliest | AnswerForms.Rank));
        var mentioned = _mentions.In(nameText, namesOnly: setLevel);
        // "Et pour le stage du bureau du CIO ?": a vacancy's whole name is its name even when a topic explains a word of it.
        if (mentioned.Count == 0 && nameText.Length < q.Analysed.Text.Length)
        {
            mentioned = _mentions.In(q.Analysed.Text, namesOnly: true);
        }
        if (q.Has(AnswerForms.Fit))
        {
            // "I study library science: which one suits me?" names a field, not the vacancy whose alias has "library".
            mentioned = mentioned.Where(v => q.Analysed.Words.Contains(v.ShortName.ToLowerInvariant()) || q.Analysed.Words.Contains(v.Reference)).ToList();
        }

        // "What's the grant for the one that's still open?": the vacancies open now, whichever were named before.
        if (mentioned.Count == 0 && TheOpenOne().IsMatch(q.Analysed.Normalised))
        {
            mentioned = _catalogue.All.Where(v => v.Deadline.IsOpenAt(_time.GetUtcNow())).ToList();
        }

        // "I'm not great at teamwork: is that a big deal?", "what do they want me to show in terms of initiative?": a
        // competency the notices name, asked about with no clear meaning, is the competencies.
        // (When the competencies are already what is read, the rest of the planning answers, a passage included.)
        if (q.Exact is null && (q.Meanings.Count == 0 || (q.Meanings[0].Score < 0.65 && q.Meanings[0].Meaning.Topic != Topic.Competencies))
            && " " + string.Join(' ', q.Analysed.Words) + " " is var padded && _competencyNames.Any(name => padded.Contains(name, StringComparison.Ordinal))
            && q.Ranked.FirstOrDefault(m => m.Meaning is { Topic: Topic.Competencies, Aspect: null }) is { } competencies)
        {
            q = q with { Meanings = [QuestionReader.ByItsForm(competencies)] };
        }

        // "I always keep communication clear: which competency is that?", "je ne relis pas assez mon travail : c'est
        // quelle compétence ?": the competency (or two) whose description holds what the person describes (pointed at:
        // "that", "ça"; "quelles compétences comportementales sont attendues ?" asks for the list).
        if (q.Exact is null && q.Analysed.Terms.Contains(CompetencyStem)
            && (q.Has(AnswerForms.Which) || q.Analysed.Words.Any(UnderstandingData.Shipped.OpenQuestionWords.Contains))
            && (q.Analysed.Words.Any(PointingWords.Contains) || q.Analysed.Contains(["c", "est"]))
            && DescribedCompetencies(q) is { Count: > 0 } competenciesDescribed)
        {
            next = next with { LastTopics = [Topic.Competencies] };
            return Done(new PassagesReply(language, competenciesDescribed, PassageUse.Answer));
        }

        // "Can I apply for ICTM, NDS, KM and JIS?": a question about applying that names more vacancies than a notice lets
        // anyone apply to asks that limit, whatever a word of it suggests.
        if (q.Exact is null && mentioned.Count > 1 && mentioned.Any(v => v.Selection.ApplicationLimit < mentioned.Count) && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.65)
            && q.Ranked.FirstOrDefault(m => m.Meaning.Topic == Topic.ApplicationLimit && m.Matched.Any(QuestionReader.ApplyingWords.Contains)) is { } limit)
        {
            q = q with { Meanings = [QuestionReader.ByItsForm(limit)] };
        }

        var units = _units.In(q.Analysed, abbreviationsOnly: setLevel);
        if (mentioned.Count == 0 && units.Count > 0)
        {
            mentioned = units.Select(u => u.Vacancy).Distinct().ToList();
        }

        // "Do I get to choose between DSP, DOT and DSI?", "on choisit soi-même entre ...?": whether the candidate chooses
        // the unit, which no notice covers, however well the units' names match; the vacancy's units beside it.
        if (q.Exact is null && q.Detail == AskedDetail.Choice && mentioned.Count == 1
            && (units.Count > 0 || q.Analysed.Terms.Any(UnitWords.Contains) || q.Meanings.Any(m => m.Meaning.Topic == Topic.Units))
            && q.Ranked.FirstOrDefault(m => m.Meaning.Aspect?.Id == NotCoveredAspect.Ids.ChoosePlacement)?.Meaning.Aspect is { } choosing)
        {
            next = next with { LastTopics = [Topic.Units] };
            return Done(new NotCoveredReply(language, choosing, mentioned, [_facts.For(Topic.Units, mentioned, false, q.Forms)]), unanswered: true);
        }

        // "I study archival science: which part of ICTM would suit me?", "where in JIS would intelligence studies fit?":
        // the one vacancy's sections, ranked by the person's field.
        // "Lequel irait à une étudiante en archivistique ?" right after one of its sections: which of them.
        var afterAUnit = mentioned.Count == 0 && q.Has(AnswerForms.Which) ? UnitOf(context.LastUnit)?.Vacancy : null;
        // ("In JIS, which part exactly?" right after passages about cyber security: the part doing that.)
        var lastSubject = context.LastTopics.Count == 0 ? context.LastSubject : [];
        if ((mentioned.Count == 1 || afterAUnit is not null) && q.Exact is null && WithinOneVacancy(q, afterAUnit ?? mentioned[0], units, asked: afterAUnit is not null, lastSubject) is { } part)
        {
            return DoneUnits([part]);
        }

        // "And in NDS?" right after passages (or a part) found for what the person does: the same searched in that vacancy.
        if (mentioned.Count == 1 && q.Exact is null && q.Meanings.Count == 0 && lastSubject.Count > 0 && q.Has(AnswerForms.FollowUp)
            && q.Analysed.Subject.All(NamesOnlyAPlace)
            && Search(language, WithSubject(q, lastSubject), mentioned, mentioned, null, explained) is { } inThatOne)
        {
            return FromPassages(inThatOne.Reply, mentioned, allVacancies: false);
        }

        // "C'est dans quel stage ?", "ça relève de quel stage ?", "which internship is that in?" right after a unit: the
        // vacancy whose notice describes it.
        if (units.Count == 0 && mentioned.Count == 0 && q.Exact is null && q.Analysed.Words.Length <= 8
            && UnitOf(context.LastUnit)?.Vacancy is { } holdingIt && WhichVacancyIsIt().IsMatch(q.Analysed.Normalised))
        {
            next = next with { CurrentVacancy = holdingIt.Slug };
            return Done(TheVacancies(language, [holdingIt]));
        }

        // "And what's its role?", "who does it support?" right after a unit: that unit again.
        // ("And which one manages the portfolio?" chooses again among the sections.)
        if (units.Count == 0 && mentioned.Count == 0 && q.Exact is null && !ofItsUnits && UnitOf(context.LastUnit) is { } lastUnit
            && (q.Has(AnswerForms.FollowUp | AnswerForms.Anaphor) || q.Analysed.Words.Any(w => w is "its" or "it" or "that" or "this" or "son" or "sa" or "ses" or "their" or "leur" or "ca" or "cela"))
            && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.65 || q.Meanings[0].Meaning.Topic is Topic.Tasks or Topic.Units or Topic.About or Topic.NatoBody))
        {
            // "And the archives people in that same notice?" after BRM: another of its sections, the one its words name.
            var subject = q.Analysed.Subject.ToList();
            var hits = _reader.Passages.Search(subject, [], p => p.Vacancy == lastUnit.Vacancy && p.Topic == Topic.Units && p.Unit is not null, take: 5);
            var another = hits.OrderByDescending(h => h.Coverage).FirstOrDefault();
            var itself = _reader.Passages.Search(subject, [], p => p.Unit == lastUnit.Unit, take: 5).Select(h => h.Coverage).DefaultIfEmpty(0).Max();
            // (One word is enough when it asks nothing else and only that other section has it: "and satellite comms?" after DSP is DSI.)
            var namesAnother = another is not null && (another.Matched.Count >= 2 || (itself == 0 && q.Meanings.Count == 0 && hits.Select(h => h.Passage.Unit).Distinct().Count() == 1));
            return DoneUnits([namesAnother && another is { Coverage: >= 0.3, Passage.Unit: { } otherUnit } && another.Coverage > itself + 0.1 ? (lastUnit.Vacancy, otherUnit) : lastUnit]);
        }

        // "Which of the two closes first?", "et les deux ?": the two vacancies named last, as if named again.
        if (mentioned.Count == 0 && q.Has(AnswerForms.Pair) && context.RecentVacancies.Count >= 2)
        {
            mentioned = context.RecentVacancies.Take(2).Select(_catalogue.Get).OfType<Vacancy>().ToList();
        }

        // "Which of them closes last?" right after "which vacancies mention telework?": the vacancies that answer said
        // state it (an answer across the vacancies leaves no one vacancy in focus and keeps those), asked across again.
        var ofTheLastSet = mentioned.Count == 0 && q.Has(AnswerForms.OfThose) && context.CurrentVacancy is null && context.LastTopics.Count > 0 && context.RecentVacancies.Count >= 2
            ? context.RecentVacancies.Select(_catalogue.Get).OfType<Vacancy>().ToList()
            : null;

        var current = context.CurrentVacancy is null ? null : _catalogue.Get(context.CurrentVacancy);

        // "and the other ones?" after an answer about one vacancy: the same question for every other vacancy ("and the
        // other four?" when there are five).
        if (mentioned.Count == 0 && (q.Has(AnswerForms.Others) || CountsAllTheOthers(q)) && current is not null && context.LastTopics.Count > 0)
        {
            mentioned = _catalogue.All.Where(v => v != current).ToList();
        }

        // "And the other ones?", "what about the other three?" right after "which internships are at the IMS?": the ones
        // that answer did not name.
        if (mentioned.Count == 0 && q.Has(AnswerForms.Others) && context.CurrentVacancy is null && context.LastTopics.Count > 0 && context.RecentVacancies.Count >= 2)
        {
            mentioned = _catalogue.All.Where(v => !context.RecentVacancies.Contains(v.Slug)).ToList();
        }

        // "What about the other three?" right after two vacancies, "and the other IMS one?" right after one of the two at
        // the IMS: the others, asked the same as the last question (their number or body asks nothing of them: "three"
        // is no question about applying to three vacancies).
        if (context.LastTopics.Count > 0 && q.Exact is null && TheOthersOfTheLastOnes(q, context, current) is { Count: > 0 } others && (mentioned.Count == 0 || mentioned.All(others.Contains)))
        {
            next = next.Naming(others.Select(v => v.Slug)) with { LastTopics = context.LastTopics, LastForms = context.LastForms };
            return Done(new FactsReply(language, context.LastTopics.Select(t => _facts.For(t, others, false, context.LastForms)).ToList()));
        }

        // "La différence de date limite entre l'ICTM et les autres ?": the one named and every other, the one named first.
        if (mentioned.Count == 1 && q.Has(AnswerForms.Others))
        {
            mentioned = [mentioned[0], .. _catalogue.All.Where(v => v != mentioned[0])];
        }

        // "Et l'autre ?", "and the other one?" after one of two vacancies just named: the other of the two.
        if (mentioned.Count == 0 && current is not null && context.RecentVacancies.Count >= 2 && TheOtherOne(q.Analysed.Normalised)
            && context.RecentVacancies.Take(2).FirstOrDefault(slug => slug != current.Slug) is { } other && _catalogue.Get(other) is { } otherVacancy)
        {
            mentioned = [otherVacancy];
        }

        var acrossAll = (setLevel && mentioned.Count == 0) || (q.Has(AnswerForms.Compare) && q.Has(AnswerForms.Which | AnswerForms.All | AnswerForms.Count));
        var targets = acrossAll ? _catalogue.All : mentioned.Count > 0 ? mentioned : current is not null ? [current] : _catalogue.All;
        var allVacancies = acrossAll || (mentioned.Count == 0 && current is null);
        if (ofTheLastSet is { Count: >= 2 } && mentioned.Count == 0 && allVacancies)
        {
            (targets, allVacancies) = (ofTheLastSet, false);
        }
        if (ofItsUnits && mentioned.Count == 0 && current is not null && q.Exact is null
            && Search(language, q, [], [current], [Topic.Units], explained) is { } section
            && section.Reply.Passages.Where(p => p.Unit is not null).Select(p => (p.Vacancy, p.Unit!)).Distinct().ToList() is { Count: > 0 } sections)
        {
            return DoneUnits(sections.Take(1).ToList());
        }

        if (mentioned.Count > 0)
        {
            next = next.Naming(mentioned.Select(v => v.Slug));
        }

        // "Et pour celui du bureau du CIO ?" after the hours: the words that name the vacancy ("bureau") are not a
        // question about the office; the follow-up asks the same again.
        bool OnlyNames(ScoredMeaning m) => m.Meaning.Topic is not null && m.Score < 0.75 && m.Matched.All(t => mentioned.Any(v => _mentions.IsNameStem(v, t)));
        if (mentioned.Count > 0 && q.Has(AnswerForms.FollowUp) && context.LastTopics.Count > 0 && q.Meanings.Any(OnlyNames))
        {
            q = q with { Meanings = q.Meanings.Where(m => !OnlyNames(m)).ToList() };
        }

        // "I'm a 2nd-year law student from Poland, 22. What do I need to attach to a JIS application?": a person
        // described, then a question of its own about something else, clearly read alone: that question is answered
        // (for the vacancy the description named), and the person is kept for "and can I apply?".
        // (The question may restate a fact of the description: "— how do I show I'm still studying?")
        if (personal.Any && q.Exact is null && AskedSentence(text) is { } asked && PersonalFacts.From(TextNormaliser.Normalise(asked), asked) is { KnowsAge: false, Nationalities.Count: 0, NotNatoNational: false })
        {
            var alone = _reader.Read(asked);
            // Only an open question ("what…?", "quand… ?"): "am I allowed to apply?", "il peut faire le stage ?",
            // "does that work?" after a description ask whether the person can apply, whatever their words say.
            if (alone.Exact is null && alone.Analysed.Words.FirstOrDefault() is { } first && UnderstandingData.Shipped.OpenQuestionWords.Contains(first)
                // Nor "where do I fit best?": which one suits the person is read from the description.
                && !alone.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past | AnswerForms.Which | AnswerForms.All | AnswerForms.Count | AnswerForms.Fit)
                && alone.Meanings is [{ Meaning.Topic: { } askedTopic, Score: >= 0.7 }, ..]
                && askedTopic is not (Topic.EssentialCriteria or Topic.Languages or Topic.DesirableCriteria)
                && alone.ScoreOf(Intent.EligibilityCheck) < MeaningClassifier.Threshold && !CanApply().IsMatch(alone.Analysed.Normalised))
            {
                var about = mentioned.Count == 1 && _mentions.In(alone.Analysed.Text).Count == 0 ? context with { CurrentVacancy = mentioned[0].Slug } : context;
                var answered = Plan(alone, asked, locale ?? (LanguageDetector.LooksFrench(text) ? "fr" : null), about);
                return answered with { Next = answered.Next with { Profile = personal } };
            }
        }

        // "M2 en relations internationales : c'est exigé ou ça aide juste ?", "is my law degree required or just a plus?":
        // whether something is required or only counts in one's favour, answered by both lists of criteria, not by a check.
        // "My degree is in history, nothing IT related: is that a problem?", "un diplôme de musique, ça compte ?": the field
        // of one's studies, asked whether it matters, is the same two lists (no notice requires a field; a relevant one
        // is desirable), unless the person says more than that (an age, a nationality: then it is a check).
        var fieldOfStudyAsked = q.Exact is null && !personal.KnowsAge && personal.Nationalities.Count == 0 && !personal.NotNatoNational && !q.Has(AnswerForms.Fit)
            && ((FieldOfStudy().IsMatch(q.Analysed.Normalised) && WhetherItMatters().IsMatch(q.Analysed.Normalised))
                // "Two years at the OECD: does that count for anything?", "jsuis nul sur sharepoint, ça passe quand même ?":
                // one's experience or a weak skill, asked whether it counts, is answered by the same two lists.
                || (ExperienceOrWeakSkill().IsMatch(q.Analysed.Normalised) && WhetherItCounts().IsMatch(q.Analysed.Normalised)));
        var requiredOrAsset = q.Exact is null && (RequiredOrAsset().IsMatch(q.Analysed.Normalised) || fieldOfStudyAsked);
        // (The languages topic holds both kinds of criteria for languages: "l'anglais est obligatoire ou c'est un plus ?")
        if (requiredOrAsset && q.Meanings is not [{ Meaning.Topic: Topic.Languages }, ..])
        {
            var criteria = q.Ranked.Where(m => m.Meaning is { Topic: Topic.EssentialCriteria or Topic.DesirableCriteria, Intent: null, Aspect: null })
                .DistinctBy(m => m.Meaning.Topic).OrderBy(m => m.Meaning.Topic == Topic.DesirableCriteria ? 1 : 0).Select(QuestionReader.ByItsForm).ToList();
            q = q with { Meanings = [.. criteria, .. q.Meanings.Where(m => !criteria.Any(c => c.Meaning == m.Meaning))] };
        }

        // "And is there a maximum?" right after the minimum age: a short follow-up whose words mean something the notices
        // leave out about the last answer's topic (an upper age limit) asks that, not what the words alone would mean (the
        // number of applications).
        // (Not a request, nor a check: "and can I apply?" after the documents asks whether one may.)
        if (mentioned.Count == 0 && q.Has(AnswerForms.FollowUp) && q.Analysed.Words.Length <= 6 && context.LastTopics.Count > 0 && q.Request is null
            && q.Meanings is [{ Meaning.Topic: { } wordsAlone } byWordsAlone, ..] && !context.LastTopics.Contains(wordsAlone)
            && q.Ranked.FirstOrDefault(m => m.Meaning.Aspect is { } a && a.Related.Any(context.LastTopics.Contains)) is { } ofTheLast
            && ofTheLast.Score >= 0.6 && byWordsAlone.Matched.All(ofTheLast.Matched.Contains) && q.ScoreOf(Intent.EligibilityCheck) < byWordsAlone.Score)
        {
            q = q with { Meanings = [ofTheLast, .. q.Meanings.Where(m => m != ofTheLast)] };
        }

        // "Who checks whether I'm eligible?", "qui vérifie si je suis éligible ?": who assesses eligibility, which the
        // documents' answer says (the internship office, from the documents attached), not a check of the asker.
        if (!personal.Any && AsksWho().IsMatch(text) && q.Meanings is [{ Meaning.Intent: Intent.EligibilityCheck } or { Meaning.Topic: Topic.EssentialCriteria }, ..]
            && q.Analysed.Terms.Any(AssessingWords.Contains) && q.Ranked.FirstOrDefault(m => m.Meaning.Topic == Topic.Documents) is { } assessed)
        {
            q = q with { Meanings = [QuestionReader.ByItsForm(assessed)] };
        }

        var primary = q.Meanings.Count > 0 ? q.Meanings[0].Meaning : null;
        var described = new[]
        {
            personal.KnowsAge, personal.Nationalities.Count > 0 || personal.NotNatoNational,
            personal.Student is not null || personal.MonthsSinceGraduation is not null || personal.GraduatedIn is not null || personal.GraduatedInYear is not null || personal.DegreeLevel is not null || personal.EquivalentEducation is not null,
            personal.Languages.Count > 0 || personal.NoOfficialLanguage,
        }.Count(x => x);
        switch (q.Request)
        {
            // Application counts are asked about the programme, never with a fact about oneself ("j'ai 19 ans, je peux
            // candidater ?" shares "candidat" with "combien de candidats ont postulé ?").
            // "I like building dashboards: which internship mentions that?" is about the work, not the staff's dashboard.
            // "How many of these can one candidate apply to?" asks what one may do, not how many did.
            case Intent.StaffCounts when (primary?.Intent == Intent.StaffCounts && described == 0 && !personal.KnowsAge && personal.Nationalities.Count == 0 && !q.Has(AnswerForms.Mention | AnswerForms.Fit)
                && !q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past) && !MayApply().IsMatch(q.Analysed.Normalised)) || q.Exact == Intent.StaffCounts:
                return Done(new StaffCountsReply(language));
            case Intent.Onboarding when primary?.Intent == Intent.Onboarding:
                return Done(new OnboardingReply(language, q.Ranked.FirstOrDefault(m => m.Meaning.Aspect is not null && m.Score >= 0.5)?.Meaning.Aspect));
        }

        // Free-text eligibility: facts about a person when the question is about applying, or a follow-up that
        // changes one ("and someone from Norway?"). "Do I need a visa as a US citizen?" is about visas.
        // "Je ne parle que français, pas un mot d'anglais : le stage m'est-il fermé ?": the person's languages, asked
        // about as languages, are a check of the language criterion whatever else the words suggest.
        var languagesGiven = (personal.Languages.Count > 0 || personal.LanguagesWithoutLevel.Count > 0 || personal.NoOfficialLanguage)
            && q.Ranked.Any(m => m.Meaning.Topic == Topic.Languages && m.Score >= 0.5);
        // "Un de mes étudiants a fini sa licence il y a trois ans : peut-il encore postuler ?": a person described, then
        // asked about in so many words, is a check, however many other words the description holds.
        // ("Je pourrais faire le stage JIS entièrement à distance ?" asks how the internship is done, not whether she may.)
        // ("J'ai fini ma licence il y a un an et demi et je travaille depuis. Je suis hors course ?" works since then, not
        // from somewhere: out of the running is whether she may.)
        var outOfTheRunning = OutOfTheRunning().IsMatch(q.Analysed.Normalised);
        // ("Je suis marocaine, un stage possible ?": "possible" alone is no question about telework.)
        var asksHowItIsDone = q.Meanings is [{ Meaning.Topic: Topic.Telework or Topic.Hours, Score: >= 0.5 } howItIsDone, ..] && howItIsDone.Matched.Any(t => t != "possibl")
            && !q.Analysed.Terms.Any(QuestionReader.ApplyingWords.Contains) && !outOfTheRunning;
        var asksCanApply = personal.Any && !asksHowItIsDone && (CanApply().IsMatch(q.Analysed.Normalised) || outOfTheRunning
            // "I study in Canada but I'm Mexican — JIS possible?", "I hold an Austrian passport. Any of these internships possible?"
            || q.Analysed.Words is [.., var beforePossible, "possible"] && (VacancyNames.InternshipWords.Contains(beforePossible) || beforePossible is "one" or "ones" || _catalogue.All.Any(v => TextNormaliser.Normalise(v.ShortName) == beforePossible)));
        // "Ok and what if she was only 20?" right after checking her: a short "what if" that changes one of her facts,
        // where no meaning is read with confidence ("il est encore étudiant : quel document ?" asks for documents).
        // "Correction: she's Moroccan, not French.", "en fait il a 20 ans": the person just checked, put right.
        var changesTheirFact = context.Profile is not null && personal.Any && q.Analysed.Words.Length <= 10
            && ((q.Analysed.Words.Any(PersonalFacts.ThirdPersonPronouns.Contains) && q.Analysed.Words.Any(w => w is "if" or "si") && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.65))
                || PutsRight().IsMatch(q.Analysed.Normalised));
        // "En dernière année de master, c'est un plus ?": whether a fact counts in one's favour is the desirable criteria,
        // not whether one may apply.
        var asksWhetherAnAsset = requiredOrAsset || (!asksCanApply && primary?.Topic == Topic.DesirableCriteria && q.Meanings[0].Score >= 0.6 && AnAsset().IsMatch(q.Analysed.Normalised));
        var aboutApplying = !asksWhetherAnAsset && (languagesGiven || asksCanApply || changesTheirFact || primary is null || primary.Intent == Intent.EligibilityCheck || primary.Topic is Topic.EssentialCriteria or Topic.Languages or Topic.DesirableCriteria
            || primary.Aspect?.Id == NotCoveredAspect.Ids.MaxAge || (q.ScoreOf(Intent.EligibilityCheck) >= (described > 0 ? 0.25 : 0.3) && (primary.Topic is null || q.Meanings[0].Score < 0.6)) || (context.Profile is not null && (q.Has(AnswerForms.FollowUp | AnswerForms.Person) || bareNationality))
            // "Would a Swede be fine too?" right after a check: another nationality, in a few words, is another check.
            || (context.Profile is not null && personal.Nationalities.Count > 0 && q.Analysed.Words.Length <= 10)
            || (described >= 2 && q.Meanings[0].Score < 0.75)
            // "im 20 rn, turning 21 in a few months. ok?": an age with a time ("in a few months") asks about applying,
            // not about the months the internship lasts, unless it asks how many or when.
            // ("She's only 20 though": "only" qualifies the age; it is no question about how long the internship is.)
            || (personal.KnowsAge && q.Meanings.All(m => m.Meaning.Topic is not null && m.Matched.All(t => TimeWords.Contains(t) || AgeQualifiers.Contains(t))) && !q.Has(AnswerForms.Count | AnswerForms.When))
            || ((personal.KnowsAge || personal.Nationalities.Count > 0 || personal.NotNatoNational || personal.NoOfficialLanguage
                || personal.MonthsSinceGraduation is not null || personal.GraduatedIn is not null || personal.GraduatedInYear is not null) && q.ScoreOf(Intent.EligibilityCheck) >= 0.3));

        // "I'm still a student: which document do I attach?" asks about documents; the fact only sets the scene. A
        // weak echo of another topic ("distance-learning" is not telework) does not.
        // When a degree's date is given and the question reads as "can I apply?" at all, the date is the point.
        var graduationGiven = personal.MonthsSinceGraduation is not null || personal.GraduatedIn is not null || personal.GraduatedInYear is not null;
        // Not for a fact changed about the person just checked ("what if I weren't enrolled any more?").
        if (described <= 1 && !languagesGiven && !asksCanApply && !personal.KnowsAge && personal.Nationalities.Count == 0 && !personal.NotNatoNational && !personal.NoOfficialLanguage && q.ScoreOf(Intent.EligibilityCheck) < 0.6
            && !(context.Profile is not null && q.Has(AnswerForms.FollowUp | AnswerForms.Person) && context.LastTopics.Count == 0) && !changesTheirFact
            && !(graduationGiven && (q.ScoreOf(Intent.EligibilityCheck) >= 0.3 || q.Has(AnswerForms.Past | AnswerForms.Open)))
            && q.Meanings.Any(m => m.Meaning.Topic is { } asked && asked is not (Topic.EssentialCriteria or Topic.Languages or Topic.DesirableCriteria)
                && (m.Score >= 0.5 || asked is Topic.Documents)
                // "my master's 8 months ago" is when, not a question about the duration or the monthly grant.
                && !(graduationGiven && m.Matched.All(TimeWords.Contains))))
        {
            aboutApplying = false;
        }

        // "Je suis américaine et canadienne, est-ce que je peux postuler à plusieurs offres en même temps ?": how many one
        // may apply to, asked by someone described; the limit answers, and the person is kept for "and can I apply?".
        // ("Je suis brésilienne, j'ai le droit de postuler ?" asks whether she may apply at all: nothing says how many.)
        if (personal.Any && q.Meanings is [{ Meaning.Topic: Topic.ApplicationLimit, Score: >= 0.8 } limitAsked, ..]
            && limitAsked.Matched.Any(t => !t.Contains('_') && !QuestionReader.ApplyingWords.Contains(t) && !MayWords.Contains(t)))
        {
            aboutApplying = false;
            next = next with { Profile = context.Profile?.With(personal) ?? personal };
        }

        // "Do I need a master's? I'm doing my bachelor": a question about whether something is required, which a
        // desirable criterion answers; the person's one fact sets the scene.
        if (described <= 1 && !personal.KnowsAge && personal.Nationalities.Count == 0 && q.Has(AnswerForms.Required)
            && q.Meanings.Count > 0 && q.Meanings[0] is { Meaning.Topic: Topic.DesirableCriteria, Score: >= 0.8 })
        {
            aboutApplying = false;
        }

        // "And for OCIO?", "same answer for the ICTM one?" after a check: the same person, for the vacancy now named.
        var eligibilityFollowUp = context.Profile is not null && context.LastTopics.Count == 0 && mentioned.Count > 0
            && ((q.Has(AnswerForms.FollowUp) && q.Meanings.Count == 0 && Residue(q, mentioned).Count == 0)
                || (q.Has(AnswerForms.Same) && q.Meanings.All(m => m.Matched.All(PointsBack.Contains))
                    && Residue(q, mentioned).All(w => PointsBack.Contains(LightStemmer.Stem(w)) || w is "answer" or "reponse" or "verdict")))
            // "And can I apply?" after the person described asked about something else: that person, checked now.
            // ("Can I apply for more than one?" is about how many.)
            || (context.Profile is not null && !personal.Any && CanApply().IsMatch(q.Analysed.Normalised) && (q.Meanings.Count == 0 || q.Meanings[0].Meaning.Intent == Intent.EligibilityCheck || q.Meanings[0].Meaning.Topic == Topic.EssentialCriteria));
        // "I study history: which one suits me?" asks for a match, not a check (unless the person says much more).
        // ("Swiss, 23, into cyber: can I apply to JIS?" asks whether she may, whatever her interests say of the fit.)
        var decidesWhetherSheMay = asksCanApply && (personal.Nationalities.Count > 0 || personal.NotNatoNational || personal.KnowsAge);
        if ((personal.Any && aboutApplying && (!q.Has(AnswerForms.Fit) || decidesWhetherSheMay)) || eligibilityFollowUp)
        {
            // "And if she were Swiss?" changes one fact of the same person; "and Aiko, Japanese and Canadian, 21?" describes
            // someone new (an age and a nationality at once), whose facts replace the last person's.
            var someoneNew = personal.KnowsAge && (personal.Nationalities.Count > 0 || personal.NotNatoNational);
            // "Il a fini ses études il y a trois ans, ça bloque ?": he or she, just checked, with one more fact.
            var samePerson = q.Analysed.Words.Take(2).Any(PersonalFacts.ThirdPersonPronouns.Contains) || changesTheirFact;
            var facts = context.Profile is not null && (q.Has(AnswerForms.FollowUp | AnswerForms.Person) || bareNationality || eligibilityFollowUp || samePerson) && !someoneNew ? context.Profile.With(personal) : personal;
            next = next with { Profile = facts, LastTopics = [] };
            // Asking whether someone may apply to two vacancies named at once is also asking how many one may apply to.
            var toSeveral = mentioned.Count >= 2 && (QuestionReader.AsksToApplyToMany(q.Analysed.Normalised) || q.Analysed.Words.Any(w => w is "allowed" or "possible" or "permis" or "autorise"));
            // A message that describes someone and asks whether they may apply "and" something else is answered on both.
            // (Not on what the check says itself: the criteria, the languages, whether it is still open.)
            var alsoAsked = (toSeveral ? [Topic.ApplicationLimit] : Array.Empty<Topic>()).Concat(_reader.AskedAfterAJoin(q.Analysed))
                .Where(t => t is not (Topic.EssentialCriteria or Topic.DesirableCriteria or Topic.Languages or Topic.Deadline or Topic.Competencies))
                .Distinct().Select(t => _facts.For(t, targets, targets.Count == _catalogue.All.Count, q.Forms)).ToList();
            return Done(_eligibility.Answer(language, facts, targets) with { AlsoAskedUnstated = primary?.Aspect ?? q.Aspect?.Meaning.Aspect, AlsoAsked = alsoAsked });
        }

        // "Which year do internships start?": a year asked for is no question about years of study.
        var asksForAYear = AsksForAYear().IsMatch(q.Analysed.Normalised);
        if (asksForAYear && q.Meanings.Count > 1 && q.Meanings.Any(m => m.Matched.All(QuestionReader.Years.Contains)))
        {
            q = q with { Meanings = q.Meanings.Where(m => !m.Matched.All(QuestionReader.Years.Contains)).ToList() };
        }

        // "What year does the OCIO text look ahead to?", "vers quel horizon ?": a year asked for, where no dated topic is
        // read with confidence, is the year a passage of the vacancies gives ("to 2030 and beyond").
        if (q.Exact is null && (q.Meanings.Count == 0 || q.Meanings[0] is { Score: < 0.65, Meaning.Intent: null })
            && !q.Ranked.Any(m => m.Meaning.Topic is Topic.Deadline or Topic.InfoSession or Topic.Start or Topic.Duration && m.Score >= 0.3)
            && !q.Has(AnswerForms.FollowUp) && asksForAYear
            && _reader.Passages.All.Where(p => targets.Contains(p.Vacancy) && SearchableTopics.Contains(p.Topic) && AYear().IsMatch(p.Text.En)).ToList() is { Count: > 0 } withAYear)
        {
            return FromPassages(new PassagesReply(language, withAYear, withAYear.Select(p => p.Vacancy).Distinct().Count() > 1 ? PassageUse.Mention : PassageUse.Answer), targets, allVacancies);
        }

        // A proper name the notices use that is neither a vacancy nor a unit ("who's the Private Office?", "and what's this
        // Private Office thing?" as a follow-up): the passages that name it answer, unless the question is about
        // something else or the name is what a topic is about ("the International Military Staff" is the NATO body
        // topic's own words).
        if (q.Exact is null && NamedInPassages(text, targets) is { Count: > 0 } naming
            && (q.Meanings.Count == 0 || (q.Meanings[0].Matched.All(t => t.Contains('_') || naming.Terms.Contains(t)) && !naming.Terms.All(q.Meanings[0].Matched.Contains))))
        {
            return Done(new PassagesReply(language, naming.Passages, naming.Passages.Select(p => p.Vacancy).Distinct().Count() > 1 ? PassageUse.Mention : PassageUse.Answer));
        }

        // An abbreviation the notices use that is neither a vacancy nor a unit ("what does NOS stand for?"), asked with
        // no clear meaning: the passages that use it answer.
        // "C4ISR — which team?": asking which section uses it is still a question about the abbreviation.
        var onlyWhere = q.Meanings.Count > 0 && q.Meanings.All(m => m.Matched.All(UnitWords.Contains));
        if (q.Exact is null && !q.Has(AnswerForms.FollowUp) && (!setLevel || onlyWhere) && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.65 || onlyWhere)
            && AbbreviatedInPassages(text, targets) is { Count: > 0 } abbreviated)
        {
            return Done(new PassagesReply(language, abbreviated, abbreviated.Select(p => p.Vacancy).Distinct().Count() > 1 ? PassageUse.Mention : PassageUse.Answer));
        }

        // A meaning guessed from a word or two loses to a passage that holds the question's own words ("who does the
        // CIO report to?" is not an eligibility question because of "compte"; "would the KM intern do web coding?").
        // (Not a practical matter no notice covers, read from words the unit's name does not hold: "do you work weekends at
        // the close protection unit?" asks about weekend work there, which its passage does not answer.)
        var practicalBesideUnit = q.Meanings.Count > 0 && q.Meanings[0] is { Meaning.Aspect: not null, Score: >= 0.55 } practical
            && !practical.Matched.Any(UnitWords.Contains) && !units.Any(u => practical.Matched.Any(t => UnitNameHolds(u, t)));
        if (q.Exact is null && q.Meanings.Count > 0 && q.Meanings[0].Score < 0.65 && !q.Has(AnswerForms.FollowUp | AnswerForms.Fit) && units.Count > 0 && !practicalBesideUnit)
        {
            return DoneUnits(units);
        }

        // "I have a bachelor's in data science: is that enough, or do they want a master's?" asks whether a criterion is
        // required; the person's field is their own, not what the passage about data science answers.
        var asksWhetherRequired = q.Has(AnswerForms.Required) && q.Meanings.Count > 0 && q.Meanings[0].Meaning.Topic is Topic.EssentialCriteria or Topic.DesirableCriteria;
        // ("Who represents the ICT needs of IS staff?": what interns do or learn never says who does something, however
        // well its words match.)
        var whoDoesTheWork = q.Analysed.Words is ["who" or "qui", ..] && q.Meanings.Count > 0 && q.Meanings[0].Meaning.Topic is Topic.Tasks or Topic.LearningOutcomes or Topic.Activities;
        if (q.Exact is null && q.Meanings.Count > 0 && (q.Meanings[0].Score < 0.65 || whoDoesTheWork) && !q.Has(AnswerForms.FollowUp | AnswerForms.Fit) && !asksWhetherRequired
            && Search(language, q, mentioned, targets, null, explained) is { } held
            && ((held.Strong && held.Terms >= 2) || (q.Has(AnswerForms.Mention) && held.Coverage >= 0.6))
            && held.Reply.Passages.Any(p => p.Topic != q.Meanings[0].Meaning.Topic))
        {
            return FromPassages(held.Reply, targets, allVacancies);
        }

        // A meaning read from fewer of the question's words than one passage holds, with a word of the passage's that
        // the meaning does not explain ("what time horizon is OCIO working towards?" is not about work in general;
        // "would the KM intern build things with HTML and CSS?" is not about the programme's web site).
        // Not for questions about the set ("which ones mention..."; the search below lists them) nor for a guess at the
        // work itself (the list of tasks already holds the passage).
        if (q.Exact is null && q.Meanings.Count > 0 && q.Meanings[0] is { Score: < 0.65, Meaning.Intent: null } weak
            && weak.Meaning.Topic is not (Topic.Tasks or Topic.Units or Topic.About or Topic.LearningOutcomes)
            && !q.Has(AnswerForms.FollowUp | AnswerForms.Fit | AnswerForms.Which | AnswerForms.Mention | AnswerForms.Count | AnswerForms.All)
            && RicherPassage(q, weak, mentioned, targets) is { } richer)
        {
            return FromPassages(new PassagesReply(language, [richer], PassageUse.Answer), targets, allVacancies);
        }

        // "Could I end up helping out at the library as an ICTM intern?": a rare word of the question that the vacancy's
        // notice uses in a passage or two, where the topic guessed from other words never says it: those passages answer.
        // ("Which vacancy would let someone help run a library?" likewise, asking which, when the guess is the NATO body or
        // where to read more, from a word such as "run": the vacancy whose work it is.)
        // (A guess holding less than about two thirds of the question's weight: at 0.6 exactly, any new example's shift of
        // the words' weights tipped "would I get to go to conferences?" either way.)
        if (q.Exact is null && (mentioned.Count == 1 || (mentioned.Count == 0 && q.Has(AnswerForms.Which))) && units.Count == 0 && q.Meanings.Count > 0
            && q.Meanings[0] is { Meaning.Intent: null, Meaning.Topic: { } topTopic, Score: < 0.75, Share: < 0.65 } top
            && (topTopic is Topic.MoreInformation or Topic.NatoBody || (mentioned.Count == 1 && topTopic is Topic.LearningOutcomes or Topic.Documents or Topic.Activities or Topic.Competencies or Topic.About))
            && !q.Has(AnswerForms.FollowUp | AnswerForms.Count | AnswerForms.All | AnswerForms.Fit)
            && RareWordPassages(q, top, topTopic, mentioned.Count == 1 ? mentioned[0] : null) is { Count: > 0 } rare)
        {
            return FromPassages(new PassagesReply(language, rare, PassageUse.Answer), targets, allVacancies);
        }

        // "How many member nations does the KM notice mention?", "combien d'organismes...": a passage giving a number
        // of the very thing counted ("32 member nations", "41 civil and military bodies") answers, whatever topic the
        // counted words suggest (unless that topic's own facts are where the number is: it answers them grouped).
        // "And how many bodies?" after the CIO's users: the same vacancy's passage, counted again.
        // (Not minutes or days: "how many minutes left?" counts time, not the minutes of a meeting.)
        if (q.Has(AnswerForms.Count) && !CountsVacancies(q) && !(q.Counted is { } unit && QuestionReader.CountsTimeLeft(unit))
            && (!q.Has(AnswerForms.FollowUp) || (mentioned.Count == 0 && current is not null)) && NumberOf(q, targets) is { Count: > 0 } countedHere
            && countedHere.Any(p => !q.Meanings.Any(m => m.Meaning.Topic == p.Topic)))
        {
            return Done(new PassagesReply(language, countedHere, countedHere.Select(p => p.Vacancy).Distinct().Count() > 1 ? PassageUse.Mention : PassageUse.Answer));
        }

        // A topic guessed only from a word of the vacancy's name is no topic ("the security one" is JIS, not clearance).
        // ...and one guessed from the words of a unit's name is none either ("Close Protection Unit" is not "close").
        // A vacancy named by its short name ("le KM fait partie de quel état-major ?") was not named by those words.
        var nameWords = mentioned.Where(v => !q.Analysed.Words.Contains(v.ShortName.ToLowerInvariant())).SelectMany(NameTerms).ToHashSet(StringComparer.Ordinal);
        var unitWords = units.SelectMany(u => _reader.Analyser.Known(u.Unit.Name.En + " " + u.Unit.Name.Fr).Terms).ToHashSet(StringComparer.Ordinal);
        bool InName(string t) => nameWords.Contains(t) || (t.Contains('_') && t.Split('_').All(nameWords.Contains));
        var topics = q.Meanings.Where(m => m.Meaning.Topic is not null && !(m.Coverage < 0.99 && m.Matched.All(InName))
                && !(m.Matched.Count > 0 && m.Matched.All(t => unitWords.Contains(t) || t.Contains('_'))))
            .Select(m => m.Meaning.Topic!.Value).ToList();
        // "Combien d'offres se terminent le 22 juin 2025 ?" counts the deadlines on that day, not the vacancies.
        var countsDeadlines = q.CountsOverADayOrYear;
        // (A list guessed from one word such as "information" gives way to a passage that holds the question: "qui
        // préserve l'information de valeur permanente pour l'Alliance ?")
        if (primary?.Intent == Intent.VacancyList && topics.Count == 0 && !setLevel && mentioned.Count == 0 && !countsDeadlines && !q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past))
        {
            if (q.Meanings[0] is { Score: < 0.7, Matched: [_] } && Search(language, q, mentioned, targets, null, explained, withoutExplained: true) is { Strong: true, Terms: >= 2 } holding)
            {
                return FromPassages(holding.Reply, targets, allVacancies);
            }

            return Done(new VacancyListReply(language, _catalogue.All));
        }

        // "How many internship notices do you have?", "combien d'offres en tout ?": the list, which says how many.
        // ("How many internship notices have you got, and for which teams?": the list names each one's team.)
        // Counting those that mention something ("how many notices mention JavaScript?") is a search, further on.
        if (primary?.Intent == Intent.VacancyList && topics.Count == 0 && mentioned.Count == 0 && !countsDeadlines && (q.Has(AnswerForms.Count) || CountsVacancies(q) || q.Meanings[0].Score >= 0.95)
            && !q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past | AnswerForms.Fit | AnswerForms.Mention))
        {
            return Done(new VacancyListReply(language, _catalogue.All));
        }

        // "How many notices do you have?": counting the notices and asking nothing else of them is the list; so is
        // "what vacancies do you know about?", whose only word of weight names the vacancies.
        if (q.Meanings.Count == 0 && mentioned.Count == 0 && !countsDeadlines && !personal.Any
            && ((CountsVacancies(q) && !q.Has(AnswerForms.Mention)) || (q.Analysed.Terms.Length == 0 && q.Analysed.Words.Any(w => UnderstandingData.Shipped.ExactRequests.TryGetValue(w, out var request) && request == Intent.VacancyList)))
            && !q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past | AnswerForms.Fit))
        {
            return Done(new VacancyListReply(language, _catalogue.All));
        }

        // "Show me the NDS vacancy": the request names its vacancies, so it asks for them, not for the word "show".
        // A unit named ("what is the Digital Information Innovation programme for?") is what is asked about.
        if (primary?.Intent == Intent.VacancyList && topics.Count == 0 && !setLevel && mentioned.Count > 0 && units.Count == 0
            && !q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past | AnswerForms.Count | AnswerForms.FollowUp))
        {
            return Done(TheVacancies(language, mentioned));
        }

        if (q.Request == Intent.EligibilityCheck && primary?.Intent == Intent.EligibilityCheck && topics.All(t => t is Topic.EssentialCriteria) && !q.Has(AnswerForms.Open | AnswerForms.Past | AnswerForms.Upcoming))
        {
            // "What framework does BRM check new IT requests against?": one passage holds every word of it; "check"
            // among them does not ask for the eligibility form.
            if (q.Meanings[0].Score < 0.75 && Search(language, q, mentioned, targets, null, explained) is { Coverage: >= 0.9, Terms: >= 4 } verbatim)
            {
                return FromPassages(verbatim.Reply, targets, allVacancies);
            }

            return Done(new EligibilityFormReply(language, mentioned.Count > 0 ? mentioned[0] : current));
        }

        // "Which one works on AI?", "le stage touche-t-il à l'IA ?", "which mention AI in their work?": AI as what the work
        // is about, not the policy on using it.
        if (topics.Contains(Topic.GenerativeAi) && (q.Has(AnswerForms.Subject) || (q.Has(AnswerForms.Mention) && q.Analysed.Terms.Any(WorkWords.Contains))))
        {
            topics = [.. topics.Where(t => t != Topic.GenerativeAi).Union([Topic.Tasks, Topic.Units, Topic.About])];
            explained.Clear();
        }

        // "Do I need a master's?" when a master's is only an advantage: what is required, then what is an advantage.
        // ("a bachelor's degree in hand?": whatever else a word of it suggests).
        if (topics is [Topic.DesirableCriteria, ..] && q.Has(AnswerForms.Required))
        {
            topics = [Topic.EssentialCriteria, Topic.DesirableCriteria];
        }

        // "and for ICTM?", "same for OCIO", "KM" after an answer: the last topics, for the vacancy now named.
        // "And a KM intern?" after "what does an NDS intern do?" repeats the topic: that is a follow-up too.
        // "et si je postule à 4 ?" after the limit on applications, "what if my French is only school-level?" after the
        // language rules: a follow-up whose words the last topic explains as well stays on that topic.
        // "Is that limit the same in the JIS notice?", "same rule for OCIO?": "same" and "rule" point back, they name nothing.
        // "Mine are all in Italian" after the documents: "mine" are the documents.
        // "Do I have to prove it somehow?" right after reasonable accommodation: "it" is what was just answered.
        if ((q.Has(AnswerForms.FollowUp | AnswerForms.Others) || q.Analysed.Terms.Any(PointsBack.Contains) || q.Analysed.Words.Any(w => w is "mine" or "ours" or "miens" or "miennes" or "notres")
                || (mentioned.Count == 0 && q.Analysed.Words.Any(PointingWords.Contains)))
            && context.LastTopics.Count > 0 && topics.Count > 0 && !topics.Any(context.LastTopics.Contains)
            && q.Meanings.FirstOrDefault(m => m.Meaning.Topic is not null) is { Score: < 0.95 } guessed
            && q.Ranked.FirstOrDefault(m => m.Meaning.Topic == context.LastTopics[0]) is var last
            && guessed.Matched.Where(t => !t.Contains('_') && !PointsBack.Contains(t) && !(q.Has(AnswerForms.Same) && SameVerbs.Contains(t))).All(t => last?.Matched.Contains(t) == true))
        {
            topics = [.. context.LastTopics];
        }

        // "What level?" right after the clearance, "quel niveau ?" after the languages: one word that the last topic
        // explains as well asks about that topic, not about the other topic the word alone would mean (the grade).
        // ("And how many can I submit?" after a deadline counts something else; "et la durée ?" after the hours, a word
        // the hours explain only weakly, is the internship's length.)
        if (mentioned.Count == 0 && context.LastTopics.Count > 0 && topics.Count > 0 && !topics.Any(context.LastTopics.Contains)
            && q.Analysed.Subject.ToList() is [var only] && !q.Has(AnswerForms.Count)
            && q.Ranked.FirstOrDefault(m => m.Meaning.Topic == context.LastTopics[0]) is { Score: >= 0.6 } stillLast && stillLast.Matched.Contains(only))
        {
            topics = [.. context.LastTopics];
        }

        // "How much exactly?" right after the travel reimbursement: that reimbursement's amount (which no notice gives),
        // not the grant the words alone would mean.
        if (q.Detail == AskedDetail.Amount && mentioned.Count == 0 && context.LastTopics.Count > 0 && !context.LastTopics.Contains(Topic.Grant)
            && q.Analysed.Words.Length <= 4)
        {
            topics = [.. context.LastTopics];
        }

        // "What does the KM team do?": a team's work, asked with no intern in it, is what the notice says the team does
        // (its description), not the intern's daily tasks, when the words fit both as well.
        // (Not "and in the KM team?" right after an intern's work or a unit: the same question of another team.)
        if (topics is [Topic.Tasks, ..] && q.Meanings[0].Meaning.Topic == Topic.Tasks && context.LastTopics.Count == 0 && context.LastUnit is null
            // (An office is named, not a team asked about: "the Private Office that OCIO coordinates with".)
            && q.Analysed.Words.Select(LightStemmer.Stem).Any(t => UnitWords.Contains(t) && t != "offic") && !q.Analysed.Words.Any(InternWords.Contains)
            && q.Ranked.FirstOrDefault(m => m.Meaning.Topic == Topic.About) is { } aboutTheTeam && aboutTheTeam.Score >= q.Meanings[0].Score - 0.01)
        {
            topics = [Topic.About];
        }

        // "Horaires quotidiens (heure d'arrivée et de départ) ?", "is it a 9-to-5?": a time of the working day is about
        // the working hours (whose answer then says no notice gives the times), whatever "départ" or "days" suggest.
        if (q.Detail == AskedDetail.ClockTime && !topics.Any(t => t is Topic.Deadline or Topic.InfoSession or Topic.Start or Topic.Hours)
            && q.Ranked.Any(m => m.Meaning.Topic == Topic.Hours && m.Score >= 0.3))
        {
            topics = [Topic.Hours];
        }

        // "What's the exact street address for NDS?", "le KM c'est dans quel bâtiment ?": where the internship is, whose
        // answer then says no notice gives more than the city.
        // (Not an info session's address, which is a link the notices give or not, nor where to send an application,
        // which is what an uncovered aspect read with it asks.)
        if (q.Detail == AskedDetail.Address && !topics.Contains(Topic.Location) && !topics.Contains(Topic.InfoSession) && q.Aspect is null
            && !q.Analysed.Terms.Any(QuestionReader.ApplyingWords.Contains))
        {
            topics = [Topic.Location];
        }

        // "Which degree subject does JIS want?", "le KM exige-t-il un diplôme en informatique ?": the criteria on studies,
        // whose answer then says no notice names a field.
        if (q.Detail == AskedDetail.FieldOfStudy && q.Aspect is null && !topics.Contains(Topic.EssentialCriteria))
        {
            topics = [Topic.EssentialCriteria, Topic.DesirableCriteria];
        }

        // "Name them", "lesquelles ?", "which are they?" right after a count: the things counted, listed.
        if (mentioned.Count == 0 && context.LastTopics.Count > 0 && (context.LastForms & AnswerForms.Count) != 0
            && q.Analysed.Words.Length is > 0 and <= 4 && q.Analysed.Words.All(w => NamingThem.Contains(w) || AskingWhich.Contains(w)) && q.Analysed.Words.Any(NamingThem.Contains))
        {
            topics = [.. context.LastTopics];
        }

        // "And the other four?": the number counts the vacancies, it asks about nothing ("four" is no application limit).
        if (CountsAllTheOthers(q) && context.LastTopics.Count > 0 && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.95))
        {
            topics = [.. context.LastTopics];
        }

        var carried = q.Has(AnswerForms.FollowUp) && topics.Count > 0 && topics.All(context.LastTopics.Contains);

        // Nothing read clearly, no vacancy named, and pointing back: "Who answers questions during it?" right after the
        // info session is still about the info session; "who gets to see it then?" right after the pool, whose closest
        // meaning is the pool, stays on it.
        if (q.Meanings.Count == 0 && mentioned.Count == 0 && context.LastTopics.Count > 0
            && (q.Has(AnswerForms.Anaphor)
                || (q.Ranked is [{ Meaning.Topic: { } closestTopic }, ..] && context.LastTopics.Contains(closestTopic) && q.Analysed.Words.Any(PointingWords.Contains))))
        {
            topics = [.. context.LastTopics];
        }

        // "Le webinaire c'est demain ? — Et il sert à quoi ?": what "it" is for, right after one topic that is not a
        // vacancy's work, is that topic's purpose, which its answer gives; not what a team is for.
        if (mentioned.Count == 0 && context.LastTopics is [var lastTopic] && lastTopic is not (Topic.About or Topic.Tasks or Topic.Units or Topic.NatoBody)
            && q.Meanings is [{ Meaning.Topic: Topic.About } purpose, ..] && purpose.Matched.All(PurposeWords.Contains)
            && PointsAtIt(q))
        {
            topics = [lastTopic];
            carried = true;
        }

        // "Mine are in Polish, is that OK?", "et si c'est en espagnol ?" right after the documents: the language they are
        // written in, which the documents' answer covers (a translation), not the languages a candidate must speak.
        if (mentioned.Count == 0 && context.LastTopics.Contains(Topic.Documents) && !topics.Contains(Topic.Documents)
            && q.Meanings is [{ Meaning.Topic: Topic.Languages } spoken, ..] && spoken.Matched.All(q.Analysed.AddedFrom.ContainsKey)
            && (PointsAtIt(q) || q.Analysed.Words.Any(w => w is "mine" or "mes" or "miens" or "miennes" or "c")))
        {
            topics = [Topic.Documents];
            carried = true;
        }

        // "Could I pick KM, NDS and JIS together?", "donc les 5 c'est pas possible ?" right after how many one may apply
        // to: that many vacancies at once (more than the fewest any notice allows, or as many) is the same limit, asked
        // again, whatever "possible" or "pick" suggest ("if I pick NDS, KM and ICTM, what are the deadlines?" asks for them).
        if (context.LastTopics is [Topic.ApplicationLimit] && !topics.Contains(Topic.ApplicationLimit)
            && (q.Meanings.Count == 0 || q.Meanings[0].Matched.All(ChoosingWords.Contains))
            && _catalogue.All.Min(v => v.Selection.ApplicationLimit) is var fewest
            && (mentioned.Count >= fewest || q.Analysed.Words.Any(w => Import.TextPatterns.WholeNumber(w) is { } n && n >= fewest && n <= _catalogue.All.Count)))
        {
            topics = [Topic.ApplicationLimit];
            carried = true;
        }

        // "What time does it start?", "how long until it starts?", "elle a déjà commencé ?" right after the info session:
        // when the session starts, not the internship (nor when candidates hear back).
        if (mentioned.Count == 0 && context.LastTopics.Contains(Topic.InfoSession) && !q.Has(AnswerForms.Compare)
            && PointsAtIt(q)
            && q.Analysed.Words.Any(w => StartingWords.Contains(LightStemmer.Stem(w))))
        {
            topics = [Topic.InfoSession];
            carried = true;
        }

        // "and ICTM interns?" after the grant: "interns" names who, not a new topic.
        // "And the one in the Office of the Chief Information Officer?": the name's own words ("office") ask nothing.
        var named = mentioned.SelectMany(NameTerms).ToHashSet(StringComparer.Ordinal);
        // "And the one for the ICT management people?": what "ICT" adds ("information") is the name's too.
        bool FromName(string t) => named.Contains(t) || (q.Analysed.AddedFrom.TryGetValue(t, out var from) && from.All(w => named.Contains(LightStemmer.Stem(w))));
        // "Is there one for ICTM too?": "too" points back; it does not ask for an upper age limit ("am I too old?").
        var onlyGeneric = q.Has(AnswerForms.FollowUp | AnswerForms.Same) && mentioned.Count > 0 && q.Meanings.Count > 0
            && q.Meanings.All(m => m.Matched.All(t => GenericQuestionTerms.Contains(t) || FromName(t) || PointsBack.Contains(t)));
        NotCoveredAspect? carriedAspect = null;
        if ((q.Meanings.Count == 0 || onlyGeneric) && context.LastTopics.Count > 0 && (Residue(q, mentioned).All(w => GenericQuestionTerms.Contains(LightStemmer.Stem(w)) || PointsBack.Contains(LightStemmer.Stem(w)) || (q.Has(AnswerForms.Same | AnswerForms.Compare) && SameVerbs.Contains(LightStemmer.Stem(w)))) || q.Has(AnswerForms.Others)) && (q.Has(AnswerForms.FollowUp) || mentioned.Count > 0))
        {
            topics = [.. context.LastTopics];
            carried = true;
            // "Is the OCIO grant taxed?" then "and for KM?": the same uncovered point, for KM. ("And how much is it?"
            // asks for the grant the answer showed beside it.)
            carriedAspect = mentioned.Count > 0 ? UnderstandingData.Shipped.NotCovered.FirstOrDefault(a => a.Id == context.LastAspect) : null;
        }

        // "Does the ICTM notice state one?", "l'avis JIS en précise-t-il un ?" right after an answer: the same
        // question for that notice ("state" is not a member state).
        if (!carried && mentioned.Count > 0 && context.LastTopics.Count > 0 && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.65) && AsksWhetherItSays.IsMatch(q.Analysed.Text))
        {
            topics = [.. context.LastTopics];
            carried = true;
        }

        // "At what time?" right after a deadline or an info session is about that one's time.
        var timeOfLast = false;
        // "Heure de Bruxelles ?", "which time zone?": the same time's zone.
        var asksTheZone = q.Analysed.Words.Length <= 5 && q.Analysed.Words.Any(w => w is "zone" or "timezone" or "fuseau" or "brussels" or "bruxelles" or "cet" or "utc")
            && q.Analysed.Words.Any(w => w is "time" or "zone" or "timezone" or "heure" or "fuseau" or "horaire" or "cet" or "utc");
        // "Since when?", "jusqu'à quand exactement ?": the same dates.
        var sinceWhen = q.Analysed.Words is [var from, "when" or "quand", ..] && from is "since" or "until" or "till" or "depuis" or "jusqu" && q.Analysed.Words.Length <= 4;
        if ((q.Has(AnswerForms.When) || asksTheZone || sinceWhen || q.Analysed.Words is ["time"] or ["hour"] or ["heure"] or ["time", "zone"]) && context.LastTopics.Any(t => t is Topic.Deadline or Topic.InfoSession or Topic.Start)
            && !topics.Any(t => t is Topic.Deadline or Topic.InfoSession or Topic.Start) && (q.Meanings.Count == 0 || q.Meanings[0].Score < 0.8))
        {
            topics = context.LastTopics.Where(t => t is Topic.Deadline or Topic.InfoSession or Topic.Start).ToList();
            timeOfLast = true;
        }

        // "C'est demain alors ?", "so that's today?" right after an info session: the day asked about is that one's,
        // though "tomorrow" alone would be read as a deadline.
        if (mentioned.Count == 0 && context.LastTopics.Any(t => t is Topic.Deadline or Topic.InfoSession or Topic.Start)
            && q.Meanings is [{ Meaning.Topic: Topic.Deadline or Topic.InfoSession or Topic.Start } dayOnly, ..]
            && !context.LastTopics.Contains(dayOnly.Meaning.Topic!.Value) && dayOnly.Matched.All(DayWords.Contains))
        {
            topics = context.LastTopics.Where(t => t is Topic.Deadline or Topic.InfoSession or Topic.Start).ToList();
        }

        // "Total grant over the six months?", "38 h a week, how many a day?", "how many days between the webinar and the
        // deadline?", "et au total ?" after the grant: arithmetic on stated facts, shown with its inputs.
        // A follow-up, or a question whose topic is only a guess, works on what was just answered as well.
        // "How long before the deadline was it?" right after the info session: "it" is the session.
        var refersBack = q.Has(AnswerForms.FollowUp | AnswerForms.Anaphor) || q.Analysed.Words.Contains("it");
        var calculationTopics = topics.Count > 0 && !refersBack && q.Meanings.Count > 0 && q.Meanings[0].Score >= 0.8 ? topics : [.. topics.Union(context.LastTopics)];
        // "Combien de temps avant que ça ferme ?", "how long before the June ones close?": the time left until a deadline,
        // which its answer says, not the gap between two deadlines.
        var calculationForms = q.Has(AnswerForms.Between) && !calculationTopics.Contains(Topic.InfoSession) && UntilItCloses().IsMatch(q.Analysed.Normalised)
            ? q.Forms & ~AnswerForms.Between : q.Forms;
        if ((calculationForms & CalculationPlanner.Cues) != 0
            && CalculationPlanner.Plan(language, calculationForms, calculationTopics, mentioned.Count > 0 ? mentioned : current is not null ? [current] : [], targets, _catalogue.All, q.NamedDays) is { } calculation)
        {
            next = next with { LastTopics = calculationTopics };
            return Done(calculation);
        }

        // "Which one closes last?": an order with no other subject is an order of deadlines. ("What's the next thing
        // coming up?" is no order: it is what is to come, info sessions and deadlines, soonest first.)
        var ordering = q.Has(AnswerForms.Latest | AnswerForms.Earliest | AnswerForms.Rank)
            && !(topics.Count == 0 && primary is null && q.Has(AnswerForms.Upcoming) && !q.Has(AnswerForms.Latest | AnswerForms.Rank));
        // "Which of those closes first?" orders deadlines whatever was just answered: closing is what a deadline does.
        if (ordering && q.Meanings.Count == 0 && q.Analysed.Terms.Any(ClosingWords.Contains))
        {
            topics = [Topic.Deadline];
        }

        // "Which of those is the earliest?" right after the info sessions orders the info sessions.
        if (ordering && topics.Count == 0 && (primary is null || primary.Intent is Intent.VacancyList or Intent.Timeline))
        {
            topics = q.Has(AnswerForms.OfThose) && context.LastTopics is [Topic.InfoSession or Topic.Start] ? [.. context.LastTopics] : [Topic.Deadline];
        }

        // "How many days do people still have to apply?", "combien de jours reste-t-il pour postuler ?": the time left to
        // apply is the deadline's to say (and how long ago it passed).
        // ("How many minutes left?" right after whether it is still open: the deadline's, read as such.)
        if (q.Counted is { } countedTime && QuestionReader.CountsTimeLeft(countedTime)
            && (q.Analysed.Terms.Any(QuestionReader.ApplyingWords.Contains) || q.Meanings is [{ Meaning.Topic: Topic.Deadline }, ..])
            && q.Analysed.Words.Any(w => w is "still" or "left" or "remain" or "remaining" or "reste" or "restent" or "encore"))
        {
            // A second question read as surely is still answered, in the order asked ("Ces stages commencent quand ? Et
            // combien de jours me reste-t-il pour postuler ?").
            var alsoAsked = topics.Where(t => t != Topic.Deadline && q.Meanings.Any(m => m.Meaning.Topic == t && m.Score >= 0.9)).ToList();
            topics = topics.Contains(Topic.Deadline) ? [.. topics.Where(t => t == Topic.Deadline || alsoAsked.Contains(t))] : [Topic.Deadline, .. alsoAsked];
        }

        // "Is anything still open?", "what's coming up?", "what have I missed?" A weak guess at another topic
        // ("which applications are still open?") does not stand in the way.
        var guess = false;
        // "ICTM is still open, right? And what does it pay?": a topic asked on its own after the join is no weak guess.
        var askedBesideOpen = q.Has(AnswerForms.Open) && mentioned.Count > 0 && q.Meanings.Count > 0 && q.Meanings[0].Meaning.Topic is { } joined
            && _reader.AskedAfterAJoin(q.Analysed).Contains(joined);
        // ("can I still edit my application?" is about changes after the deadline, not what is open).
        // "Is it too late to send my KM application?" is about the deadline, however well "send ... application" matches.
        // ("Which internship suits an archivist, and is it still open?" asks the match first; the status follows it.)
        var statusFollows = q.AsksSomethingElseFirst && mentioned.Count == 0;
        if (q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past) && !ordering && q.Meanings.Count > 0 && !askedBesideOpen && !statusFollows
            && (q.Meanings[0].Score < 0.8 || q.AsOf is not null || (q.Has(AnswerForms.Open | AnswerForms.Past) && q.Meanings[0].Matched.All(t => t.Split('_').All(QuestionReader.ApplyingWords.Contains))))
            // ("Submitting my application right now - am I still in time?" is about the deadline, though.)
            && (q.Meanings[0].Meaning.Topic is not Topic.UpdatesAfterDeadline || InTime().IsMatch(q.Analysed.Normalised))
            // ("Combien de postes sont ouverts au JIS ?" asks the number of places, in the very form that aspect is asked.)
            && q.Meanings[0].Meaning.Aspect is not { AskedAs: not AnswerForms.None }
            // "Do I have to be enrolled right now to apply?" asks what the rule is, not what is open now; "I'm enrolled right
            // now: is being a student enough?" is the person, checked against it; "I did a vocational programme, not a
            // degree: can I still apply?" is whether she may despite it, not whether anything is still open.
            && !(q.Meanings[0].Meaning.Topic is Topic.EssentialCriteria && (PersonalFacts.AsksAboutARule(q.Analysed.Normalised) || personal.Any
                || (PersonalFacts.DescribesSomeone(q.Analysed.Normalised) && CanApply().IsMatch(q.Analysed.Normalised))))
            && !topics.Any(t => t is Topic.Deadline or Topic.InfoSession))
        {
            topics = [];
            guess = true;
        }

        // "Je vise l'ICTM : c'est encore ouvert, et ça paie combien ?": whether it is still open is asked beside a topic
        // read with confidence; the deadline, which says so for today, answers that part.
        if (q.Has(AnswerForms.Open) && !guess && !ordering && mentioned.Count > 0 && topics is [var besideOpen] && q.Meanings.Count > 0 && (q.Meanings[0].Score >= 0.8 || askedBesideOpen)
            && besideOpen is not (Topic.Deadline or Topic.InfoSession or Topic.UpdatesAfterDeadline))
        {
            topics = [Topic.Deadline, besideOpen];
        }

        // "How many vacancies closed on 3 May 2025?" counts deadlines, whatever else "how many vacancies" may ask.
        if (countsDeadlines && q.Analysed.Terms.Any(ClosingWords.Contains))
        {
            topics = [Topic.Deadline];
        }

        // "The webinar later today — who will take the questions?" asks who holds the session, which its facts say; not when.
        var dated = topics.All(t => t is Topic.Deadline or Topic.InfoSession) && !(topics is [Topic.InfoSession] && AsksWho().IsMatch(text));
        if (dated && !ordering && !statusFollows && (primary?.Intent == Intent.Timeline || (countsDeadlines && (topics.Count > 0 || primary is null || primary.Intent is Intent.VacancyList)) || (q.Has(AnswerForms.Open | AnswerForms.Upcoming | AnswerForms.Past) && (topics.Count > 0 || guess || primary is null || primary.Intent is Intent.VacancyList or Intent.EligibilityCheck or Intent.StaffCounts))))
        {
            // ("Is that still ahead of us?" right after the info session stays on the session: "does ICTM have one too?")
            next = next with
            {
                LastTopics = topics.Count > 0 ? topics
                    : context.LastTopics.Count > 0 && context.LastTopics.All(t => t is Topic.Deadline or Topic.InfoSession) ? [.. context.LastTopics] : [Topic.Deadline],
            };
            // "I missed the NDS deadline: anything else I can still go for?" asks about every vacancy.
            // ("Missed the NDS deadline by a few hours. Are any of them still open?" asks about them all.)
            var elsewhere = q.Analysed.Words.Any(w => w is "anything" or "else" or "another" or "other" or "others" or "autre" or "autres")
                || AnyOfThem().IsMatch(q.Analysed.Normalised);
            return Done(Timeline(language, mentioned.Count > 0 && !elsewhere ? mentioned : _catalogue.All, q, topics));
        }

        // "Library science student here — any internship for me?" asks for a match, not about student housing.
        if (!timeOfLast && (carriedAspect ?? (carried ? null : primary?.Aspect ?? q.Aspect?.Meaning.Aspect)) is { } aspect && !(q.Has(AnswerForms.Fit) && (q.Aspect?.Score ?? 0) < 0.8))
        {
            // A follow-up keeps the aspect when it names another vacancy, and otherwise the topics shown beside it.
            next = next with { LastAspect = aspect.Id, LastTopics = aspect.Related.Count > 0 ? aspect.Related : next.LastTopics };
            var related = aspect.Related.Concat(topics).Distinct().Select(t => _facts.For(t, targets, allVacancies, q.Forms)).ToList();
            return Done(new NotCoveredReply(language, aspect, allVacancies ? [] : targets, related), unanswered: true);
        }

        if (units.Count > 0 && topics.Count > 0 && topics.All(t => t is Topic.Tasks or Topic.Units or Topic.About or Topic.NatoBody))
        {
            return DoneUnits(units);
        }

        // "Which one suits me?" is a search of the work the notices describe, whatever requirement words it uses.
        // Unless, saying nothing about themselves, they clearly ask one thing of a vacancy ("I'd love to know the JIS deadline").
        if (q.Has(AnswerForms.Fit) && topics.Count > 0 && !topics.All(SearchableTopics.Contains) && !(q.Meanings.Count > 0 && q.Meanings[0].Score >= 0.8 && !personal.Any && mentioned.Count > 0))
        {
            topics = [];
        }

        // Nothing clear enough, but the closest meaning and the passages closest to the question agree on a topic
        // ("is there a webinar I can join about the recruitment process?"): two weak signals that agree are one answer.
        if (topics.Count == 0 && q.Meanings.Count == 0 && q.Exact is null && q.Ranked.Count > 0 && q.Ranked[0] is { Meaning.Topic: { } closest, Score: >= 0.35 }
            && BestPassage(q, mentioned, targets) is { Coverage: >= 0.4 } agreeing && agreeing.Passage.Topic == closest)
        {
            topics = [closest];
        }

        if (topics.Count > 0)
        {
            // "Which ones involve SharePoint?", "what's the Private Office in the OCIO notice?": that topic's passages,
            // searched for the words the topic does not explain.
            // "Which unit is responsible for protecting the Secretary General?": which of the sections, whatever topic
            // "responsible" suggests.
            if (!carried && q.Has(AnswerForms.Which) && topics.All(SearchableTopics.Contains) && q.Analysed.Terms.Any(UnitNouns.Contains))
            {
                topics = [Topic.Units];
            }

            // Across the vacancies, the work is what every notice says of it, in whatever part: "which ones involve AI
            // in their work?" is the KM team's about and the NDS section's description as much as ICTM's task list.
            var acrossTheWork = targets.Count > 1 && q.Has(AnswerForms.Mention | AnswerForms.Which);
            if (!carried && topics.All(SearchableTopics.Contains)
                && ((acrossTheWork ? null : Search(language, q, mentioned, targets, topics, explained))
                    // (What the question names after "involve", "mention"... is searched for however well the topic's
                    // examples know it: "which ones involve training?" is about training, not about tasks in general.)
                    ?? Search(language, q, mentioned, targets, [.. SearchableTopics], acrossTheWork ? explained.Except(_unmentioned.AskedFor(q)).ToHashSet(StringComparer.Ordinal) : explained)) is { } found
                && (q.Has(AnswerForms.Mention | AnswerForms.Subject | AnswerForms.Fit) || found is { Strong: true, Terms: >= 2 }))
            {
                return Done(found.Reply);
            }

            // A topic guessed from a word or two, next to words a passage holds exactly ("who is the Personal Data
            // Protection Officer?", "how many bodies does the CIO cover?"): the passage answers better.
            // (Or however clear the topic, when the passage holds more of the question's words than the topic does: "who is
            // the data protection officer for the International Staff?" is not about the staff's NATO body.)
            if (!carried && !asksWhetherRequired && q.Meanings.Count > 0 && Search(language, q, mentioned, targets, null, explained, withoutExplained: true) is { Strong: true, Terms: >= 2 } specific
                && (q.Meanings[0].Score < 0.65 || (specific.Terms >= 3 && specific.Terms > q.Meanings[0].Matched.Count(m => !m.Contains('_'))))
                && specific.Reply.Passages.Any(p => !topics.Contains(p.Topic)))
            {
                return FromPassages(specific.Reply, targets, allVacancies);
            }

            // A passage holding most of the question's own words, where the topic explains little of it ("who receives
            // the information the IMS team streamlines?" is not a question about which staff runs the team).
            if (!carried && q.Meanings.Count > 0 && Search(language, q, mentioned, targets, null, explained) is { Coverage: >= 0.75, Terms: >= 3 } verbatim
                && verbatim.Coverage >= q.Meanings[0].Share + 0.3 && verbatim.Reply.Passages.Any(p => !topics.Contains(p.Topic)))
            {
                return FromPassages(verbatim.Reply, targets, allVacancies);
            }

            // "How many bodies does the CIO cover?": a count of something no topic lists is a count the notices' own
            // words may give.
            if (q.Has(AnswerForms.Count) && !CountsVacancies(q)
                && topics.All(t => t is Topic.NatoBody or Topic.About or Topic.Units) && Search(language, q, mentioned, targets, null, explained, withoutExplained: true) is { Strong: true } counted)
            {
                return Done(counted.Reply);
            }

            // "How many member nations does the KM notice mention?": the topic's answer holds no number at all, a
            // passage with the question's words does. (Not when the notice is silent on the topic: "combien touche un
            // stagiaire ICTM par mois ?" is answered by that silence, not by "12 months" in another passage.)
            var topicGroups = topics.Select(t => _facts.For(t, targets, allVacancies, q.Forms)).ToList();
            if (!carried && q.Has(AnswerForms.Count) && !CountsVacancies(q) && topicGroups.All(g => g.Facts.Any(f => f.Stated))
                && !topicGroups.Any(g => g.Lead?.En.Any(char.IsDigit) == true
                    || g.Facts.Any(f => f.Stated && (f.Summary?.En.Any(char.IsDigit) == true || f.Items.Any(i => i.En.Any(char.IsDigit)))))
                && Search(language, q, mentioned, targets, null, explained) is { Strong: true } numbered
                && numbered.Reply.Passages.Any(p => p.Text.En.Any(char.IsDigit)))
            {
                return Done(new PassagesReply(language, numbered.Reply.Passages.Where(p => p.Text.En.Any(char.IsDigit)).ToList(), numbered.Reply.Use));
            }

            if (topics.Contains(Topic.EssentialCriteria) && !topics.Contains(Topic.DesirableCriteria) && q.Has(AnswerForms.Required))
            {
                topics.Add(Topic.DesirableCriteria);
            }

            // A vacancy whose notice names no sections is described by its work instead ("which areas at OCIO?").
            if (topics.Contains(Topic.Units) && !topics.Contains(Topic.Tasks) && targets.Any(v => v.Units.Count == 0))
            {
                topics.Add(Topic.Tasks);
            }

            // Likewise a notice that lists nothing the intern gains ("and the NDS intern?" after what KM's learns): its
            // work, where it names the skills built ("develop research and drafting skills").
            if (topics is [Topic.LearningOutcomes] && targets.All(v => v.LearningOutcomes.Count == 0))
            {
                topics.Add(Topic.Tasks);
            }

            // "And for KM?" after "how many tasks does OCIO list?" asks for KM's count too.
            var forms = q.Forms | (carried ? context.LastForms : AnswerForms.None);
            // "How many years of university do I need?" counts years, which the criteria say, not the criteria themselves.
            if (q.Counted is { } countedUnit && QuestionReader.TimeUnits.Contains(LightStemmer.Stem(countedUnit)))
            {
                forms &= ~AnswerForms.Count;
            }
            // ...and the detail asked ("and NDS?" after KM's programming languages), unless this question asks its own.
            next = next with { LastTopics = topics, LastForms = forms & QuestionContext.CarriedForms, LastDetail = q.Detail != AskedDetail.None ? q.Detail : carried ? context.LastDetail : AskedDetail.None };
            var groups = topics.Select(t => _facts.For(t, targets, allVacancies, forms)).ToList();
            // "Quels stages sont rattachés à l'EMI ?" answered by two of the notices: "lequel des deux ?", "et l'autre ?"
            // next are those two.
            // An answer across the vacancies leaves none in focus; when only some state it, "which of them…?" next is about those.
            if ((allVacancies || ofTheLastSet is not null) && groups.Count == 1)
            {
                var stating = groups[0].Facts.Where(f => f.Stated).Select(f => f.Vacancy.Slug).Distinct().ToList();
                next = next with
                {
                    CurrentVacancy = null,
                    RecentVacancies = stating.Count >= 2 && stating.Count < targets.Count ? stating : ofTheLastSet is not null ? [.. targets.Select(v => v.Slug)] : [],
                };
            }

            return Done(new FactsReply(language, groups), unanswered: groups.All(g => g.Facts.All(f => !f.Stated)));
        }

        // A section or unit named outright ("is the NATO Archives part of a service?"): its description and work.
        if (units.Count > 0)
        {
            return DoneUnits(units);
        }

        // "Tell me about KM", "parle-moi du stage KM", "KM": nothing but the vacancy and words asking to be told about
        // it asks for the vacancy itself, not for the passages that happen to print its name ("what is the NDS?" does).
        if (mentioned.Count > 0 && q.Request is null && q.Meanings.Count == 0 && !q.Has(AnswerForms.FollowUp) && AsksOnlyForTheVacancies(q, mentioned))
        {
            return Done(TheVacancies(language, mentioned));
        }

        // "What does the OCIO actually do?", "que fait le JIS ?": nothing but a vacancy and "do" asks what its body does,
        // which the notice's description says, not the passages that print the name (the intern's tasks, for OCIO).
        // ("What would I actually do in the OCIO internship?" asks about the intern's work.)
        if (mentioned.Count > 0 && q.Request is null && q.Meanings.Count == 0 && !q.Has(AnswerForms.FollowUp) && Residue(q, mentioned).Count == 0
            && q.Analysed.Words.Any(w => w is "do" or "fait" or "font") && !q.Analysed.Words.Any(w => InternWords.Contains(w) || w is "we" or "on" or "nous"))
        {
            next = next with { LastTopics = [Topic.About] };
            return Done(new FactsReply(language, [_facts.For(Topic.About, mentioned, false, q.Forms)]));
        }

        // "Il s'occupe de quoi exactement ?", "what does it actually do?" right after passages answered (no topic to
        // carry): the same passages' subject, searched again with this question's words.
        // (In the vacancy discussed, or in all when the passages named none.) Only a question that points back and says
        // little of its own: "and who guards the Secretary General?" asks about something new.
        if (q.Meanings.Count == 0 && mentioned.Count == 0 && context.LastSubject.Count > 0
            && (q.Analysed.Words.Any(PointsAtAThing.Contains) || AsksWhy(q))
            && q.Analysed.Subject.Count(t => !GenericQuestionTerms.Contains(t)) <= 2
            // ("Why?" right after a match asks why those: the match again, which holds its reasons.)
            && Search(language, WithSubject(AsksWhy(q) ? q with { Forms = q.Forms | AnswerForms.Fit } : q, context.LastSubject), current is not null ? [current] : [], current is not null ? [current] : _catalogue.All, null, explained) is { } again)
        {
            return FromPassages(again.Reply, targets, allVacancies);
        }

        // Searched first without the vacancies' own names; "which internship involves the NATO Library?" names one
        // through what it asks about, so then with them.
        if ((Search(language, q, mentioned, targets, q.Has(AnswerForms.Fit) ? [.. SearchableTopics] : null, explained)
                ?? (mentioned.Count > 0 ? Search(language, q, [], targets, null, explained) : null)) is { } passages)
        {
            return FromPassages(passages.Reply, targets, allVacancies);
        }

        if (units.Count > 0)
        {
            return DoneUnits(units);
        }

        // A short question with nothing of its own, right after an answer, continues it ("what time on that day?").
        if (q.Meanings.Count == 0 && context.LastTopics.Count > 0 && mentioned.Count == 0 && q.Analysed.OwnTerms <= 4)
        {
            var forms = q.Forms | context.LastForms;
            next = next with { LastForms = forms & QuestionContext.CarriedForms };
            var groups = context.LastTopics.Select(t => _facts.For(t, targets, allVacancies, forms)).ToList();
            return Done(new FactsReply(language, groups));
        }

        if (mentioned.Count > 0)
        {
            // "Is the OCIO intern expected to write speeches?": no passage holds the question, but its words are closest
            // to one of the vacancy's tasks; the vacancy's list of tasks answers it (what is there, and so what is not).
            // "I love satellites: is there a corner of NDS for me?": likewise the unit whose description is closest.
            if (mentioned.Count == 1 && q.Request is null && q.Meanings.Count == 0 && BestPassage(q, mentioned, mentioned) is { Coverage: >= 0.3 } near
                && near.Matched.Any(t => !GenericQuestionTerms.Contains(t)) && near.Passage.Topic is Topic.Tasks or Topic.Units)
            {
                if (near.Passage.Topic == Topic.Units)
                {
                    return Done(new PassagesReply(language, [near.Passage], PassageUse.Answer));
                }

                next = next with { LastTopics = [Topic.Tasks] };
                return Done(new FactsReply(language, [_facts.For(Topic.Tasks, mentioned, false, q.Forms)]));
            }

            // "Tell me about KM" is a request for the vacancy; "KM dress code?" asks something the notices do not cover.
            if (Residue(q, mentioned).Count > 0 && q.Request is null)
            {
                return Done(new NotUnderstoodReply(language, text, mentioned[0]), unanswered: true);
            }

            return Done(TheVacancies(language, mentioned));
        }

        if (q.Request == Intent.VacancyList)
        {
            return Done(new VacancyListReply(language, _catalogue.All));
        }

        if (q.Request == Intent.EligibilityCheck)
        {
            return Done(new EligibilityFormReply(language, current));
        }

        return Done(new NotUnderstoodReply(language, text, current), unanswered: true);
    }

    private TimelineReply Timeline(Language language, IReadOnlyList<Vacancy> vacancies, QuestionReading q, List<Topic> topics)
    {
        // "On est début septembre 2025", "in January 2026": the question's own date, else today.
        var asOf = q.AsOf;
        var now = asOf ?? _time.GetUtcNow();
        var entries = new List<TimelineEntry>();
        if (topics.Count == 0 || topics.Contains(Topic.InfoSession))
        {
            entries.AddRange(vacancies.Where(v => v.InfoSession is not null).GroupBy(v => v.InfoSession!.Start.ToInstant())
                .Select(g => new TimelineEntry(TimelineEvent.InfoSession, g.First().InfoSession!.Start, g.Key < now, g.ToList())));
        }

        // Whether one can still apply is always part of the answer.
        {
            entries.AddRange(vacancies.GroupBy(v => v.Deadline.ClosesAt)
                .Select(g => new TimelineEntry(TimelineEvent.Deadline, g.First().Deadline.LastMinute, g.Key <= now, g.ToList())));
        }

        var view = q.Has(AnswerForms.Past) && !q.Has(AnswerForms.Upcoming | AnswerForms.Open) ? TimelineView.Past
            : q.Has(AnswerForms.Upcoming) && !q.Has(AnswerForms.Past) ? TimelineView.Upcoming
            : q.Has(AnswerForms.Open) && !q.Has(AnswerForms.Past | AnswerForms.Upcoming) ? TimelineView.Open
            : TimelineView.All;
        // "How many of the vacancies closed on 22 June 2025?": the deadlines on that day, counted (a day without its year is
        // the one of the deadlines' years it falls in); "how many closed in 2025?": those in that year.
        CountedDeadlines? counted = null;
        if (q.Has(AnswerForms.Count) && q.NamedDay is var (month, day, year))
        {
            var closing = vacancies.Where(v => v.Deadline.Date.Month == month && v.Deadline.Date.Day == day && (year is null || v.Deadline.Date.Year == year)).ToList();
            var on = closing.Count > 0 ? closing[0].Deadline.Date : year is { } y && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : (DateOnly?)null;
            if (on is { } d)
            {
                counted = new CountedDeadlines(d, false, closing);
            }
        }
        else if (q.Has(AnswerForms.Count) && q.NamedYear is { } wholeYear)
        {
            counted = new CountedDeadlines(new DateOnly(wholeYear, 1, 1), true, vacancies.Where(v => v.Deadline.Date.Year == wholeYear).ToList());
        }

        return new TimelineReply(language, entries.OrderBy(e => e.When.ToInstant()).ToList(), view)
        {
            AsOf = asOf, AskedAbout = topics.Contains(Topic.InfoSession) ? TimelineEvent.InfoSession : null, Counted = counted,
        };
    }

    /// <summary>
    /// The section of <paramref name="vacancy"/> a question asks for: the one that suits the person it describes ("which
    /// part of it would suit someone studying X?") or that does the work it names ("which part of ICTM runs the
    /// Archives?"), ranked by those words; null when it does not ask that, or when no section stands out.
    /// </summary>
    private (Vacancy Vacancy, OrganisationalUnit Unit)? WithinOneVacancy(QuestionReading q, Vacancy vacancy, IReadOnlyList<(Vacancy Vacancy, OrganisationalUnit Unit)> units, bool asked, IReadOnlyList<string> lastSubject)
    {
        var words = q.Analysed.Words;
        // (A part's word inside a unit's own name, "at the Close Protection Unit", names that unit; it asks for no part.)
        var asksForAPart = asked || _units.WordsBesideNames(q.Analysed, units.Select(u => u.Unit).ToList()).Any(UnderstandingData.Shipped.PartWords.Contains)
            // "Where in JIS would that fit?", "où dans le stage NDS ?"
            || words.Select((w, i) => (w, i)).Any(x => x.w is "where" or "ou" && x.i + 1 < words.Length && words[x.i + 1] is "in" or "within" or "dans" or "au");
        // Of a person or a fit ("someone doing an MA in X - which part?"), or which part does some work ("which part of
        // ICTM speaks up for the staff's IT needs?"), or, right after two of its sections, which of the two ("laquelle des
        // deux pour quelqu'un qui veut analyser des menaces ?"); "which branch leads digital transformation?" is answered
        // by the sections' own search.
        // ("My son, 19, loves the cyber side of the JIS division: can he apply?" asks whether he may, not where he would go.)
        if (!asksForAPart || vacancy.Units.Count < 2 || (!q.Has(AnswerForms.Fit) && CanApply().IsMatch(q.Analysed.Normalised))
            || !(q.Has(AnswerForms.Fit | AnswerForms.Person) || ((q.Has(AnswerForms.Which) || lastSubject.Count > 0) && words.Any(w => w is "part" or "parts" or "partie" or "parties"))
                || (asked && q.Has(AnswerForms.Which) && q.Has(AnswerForms.Pair))))
        {
            return null;
        }

        // A section named is the answer itself ("which part of ICTM runs the NATO Library?").
        var named = units.Where(u => u.Vacancy == vacancy).Distinct().ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        var ownName = new[] { vacancy.ShortName, vacancy.Reference }.Select(TextNormaliser.Normalise).ToHashSet(StringComparer.Ordinal);
        bool Useful(string t) => !ownName.Contains(t) && !GenericQuestionTerms.Contains(t) && !UnitNouns.Contains(t) && !AskingForAPart.Contains(t);
        var own = q.Analysed.Subject.Where(Useful).ToList();
        var extra = q.Analysed.Added.Where(Useful).ToList();
        // A question that names no work of its own ("which part exactly?") asks about what the passages just answered.
        if (own.Count == 0 && extra.Count == 0)
        {
            own = lastSubject.Where(Useful).ToList();
        }

        var hits = _reader.Passages.Search(own, extra, p => p.Vacancy == vacancy && p.Topic is Topic.Units or Topic.Tasks or Topic.LearningOutcomes && p.Unit is not null, take: 10)
            .GroupBy(h => h.Passage.Unit).Select(g => g.First()).ToList();
        // One section clearly ahead: a field that fits two sections alike is left to the usual answer, which lists them.
        // "Which of the two...?" asks for a choice: ahead at all is enough.
        var margin = asked && q.Has(AnswerForms.Pair) ? 1.1 : 1.25;
        return hits is [var best, ..] && best.Coverage >= 0.3 && (hits.Count == 1 || best.Score >= hits[1].Score * margin)
            ? (vacancy, best.Passage.Unit!)
            : null;
    }

    /// <summary>"Why?", "pourquoi ?", "how come?" and nothing else.</summary>
    private static bool AsksWhy(QuestionReading q) => q.Analysed.Words is ["why"] or ["pourquoi"] or ["how", "come"];

    /// <summary>A term that only places a question: a vacancy's short name or reference, or a part of one ("team", "partie").</summary>
    private bool NamesOnlyAPlace(string term) =>
        GenericQuestionTerms.Contains(term) || PartStems.Contains(term) || _catalogue.All.Any(v => v.ShortName.Equals(term, StringComparison.OrdinalIgnoreCase) || v.Reference == term);

    private static readonly HashSet<string> PartStems = UnderstandingData.Shipped.PartWords.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Stems that ask for a part, or say that someone studies or would fit there, not what in ("I'm studying X: where
    // would it fit?").
    private static readonly HashSet<string> AskingForAPart = new(StringComparer.Ordinal) { "stud", "studi", "etud", "fit", "suit", "convien", "correspond", "part", "parti", "wher", "where" };

    /// <summary>"And the other one?", "et l'autre ?": one other, not all the others.</summary>
    private static bool TheOtherOne(string normalised)
    {
        var padded = " " + normalised + " ";
        return padded.Contains(" l autre ", StringComparison.Ordinal) || padded.Contains(" the other one ", StringComparison.Ordinal)
            || padded.EndsWith(" the other ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "The other four", "les quatre autres": as many others as the catalogue has vacancies but one (or but those just
    /// named: "the other three" after two).
    /// </summary>
    private bool CountsAllTheOthers(QuestionReading q, int? others = null)
    {
        var words = q.Analysed.Words;
        return words.Any(w => w is "other" or "others" or "autres")
            && words.Any(w => Import.TextPatterns.WholeNumber(w) == (others ?? _catalogue.All.Count - 1));
    }

    /// <summary>
    /// The vacancies "the other three" (after two of five) or "the other IMS one" (after one of the two at the IMS)
    /// means, when the question asks nothing else; empty otherwise.
    /// </summary>
    private List<Vacancy> TheOthersOfTheLastOnes(QuestionReading q, QuestionContext context, Vacancy? current)
    {
        var words = q.Analysed.Words;
        if (!words.Any(w => w is "other" or "others" or "autre" or "autres") || q.Analysed.OwnTerms > 3)
        {
            return [];
        }

        if (context.RecentVacancies.Count >= 2 && CountsAllTheOthers(q, _catalogue.All.Count - context.RecentVacancies.Count))
        {
            return _catalogue.All.Where(v => !context.RecentVacancies.Contains(v.Slug)).ToList();
        }

        return current is not null && _catalogue.All.Where(v => v.NatoBody is { } body && BodyNamed(body, q)).ToList() is { Count: >= 2 } atThatBody && atThatBody.Contains(current)
            ? atThatBody.Where(v => v != current).ToList()
            : [];
    }

    /// <summary>Whether the question names this NATO body, by its abbreviation ("IMS") or its whole name.</summary>
    private static bool BodyNamed(LocalizedText body, QuestionReading q)
    {
        var padded = " " + q.Analysed.Normalised + " ";
        return new[] { body.En, body.Fr }.OfType<string>().Any(name =>
            (BodyAbbreviation().Match(name) is { Success: true } m && q.Analysed.Words.Contains(m.Groups[1].Value.ToLowerInvariant()))
            || padded.Contains(" " + TextNormaliser.Normalise(BodyAbbreviation().Replace(name, "")).Trim() + " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s*\(([A-Z]{2,6})\)", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex BodyAbbreviation();

    private static string UnitKey((Vacancy Vacancy, OrganisationalUnit Unit) unit) =>
        $"{unit.Vacancy.Slug}:{unit.Vacancy.Units.ToList().IndexOf(unit.Unit)}";

    private (Vacancy Vacancy, OrganisationalUnit Unit)? UnitOf(string? key) =>
        key?.Split(':') is [var slug, var index] && _catalogue.Get(slug) is { } vacancy && int.TryParse(index, out var i) && i >= 0 && i < vacancy.Units.Count
            ? (vacancy, vacancy.Units[i])
            : null;

    private PassagesReply UnitReply(Language language, IReadOnlyList<(Vacancy Vacancy, OrganisationalUnit Unit)> units)
    {
        var passages = _reader.Passages.All
            .Where(p => units.Any(u => u.Unit == p.Unit) && p.Topic is Topic.Units or Topic.Tasks or Topic.LearningOutcomes)
            .OrderBy(p => units.ToList().FindIndex(u => u.Unit == p.Unit)).ThenBy(p => p.Topic switch { Topic.Units => 0, Topic.Tasks => 1, _ => 2 })
            .Take(6).ToList();

        // The vacancy's tasks that name the unit or one of its areas without belonging to it in the data ("support the
        // day-to-day running of the NATO Library"): what an intern would do there.
        foreach (var (vacancy, unit) in units)
        {
            var names = new[] { unit.Name.En, unit.Name.Fr, unit.Abbreviation }.Concat(unit.Areas.SelectMany(a => new[] { a.En, a.Fr }))
                .OfType<string>().Select(n => TextNormaliser.Words(TextNormaliser.Normalise(n)))
                // "Support digital information innovation projects" names the Digital Information Innovation Programme.
                .SelectMany(words => UnitMentions.Kindless(words) is { Length: >= 2 } kindless ? new[] { words, kindless } : [words])
                .Select(words => " " + string.Join(' ', words) + " ").Where(n => n.Length > 4).Distinct().ToList();
            passages.AddRange(_reader.Passages.All.Where(p => p.Vacancy == vacancy && p.Topic == Topic.Tasks && p.Unit is null && !passages.Contains(p)
                && names.Any(n => _reader.Passages.WordsOf(p).Contains(n, StringComparison.Ordinal))).Take(2));
        }

        return new PassagesReply(language, passages, PassageUse.Unit);
    }

    /// <summary>
    /// Passages that answer what no topic does: the question's own words (minus vacancy names, cue words and the
    /// words a topic explains) searched in the targets' texts. Null when no passage covers enough of the question.
    /// Strong: the best passage covers most of the question.
    /// </summary>
    private (PassagesReply Reply, bool Strong, int Terms, double Coverage)? Search(Language language, QuestionReading q, IReadOnlyList<Vacancy> mentioned, IReadOnlyList<Vacancy> targets, List<Topic>? topics, HashSet<string> explained, bool withoutExplained = false)
    {
        var nameTerms = mentioned.SelectMany(NameTerms).ToHashSet(StringComparer.Ordinal);
        bool Useful(string t) => !nameTerms.Contains(t) && !GenericQuestionTerms.Contains(t) && (topics is null && !withoutExplained || !explained.Contains(t));
        var own = q.Analysed.Subject.Where(Useful).ToList();
        var extra = q.Analysed.Added.Where(Useful).ToList();
        // "Which internship suits me? I'm into web development": when the topic explains every word of the question's
        // own, those words are still what the passages are searched for (the synonyms alone cannot weigh coverage).
        if (own.Count == 0 && extra.Count > 0)
        {
            own = q.Analysed.Subject.Where(t => !nameTerms.Contains(t) && !GenericQuestionTerms.Contains(t)).ToList();
        }

        if (own.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var fit = q.Has(AnswerForms.Fit);
        var hits = _reader.Passages.Search(own, extra, p => targets.Contains(p.Vacancy) && (topics is null || topics.Contains(p.Topic)), take: 30)
            .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score).ToList();
        var best = hits.Count > 0 ? hits[0] : null;
        if (best is null || best.Coverage < (fit ? 0.3 : 0.5))
        {
            return null;
        }

        // Keep what is close to the best. For "which suits me?", the best vacancies with their best few passages each.
        var many = fit || q.Has(AnswerForms.Mention | AnswerForms.Which | AnswerForms.Count);
        var chosen = fit
            ? hits.GroupBy(h => h.Passage.Vacancy).Where(g => g.First().Coverage >= best.Coverage * 0.75).Take(3)
                .SelectMany(g => g.Where(h => h.Coverage >= g.First().Coverage * 0.5).Take(3)
                    // "Which team?": the section closest to the person, named, where the work alone does not say where.
                    .Concat(g.Where(h => h.Passage.Topic == Topic.Units).Take(1)))
                .Select(h => h.Passage).Distinct(ReferenceEqualityComparer.Instance).Cast<CataloguePassage>().ToList()
            : many
                ? hits.GroupBy(h => h.Passage.Vacancy).Where(g => g.First().Coverage >= best.Coverage * 0.7)
                    .SelectMany(g => g.Where(h => h.Coverage >= best.Coverage * 0.7).Take(2)).Select(h => h.Passage).ToList()
                : hits.Where(h => h.Coverage >= best.Coverage * 0.9).Take(3).Select(h => h.Passage).ToList();
        // "Which of them talk about moving to the cloud?": a word of the best passage's that only a few passages use
        // is what is asked about; another vacancy's passage using it is a mention too, however little else it shares.
        if (many && !fit && targets.Count > 1)
        {
            var rare = best.Matched.Where(t => _reader.Passages.Using(t).Count is > 0 and <= RareInPassages).ToHashSet(StringComparer.Ordinal);
            chosen.AddRange(hits.Where(h => h.Matched.Any(rare.Contains) && !chosen.Any(c => c.Vacancy == h.Passage.Vacancy))
                .GroupBy(h => h.Passage.Vacancy).Select(g => g.First().Passage));
        }

        var use = fit ? PassageUse.Fit : many && targets.Count > 1 ? PassageUse.Mention : PassageUse.Answer;
        // Terms one synonym added count as the one word they were read from ("chez moi" is not two matches for telework).
        var terms = best.Matched.Select(t => q.Analysed.AddedFrom.TryGetValue(t, out var from) ? string.Join(' ', from) : t).Distinct().Count();
        return (new PassagesReply(language, chosen, use), best.Coverage >= 0.75, terms, best.Coverage);
    }

    /// <summary>The question read as if it also said what the last one was about.</summary>
    private static QuestionReading WithSubject(QuestionReading q, IReadOnlyList<string> subject)
    {
        var a = q.Analysed;
        var own = a.Terms.Take(a.OwnTerms).Concat(subject).ToArray();
        var analysed = new AnalysedText(a.Normalised, a.Words, [.. own, .. a.Added], own.Length, [.. a.Cue, .. subject.Select(_ => false)])
        {
            AddedFrom = a.AddedFrom,
            Joined = a.Joined,
        };
        return q with { Analysed = analysed };
    }

    // At most this many passages use a word for it to say what a question across the vacancies is about.
    private const int RareInPassages = 3;

    // Capitalised words in a row ("Private Office", "Military Committee", "Comité militaire"), joined by small words.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|de|du|des|la|le|l'|d'|et)?\s*\p{Lu}[\p{L}'’-]*)+", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex CapitalisedRun();

    // A word in capitals of three to six letters ("NOS", "DSI"), as written ("IS" may be a shouted "is").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{2,5}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex CapitalsWord();

    // Abbreviations every notice or every question uses: they name no passage's subject.
    private static readonly HashSet<string> CommonAbbreviations = new(StringComparer.Ordinal)
    {
        "NATO", "OTAN", "HQ", "AI", "IA", "IT", "ICT", "TIC", "CV", "EU", "UE", "US", "USA", "UK", "CET", "CEST", "PDF", "FAQ", "OK", "HR", "RH", "ID", "PHD", "MA", "MSC", "BA", "BSC", "MBA",
    };

    /// <summary>
    /// Abbreviations in the question (written in capitals) that are not a vacancy's or a unit's, with the targets'
    /// passages that use them, compared as written ("NOS" is the NATO Office of Security, "nos" is French for "our").
    /// </summary>
    private List<CataloguePassage> AbbreviatedInPassages(string text, IReadOnlyList<Vacancy> targets)
    {
        var passages = new List<CataloguePassage>();
        foreach (Match m in CapitalsWord().Matches(text))
        {
            var token = m.Value;
            if (CommonAbbreviations.Contains(token) || _mentions.In(token.ToLowerInvariant()).Count > 0 || _units.In(_reader.Analyser.Known(token)).Count > 0)
            {
                continue;
            }

            var pattern = WholeWord(token);
            passages.AddRange(_reader.Passages.All.Where(p => targets.Contains(p.Vacancy) && !passages.Contains(p) && (pattern.IsMatch(p.Text.En) || (p.Text.Fr is { } fr && pattern.IsMatch(fr)))));
        }

        return passages.Take(4).ToList();
    }

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "what", "who", "whos", "which", "when", "where", "how", "is", "are", "does", "do", "can", "could", "would", "tell", "and", "the", "hi", "hello",
        "quel", "quelle", "quels", "quelles", "qui", "que", "qu", "quest", "est", "et", "le", "la", "les", "l", "bonjour", "dis", "i", "im",
        "s", // the rest of "what's", "who's"
    };

    /// <summary>
    /// Proper names in the question (capitalised runs of two words or more, leading question words aside) that are
    /// not a vacancy's or a unit's name, with the targets' passages that contain them.
    /// </summary>
    // The names the notices write with capitals ("Private Office", "Military Committee"), as normalised words and as
    // the padded text a question is searched for.
    private readonly Lazy<List<(string[] Words, string Padded)>> _properNames;

    // The competencies the notices name ("Teamwork", "Pensée analytique"), as padded normalised phrases: a name as
    // written ("initiative"), not a word that shares its stem ("initiatives" are projects).
    private readonly List<string> _competencyNames;

    private const string CompetencyStem = "compet";

    /// <summary>
    /// The competencies whose descriptions hold what a question describes of a person ("reacts fast when problems pop
    /// up": Initiative), when one or two clearly do, in every notice that lists them.
    /// </summary>
    private List<CataloguePassage> DescribedCompetencies(QuestionReading q)
    {
        bool Useful(string t) => t != CompetencyStem && !GenericQuestionTerms.Contains(t);
        var own = q.Analysed.Subject.Where(Useful).ToList();
        if (own.Count < 2)
        {
            return [];
        }

        var hits = _reader.Passages.Search(own, q.Analysed.Added.Where(Useful).ToList(), p => p.Topic == Topic.Competencies, take: 60)
            .DistinctBy(h => h.Passage.Text.En).ToList();
        if (hits is not [var best, ..] || best.Coverage < 0.2)
        {
            return [];
        }

        var close = hits.Where(h => h.Score >= best.Score * 0.8).Select(h => h.Passage.Text.En).ToList();
        return close.Count <= 2
            ? _reader.Passages.All.Where(p => p.Topic == Topic.Competencies && close.Contains(p.Text.En)).OrderBy(p => close.IndexOf(p.Text.En)).ToList()
            : [];
    }

    private static List<string> CompetencyNames(VacancyCatalogue catalogue) => catalogue.All.SelectMany(v => v.Selection.Competencies)
        .SelectMany(c => new[] { c.Name.En, c.Name.Fr }).OfType<string>()
        .Select(name => " " + string.Join(' ', TextNormaliser.Words(TextNormaliser.Normalise(name))) + " ").Where(name => name.Trim().Length > 0)
        .Distinct(StringComparer.Ordinal).ToList();

    private List<(string[] Words, string Padded)> ProperNames() => _reader.Passages.All.SelectMany(p => new[] { p.Text.En, p.Text.Fr }).OfType<string>()
        .SelectMany(t => CapitalisedRun().Matches(t).Select(run => TextNormaliser.Words(TextNormaliser.Normalise(run.Value)).SkipWhile(QuestionOpeners.Contains).ToArray()))
        .Where(words => words.Length >= 2 && !words.All(w => w.Length <= 4))
        .Select(words => (words, " " + string.Join(' ', words) + " ")).DistinctBy(name => name.Item2).ToList();

    private (List<CataloguePassage> Passages, HashSet<string> Terms, int Count)? NamedInPassages(string text, IReadOnlyList<Vacancy> targets)
    {
        var passages = new List<CataloguePassage>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var runs = new List<string[]>();
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = TextNormaliser.Words(TextNormaliser.Normalise(run.Value)).SkipWhile(QuestionOpeners.Contains).ToList();
            // "the Secretary General's office": the name is the Secretary General, and the office after it is part of
            // what is asked about (its words explain the meaning they raise).
            if (words.Count > 2 && words[^1] == "s")
            {
                words.RemoveAt(words.Count - 1);
                var owned = TextNormaliser.Words(TextNormaliser.Normalise(text[(run.Index + run.Length)..])).FirstOrDefault(w => !QuestionOpeners.Contains(w) && w != "own");
                if (owned is not null)
                {
                    terms.UnionWith(_reader.Analyser.Known(owned, expand: false).Terms);
                }
            }

            runs.Add([.. words]);
        }

        // "What's the private office?": a name the notices write with capitals, asked in lower case.
        var asked = " " + string.Join(' ', TextNormaliser.Words(TextNormaliser.Normalise(text))) + " ";
        runs.AddRange(_properNames.Value.Where(name => asked.Contains(name.Padded, StringComparison.Ordinal) && !runs.Any(r => r.SequenceEqual(name.Words))).Select(name => name.Words));
        foreach (var words in runs)
        {
            // "NATO HQ", "KM IMS": abbreviations in a row name organisations the mentions already know, not a passage's subject.
            if (words.Length < 2 || words.All(w => w.Length <= 4))
            {
                continue;
            }

            var phrase = string.Join(' ', words);
            if (_mentions.In(phrase).Count > 0 || _units.In(_reader.Analyser.Known(phrase)).Count > 0)
            {
                continue;
            }

            var needle = " " + string.Join(' ', words) + " ";
            var found = _reader.Passages.All.Where(p => targets.Contains(p.Vacancy) && _reader.Passages.WordsOf(p).Contains(needle, StringComparison.Ordinal)).ToList();
            if (found.Count > 0)
            {
                passages.AddRange(found.Where(f => !passages.Contains(f)));
                terms.UnionWith(_reader.Analyser.Known(phrase, expand: false).Terms);
            }
        }

        return passages.Count == 0 ? null : (passages.Take(4).ToList(), terms, passages.Count);
    }

    /// <summary>
    /// The targets' passages where a number comes just before the thing the question counts (the first word after
    /// "how many" / "combien de" that is not a small word, compared by stem, at most four words after the number).
    /// </summary>
    private List<CataloguePassage> NumberOf(QuestionReading q, IReadOnlyList<Vacancy> targets)
    {
        var counted = q.Counted;
        if (counted is null || counted.Length < 3)
        {
            return [];
        }

        var stem = LightStemmer.Stem(counted);
        // What a synonym reads the counted word as counts too ("countries in NATO": its "member nations").
        var stems = q.Analysed.AddedFrom.Where(a => a.Value.Contains(stem)).Select(a => a.Key).Append(stem).ToHashSet(StringComparer.Ordinal);
        var found = new List<CataloguePassage>();
        // Only descriptive passages: a criterion's "12 months" is not what "how many months does it last?" counts.
        foreach (var passage in _reader.Passages.All.Where(p => targets.Contains(p.Vacancy) && SearchableTopics.Contains(p.Topic)))
        {
            var text = TextNormaliser.Words(_reader.Passages.WordsOf(passage));
            for (var i = 0; i < text.Length && !found.Contains(passage); i++)
            {
                if (text[i].All(char.IsAsciiDigit) && text.Skip(i + 1).Take(4).Any(w => stems.Contains(LightStemmer.Stem(w))))
                {
                    found.Add(passage);
                }
            }
        }

        return found.Take(4).ToList();
    }

    /// <summary>"How many vacancies...", "combien de postes...": a count of the vacancies themselves (a compound cue), not of something in them.</summary>
    private static bool CountsVacancies(QuestionReading q) =>
        q.Analysed.Joined.Any(w => (w.StartsWith("howmany", StringComparison.Ordinal) && w.Length > 7) || (w.StartsWith("combien", StringComparison.Ordinal) && w.Length > 7));

    /// <summary>
    /// A passage of the targets holding at least two of the question's words, more of its content words (not the asked
    /// vacancies' names, not generic question words) than the weak meaning explains, one of them a word the meaning does
    /// not explain, and at least half of the question's weight.
    /// </summary>
    private CataloguePassage? RicherPassage(QuestionReading q, ScoredMeaning weak, IReadOnlyList<Vacancy> mentioned, IReadOnlyList<Vacancy> targets)
    {
        var nameTerms = mentioned.SelectMany(NameTerms).ToHashSet(StringComparer.Ordinal);
        string Word(string t) => q.Analysed.AddedFrom.TryGetValue(t, out var from) ? string.Join(' ', from) : t;
        bool Content(string t) => !GenericQuestionTerms.Contains(t) && !nameTerms.Contains(t);
        var own = q.Analysed.Subject.ToHashSet(StringComparer.Ordinal);
        // The meanings' words count whatever they are: "study" and "work" are generic for a passage, not for a topic.
        var meaningWords = q.Meanings.Where(m => m.Meaning.Intent is null).SelectMany(m => m.Matched)
            .Where(t => !t.Contains('_') && own.Contains(t) && !nameTerms.Contains(t)).Select(Word).ToHashSet(StringComparer.Ordinal);
        var hit = BestPassage(q, mentioned, targets);
        if (hit is null || hit.Coverage < 0.4 || hit.Passage.Topic == weak.Meaning.Topic)
        {
            return null;
        }

        var words = hit.Matched.Select(Word).Distinct(StringComparer.Ordinal).ToList();
        var content = hit.Matched.Where(Content).Select(Word).Distinct(StringComparer.Ordinal).ToList();
        return words.Count >= 2 && content.Count > meaningWords.Count && content.Any(w => !meaningWords.Contains(w)) ? hit.Passage : null;
    }

    /// <summary>
    /// The vacancy's passages holding a word of the question that few passages anywhere use and that neither the
    /// guessed meaning matched nor its topic's own passages hold (so the topic's answer would not say it).
    /// </summary>
    private List<CataloguePassage> RareWordPassages(QuestionReading q, ScoredMeaning top, Topic guessed, Vacancy? vacancy)
    {
        // The vacancy's own names say which vacancy, not what about it; the units it is also known by ("NATO Library") do.
        // (No vacancy named: any vacancy whose notice uses the word, in a passage or two.)
        var unitTerms = (vacancy is null ? _catalogue.All : [vacancy]).SelectMany(v => v.Units).SelectMany(u => u.Areas.Prepend(u.Name))
            .SelectMany(n => _reader.Analyser.Known(n.En + " " + n.Fr).Terms).ToHashSet(StringComparer.Ordinal);
        var nameTerms = (vacancy is null ? _catalogue.All : [vacancy]).SelectMany(NameTerms).Where(t => !unitTerms.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var found = new List<CataloguePassage>();
        foreach (var term in q.Analysed.Subject.Distinct(StringComparer.Ordinal))
        {
            if (GenericQuestionTerms.Contains(term) || nameTerms.Contains(term) || top.Matched.Contains(term) || term.Length < 3)
            {
                continue;
            }

            var everywhere = _reader.Passages.Using(term);
            var here = everywhere.Where(p => vacancy is null || p.Vacancy == vacancy).ToList();
            // (Across the vacancies, a word used in one vacancy's notice only: "library", not "design".)
            if (here.Count is 0 or > 2 || everywhere.Count > 4 || here.Any(p => p.Topic == guessed) || (vacancy is null && here.Select(p => p.Vacancy).Distinct().Count() > 1))
            {
                continue;
            }

            found.AddRange(here.Where(p => p.Topic == Topic.Tasks && !found.Contains(p)));
        }

        return found.Take(3).ToList();
    }

    /// <summary>The passage of the targets closest to all the question's own words (names of the vacancies asked about aside).</summary>
    private PassageHit? BestPassage(QuestionReading q, IReadOnlyList<Vacancy> mentioned, IReadOnlyList<Vacancy> targets)
    {
        var nameTerms = mentioned.SelectMany(NameTerms).ToHashSet(StringComparer.Ordinal);
        bool Useful(string t) => !nameTerms.Contains(t) && !GenericQuestionTerms.Contains(t);
        return _reader.Passages.Search(q.Analysed.Subject.Where(Useful).ToList(), q.Analysed.Added.Where(Useful).ToList(), p => targets.Contains(p.Vacancy), take: 10)
            .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score).FirstOrDefault();
    }

    // Stems of words that point back to what was just said ("the same", "that rule", "pareil", "la même règle").
    private static readonly Regex AsksWhetherItSays = new(@"\b(?:state|states|say|says|mention|mentions|give|gives|list|lists|specify|specifies|indicate|indicates|have|has)\s+(?:one|it|that|this|anything|any|so|them|one too|the same)\b|\b(?:en|le|la|l|les)\s+(?:precise|indique|mentionne|donne|dit)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeout);


    // Whether a unit's name, in either language, holds a question's term ("protect" in "Close Protection Unit"), read
    // as the rare-word search reads units' names.
    private bool UnitNameHolds((Vacancy Vacancy, OrganisationalUnit Unit) unit, string term) =>
        _reader.Analyser.Known(unit.Unit.Name.En + " " + unit.Unit.Name.Fr).Terms.Contains(term);


    private static readonly HashSet<string> TimeWords = new([.. QuestionReader.CalendarUnits, "ago"], StringComparer.Ordinal);

    // Words naming a day relative to today, as stems.
    private static readonly HashSet<string> DayWords = new[] { "today", "tomorrow", "tonight", "yesterday", "aujourd", "demain", "hier", "soir" }.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Units of time and "temps" ("c'est dans combien de temps ?"), stemmed: how soon, asked in those words, is no topic.
    private static readonly HashSet<string> HowSoonWords = new([.. QuestionReader.TimeUnits, "temp"], StringComparer.Ordinal);

    // Words that only qualify an age ("she's only 20", "il a tout juste 21 ans"), as stems: they ask about no topic.
    private static readonly HashSet<string> AgeQualifiers = new[] { "only", "just", "already", "exactly", "barely", "seulement", "juste", "deja", "tout" }.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Words asking whether one may ("am I allowed to apply?", "ai-je le droit de postuler ?"), stemmed.
    // ("ai" of "ai-je le droit".)
    private static readonly HashSet<string> MayWords = new[] { "allowed", "allow", "permitted", "entitled", "droit", "autorise", "peux", "can", "ai" }.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Words of a deadline closing ("closed", "se terminent", "ont fermé"), stemmed.
    private static readonly HashSet<string> ClosingWords = new(StringComparer.Ordinal) { "clo", "closed", "closing", "deadlin", "termin", "ferm", "clotur" };

    // "Can he still apply?", "could my son apply?", "peut-il encore postuler ?", "puis-je candidater ?".
    // Source-generated: a pattern built and compiled at run time on its first match could overrun a 100 ms timeout on
    // a busy machine.
    [GeneratedRegex(@"\b(?:(?:can|could|may)\s+(?:i|he|she|they|we|someone|somebody|(?:my|our|his|her)\s+[a-z]+)\s+(?:still\s+|even\s+|also\s+|actually\s+|already\s+)?(?:apply|go for (?:it|the|this|that|a|an)|be considered|do (?:the |this |that |an |a )?(?:[a-z]+ ){0,2}(?:internship|traineeship))|(?:peut|peux|puis|pourrait|pourrais|pourra|pourrai)\s+(?:il\s+|elle\s+|je\s+|on\s+)?(?:encore\s+|quand meme\s+|toujours\s+|aussi\s+|deja\s+)?(?:postuler|candidater|tenter|faire (?:le|ce|un|l) stage)|(?:ai je|j ai|a t il|a t elle|as tu|avez vous) (?:bien |aussi |encore |quand meme )?le droit de (?:postuler|candidater|faire)|(?:does|would|will) (?:that|this|it) (?:still |also )?work for|ca marche pour|c est bon pour|ca passe pour|(?:m|t|lui|leur|nous|vous) est (?:il |elle )?(?:ouvert|ouverte|accessible)|(?:is|are) (?:it|this|that|they|those) open to (?:me|her|him|them|us)|ca passe quand meme|ca passe ou pas|ca passe$|dans les clous|ca peut passer pour|(?:am i|is (?:he|she)|are (?:they|we)) (?:still |even |also )?(?:ok|okay|fine|eligible)(?: for|$)|(?:is|would) (?:that|this|it) (?:be )?ok for|any chance (?:at|for|with))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex CanApply();

    // "How long before it closes?", "combien de temps avant que les offres de juin ferment ?".
    [GeneratedRegex(@"\b(?:how long|how much time|combien de temps|dans combien de temps)\s+(?:before|until|till|avant qu|avant que|jusqu a ce qu|jusqu a ce que)\b(?:\s+\S+){0,6}?\s+(?:close|closes|closing|shut|shuts|ferme|ferment|fermer|fermeture|cloture|clot)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex UntilItCloses();

    // "Am I out of the running?", "je suis hors course ?": whether one may still apply, said as a race ("in the running" is
    // a synonym of "eligible" in understanding.json).
    [GeneratedRegex(@"\b(?:hors (?:course|jeu|concours)|out of the running|ruled out)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex OutOfTheRunning();

    [GeneratedRegex(@"^(?:correction|sorry|oops|my bad|actually|i meant|wait|rectification|pardon|oups|erreur|en fait|je me suis trompee?|non en fait)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex PutsRight();

    [GeneratedRegex(@"^(?:(?:and|et|now|ok|okay|so|alors|maintenant|same|pareil)\s+)?(?:(?:(?:can|could) you )?(?:say|repeat|give|write|put) (?:that|it|this|(?:that|the|your|this)(?: last| previous)? (?:answer|reply|message)|the (?:[a-z]+ ){0,2}(?:requirements?|rules?|criteria|info|information|dates?))(?: again)?\s+|(?:(?:peux|pourrais) tu|(?:pouvez|pourriez) vous|tu peux|vous pouvez) (?:le |me le |nous le )?(?:dire|redire|repeter|ecrire|donner|traduire)(?: ta reponse| votre reponse| la reponse)?\s+)?(?:in|en) (french|francais|english|anglais)(?:\s+(?:please|pls|plz|svp|stp|s il te plait|s il vous plait))?$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex SayItIn();

    [GeneratedRegex(@"\b(?:c est un plus|est ce un plus|un plus|un atout|un avantage|an asset|a plus|an advantage|a bonus|in my favou?r|en ma faveur)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex AnAsset();

    // "Required or only an advantage?", "exigé ou juste un plus ?": the two kinds of criteria set against each other.
    [GeneratedRegex(@"\b(?:required|mandatory|compulsory|necessary|needed|essential|a must|obligatory)\s+or\s+(?:is it |does it |would it |will it )?(?:just |only |merely |simply |more )?(?:an? (?:advantage|asset|plus|bonus|nice to have)|helpful|help|helps|nice to have|desirable|optional|preferred|a nice-to-have)\b|\b(?:exige|exigee|obligatoire|requis|requise|necessaire|indispensable)\s+ou\s+(?:est ce que |c est |est ce )?(?:juste |seulement |simplement |plutot )?(?:ca aide|ca m aide|ca aide juste|un plus|un atout|un avantage|un bonus|souhaitable|apprecie|facultatif|optionnel|conseille)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex RequiredOrAsset();

    // A word in capitals in quotes ('IS', "DSP", « NOS », ‘IS’): the word itself is what is asked about.
    [GeneratedRegex(@"['""‘’“”«]\s*(\p{Lu}[\p{Lu}\p{N}]{1,5})\s*['""‘’“”»]", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex QuotedWord();

    // Asking for a year or a horizon ("what year", "which year", "quelle année", "à quel horizon", "looks ahead to").
    [GeneratedRegex(@"\b(?:what|which) year\b|\bquelle annee\b|\bhorizon\b|\blooks? ahead to\b|\blooking ahead to\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex AsksForAYear();

    // Whether one is in time ("am I still in time?", "suis-je dans les temps ?").
    [GeneratedRegex(@"\b(?:in time|dans les temps)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex InTime();

    // A year written out in a text ("2030").
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex AYear();

    // A clause that asks who ("— who will answer?", ", qui va intervenir ?"), at the start of the message or of a clause.
    [GeneratedRegex(@"(?:^|[,;:—–]\s*|\s-\s*|[.?!]\s+)(?:who|whom|qui)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex AsksWho();

    // A field of study named ("my degree is in history", "a music degree", "diplôme en histoire", "études de droit").
    [GeneratedRegex(@"\b(?:degree|diploma|studies|major|background|bachelor s?|master s?|phd|diplome|licence|master|etudes|formation|cursus|doctorat)\s+(?:is\s+|was\s+|est\s+)?(?:in|en|de|d)\s+(?!the\b|a\b|la\b|le\b|l\b|un\b|une\b|\d)[a-z]{3,}|\b(?!a\b|my\b|the\b|her\b|his\b|their\b|your\b|university\b|bachelor\b|master\b)[a-z]{3,}\s+(?:degree|major|diploma)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex FieldOfStudy();

    // One's work experience or a skill one lacks ("I spent two years at the OECD", "nul sur SharePoint", "bad at Excel").
    [GeneratedRegex(@"\b(?:(?:i|he|she|they) (?:worked|interned|spent (?:\w+ ){1,2}(?:working|at|with|in))|work experience|years? (?:of )?experience|j ai (?:travaille|bosse|fait un stage)|(?:il|elle) a (?:travaille|bosse)|experience (?:professionnelle|pro)|(?:nul|nulle|mauvais|mauvaise|faible|pas (?:tres )?(?:bon|bonne|doue|douee)) (?:en|sur|avec)|(?:bad|weak|not (?:very )?good|terrible|hopeless|rubbish|useless) (?:at|with|in))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex ExperienceOrWeakSkill();

    // Asking whether it counts or is fine anyway ("does that count for anything?", "ça passe quand même ?").
    [GeneratedRegex(@"\b(?:count|counts|matter|matters|help|helps|useful|worth anything|a problem|an issue|still ok|still okay|ok anyway|fine anyway|still fine|compte|ca passe|ca compte|ca aide|ca sert|grave|un probleme|quand meme|valorise|un plus|un atout)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex WhetherItCounts();

    // Asking whether something matters or fits ("is that a problem?", "totally unrelated", "ça pose problème ?").
    [GeneratedRegex(@"\b(?:problem|issue|matter|matters|unrelated|not related|related|relevant|irrelevant|problems|probleme|problematique|genant|bloquant|ca bloque|rien a voir|pas en rapport|aucun rapport|autre domaine|other field|different field)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex WhetherItMatters();

    // "How many hours from now?", "in how many days?", "dans combien d'heures ?", "c'est dans combien de temps ?"; and
    // the time itself asked again, alone: "how many minutes exactly?", "et combien de temps exactement ?".
    [GeneratedRegex(@"^(?:and |so |ok |et |donc )?(?:how many (?:hours|minutes|days|weeks)|how (?:long|much time)|combien (?:d heures|de minutes|de jours|de semaines|de temps))(?: exactly| precisely| left| remaining| exactement| precisement| reste t il| il reste)?$|\bhow many (?:hours|minutes|days|weeks) (?:from now|away|to go|until it starts|before it starts)\b|\bin how many (?:hours|minutes|days|weeks)\b|\bhow (?:long|soon) (?:until|till|before) (?:it|that|the session|the webinar|it starts|it begins)\b|\bdans combien (?:d heures|de minutes|de jours|de semaines|de temps)\b|\bc est dans combien\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex HowSoon();

    [GeneratedRegex(@"\b(?:can|could|may|allowed to|peut|peuvent|puis|peux|pourrait|a le droit de)\b(?:\s+\S+){0,4}?\s+(?:apply|postuler|candidater)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex MayApply();

    /// <summary>
    /// The one question of a message of several sentences ("…, 22. What do I attach?", "Which language for my cover
    /// letter? I'm Spanish", "Greek law student — how do I show I'm still studying?").
    /// </summary>
    private static string? AskedSentence(string text)
    {
        var sentences = SentenceEnd().Split(text.Trim()).Where(s => s.Any(char.IsLetter)).Select(s => s.Trim()).ToList();
        return sentences.Count >= 2 && sentences.Count(s => s.EndsWith('?')) == 1 ? sentences.Single(s => s.EndsWith('?')) : null;
    }

    // After a full stop, or a dash between words ("22 y/o Greek law student — how do I show I'm still studying?").
    [GeneratedRegex(@"(?<=[.!?;])\s+|\s+[—–-]\s+", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:and |what about |how about |et |and if (?:she|he) (?:was|were|is) |et si (?:il|elle) (?:etait|est) |if (?:she|he) (?:was|were|is) )?(?:(?:for|to|pour|aux|les|des|the|a|an|un|une|pour les|for the) )?([a-z]{4,})$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex BareCountry();

    // Stems naming the work itself ("in their work", "dans le travail des équipes").
    private static readonly HashSet<string> WorkWords = new(StringComparer.Ordinal) { "work", "travail", "task", "job", "duti" };

    // A message of these (and of asking words), right after a count, asks for the things counted ("name them", "cite-les",
    // "lesquels ?", "which are they?").
    private static readonly HashSet<string> NamingThem = new(StringComparer.Ordinal)
    {
        "name", "list", "give", "tell", "me", "them", "those", "these", "ones", "they", "please",
        "cite", "nomme", "donne", "liste", "les", "lesquels", "lesquelles", "ils", "elles",
    };

    private static readonly HashSet<string> AskingWhich = new(StringComparer.Ordinal) { "what", "which", "are", "quels", "quelles", "sont", "ce", "c", "est" };

    // Words that point back at what was just said ("prove it", "who sees that?", "ils vérifient ?").
    // Stems of checking and judging ("who checks", "qui vérifie", "who assesses", "qui évalue"), for who assesses eligibility.
    private static readonly HashSet<string> AssessingWords = new(StringComparer.Ordinal) { "check", "verifi", "assess", "decid", "evalu", "examin", "review", "judg", "jug", "control", "valid" };

    private static readonly HashSet<string> PointingWords = new(StringComparer.Ordinal) { "it", "that", "this", "they", "them", "ca", "cela", "ils", "elles" };

    // "It", "that", "ça", "il", "elle": the question points at what was just answered.
    private static bool PointsAtIt(QuestionReading q) => q.Analysed.Words.Any(w => PointingWords.Contains(w) || w is "il" or "elle");

    // Words naming the intern or the asker (a team's work asked without them is the team's description).
    private static readonly HashSet<string> InternWords = new(StringComparer.Ordinal) { "intern", "interns", "trainee", "stagiaire", "stagiaires", "i", "je", "me", "moi", "my", "mon", "ma" };

    // Words of choosing vacancies and whether that works ("pick", "together", "possible", "ça passe"), stemmed.
    private static readonly HashSet<string> ChoosingWords = new[] { "pick", "choose", "select", "together", "possible", "happens", "matter", "passe", "pas", "ensemble", "choisir" }
        .Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Words of something starting ("starts", "begin", "commence", "débute"), stemmed.
    private static readonly HashSet<string> StartingWords = new[] { "start", "starts", "starting", "begin", "begins", "commence", "commencer", "debute", "demarre" }
        .Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // Stems asking what something is for ("à quoi ça sert", "what is it for").
    private static readonly HashSet<string> PurposeWords = new(StringComparer.Ordinal) { "sert", "serv", "servir", "purpos", "point", "for", "but" };

    // "Il s'occupe de quoi ?", "who does it report to?": what points at the subject of the passages just given.
    private static readonly HashSet<string> PointsAtAThing = new(PointingWords.Concat(["il", "elle", "its", "son", "sa", "ses"]), StringComparer.Ordinal);

    private static readonly HashSet<string> PointsBack = new(StringComparer.Ordinal) { "sam", "rul", "regl", "mem", "pareil", "ident", "other", "autr", "one", "on", "too", "celui", "cel", "oddoneout", "oddmanout", "intru", "intrus", "exception", "laquell", "lequel", "lesquel", "lesquell" };

    // "Does that rule apply to JIS as well?", "la règle vaut-elle aussi pour l'ICTM ?", "is it any different for KM?":
    // asking whether the same holds elsewhere, these verbs name no topic.
    private static readonly HashSet<string> SameVerbs = new(StringComparer.Ordinal) { "applic", "appli", "hold", "vaut", "valabl", "appliqu", "concern", "differ", "different", "cover", "couvr" };

    private static readonly HashSet<string> UnitNouns = QuestionReader.UnitNouns.Select(LightStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    // A unit's nouns and the wider words for a part of the organisation (a division, an office, a "pôle", a "cellule").
    private static readonly HashSet<string> UnitWords = [.. UnitNouns, "divi", "offic", "pole", "cellul"];

    private static readonly HashSet<string> GenericQuestionTerms = new(StringComparer.Ordinal)
    {
        // How a question about mentions is put ("which ones touch X? list pls"), not what it is about.
        "touch", "topic", "list", "involv",
        // "Compare that with KM": how the question is put.
        "compar",
        // "the ICT management people": who, not what.
        "peopl", "folk",
        "how", "when", "where", "why", "notic", "internship", "stand", "mean", "meaning", "abbreviat", "acronym", "short", "signifi", "veut", "sigl", "acronym",
        "study", "studi", "stud", "etud", "etudi", "student", "etudiant", "degre", "major", "field", "domain", "background", "profil", "work", "job",
        "vacanc", "posit", "post", "stag", "offr", "do", "doe", "traineeship", "intern", "stagiair", "expect", "occup",
        // "Do all of them ask for the same documents?", "les pièces demandées": how a requirement is put, not what it is.
        "ask", "demand",
    };

    // Analysing every name of a vacancy is costly and they never change: once per vacancy.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Vacancy, string[]> _nameTerms = new(ReferenceEqualityComparer.Instance);

    // "Which internship is that in?", "c'est dans quel stage ?", "from which notice?": which vacancy, no more.
    [GeneratedRegex(@"\b(?:(?:dans|de|pour|a|releve de|fait partie de) (?:quel|quelle) (?:stage|offre|annonce|avis|poste)|(?:quel|quelle) (?:stage|offre|annonce|avis|poste) (?:c est|est ce|ca)\b|(?:which|what) (?:internship|vacancy|notice|posting|post|position) (?:is (?:that|it|this) (?:in|from|under|part of)|are (?:they|both|these|those|the two|they both) (?:both )?(?:in|from|under|part of)|(?:does|do) (?:that|it|this|they) (?:belong|come|fall)|s that)|(?:in|from|under) (?:which|what) (?:internship|vacancy|notice|posting))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex WhichVacancyIsIt();

    /// <summary>The vacancies asked for: one vacancy's card, or the list of several.</summary>
    private static Reply TheVacancies(Language language, IReadOnlyList<Vacancy> vacancies) =>
        vacancies.Count == 1 ? new VacancyDetailReply(language, vacancies[0]) : new VacancyListReply(language, vacancies);

    /// <summary>The question is the vacancies' names and words asking to be told about them, nothing else.</summary>
    private bool AsksOnlyForTheVacancies(QuestionReading q, IReadOnlyList<Vacancy> mentioned) =>
        Residue(q, mentioned).Count == 0 && q.Analysed.Words.All(w => !AboutWhatItIs.Contains(w));

    private IEnumerable<string> NameTerms(Vacancy v) =>
        _nameTerms.GetOrAdd(v, vacancy => VacancyNames.Exact(vacancy).SelectMany(n => _reader.Analyser.Known(n.Name).Terms).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>Words left once the vacancies' names, stopwords and "tell me about" words are gone.</summary>
    private List<string> Residue(QuestionReading q, IReadOnlyList<Vacancy> vacancies)
    {
        // A unit's area ("the NATO Library", also an alias that finds the vacancy) names the vacancy ("the archives and
        // library internship") unless the vacancy is named as well: "the ICTM internship in the library" asks about it.
        bool NamedByShortName(Vacancy v) => q.Analysed.Words.Contains(TextNormaliser.Normalise(v.ShortName));
        bool IsArea(Vacancy v, string name) => v.Units.SelectMany(u => u.Areas).Any(a => string.Equals(a.En, name, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Fr, name, StringComparison.OrdinalIgnoreCase));
        var names = vacancies.SelectMany(v => VacancyNames.Exact(v).Select(n => n.Name)
                .Where(n => !(NamedByShortName(v) && IsArea(v, n)))
                .Concat(new[] { v.Division?.En, v.Division?.Fr }.OfType<string>())
                .Concat(v.Units.SelectMany(u => new[] { u.Name.En, u.Name.Fr, u.Abbreviation }).OfType<string>()))
            .SelectMany(n => TextNormaliser.Words(TextNormaliser.Normalise(n)))
            .ToHashSet(StringComparer.Ordinal);
        return q.Analysed.Words.Where(w => w.Length > 1 && !_reader.Analyser.IsStopword(w) && !names.Contains(w) && !AboutWords.Contains(w) && !w.All(char.IsDigit)).ToList();
    }

    // "What is the NDS?", "what does OCIO stand for?": about the organisation the name stands for, which its passages say.
    private static readonly HashSet<string> AboutWhatItIs = new(StringComparer.Ordinal)
    {
        "what", "whats", "who", "does", "do", "stand", "mean", "means", "quoi", "que", "qu", "quest", "signifie", "veut", "fait", "font",
    };

    private static readonly HashSet<string> AboutWords = new(
    [
        .. VacancyNames.InternshipWords,
        "about", "more", "details", "overview", "summary", "describe", "description", "presentation", "resume", "apercu", "show", "give", "explain",
        "infos", "information", "informations", "look", "see", "open", "same", "question", "what", "how", "meme", "pareil", "chose", "presente", "presentez", "decris", "explique",
        "position", "positions", "post", "job", "role", "notice", "traineeship",
        "avis", "parle", "parlez", "raconte", "racontez", "dis", "do", "does",
        "instead", "went", "go", "goes", "going", "plutot", "lieu",
    ], StringComparer.Ordinal);
}
