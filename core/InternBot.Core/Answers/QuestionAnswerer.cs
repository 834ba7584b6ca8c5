using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Answers;

/// <summary>
/// Answers questions about the vacancies from the catalogue alone: no external service, no generative model. It
/// recognises the vacancy (named, or the one being discussed) and the topic, answers with the fact and where it
/// comes from, asks which vacancy when the answer differs between them, says plainly when the notices do not say,
/// and answers simple eligibility questions with the shared eligibility engine.
/// </summary>
public sealed class QuestionAnswerer
{
    private static readonly Topic[] NotInAnyNotice = [Topic.Housing, Topic.Visa, Topic.Insurance, Topic.Leave, Topic.Contract, Topic.Selection];
    private static readonly Topic[] IncidentalTopics = [Topic.Location, Topic.Units, Topic.Languages, Topic.Hours];
    private static readonly Topic[] NameCollisions = [Topic.Clearance, Topic.GenerativeAi, Topic.InfoSession, Topic.StaffCentre, Topic.Telework];

    // A question about the first is not also about the second ("change my application after the deadline").
    private static readonly Dictionary<Topic, Topic[]> Subsumes = new()
    {
        [Topic.UpdatesAfterDeadline] = [Topic.Deadline],
        [Topic.ReasonableAccommodation] = [Topic.Housing],
        [Topic.InfoSession] = [Topic.Start, Topic.Deadline],
        [Topic.ApplicationLimit] = [Topic.EssentialCriteria],
        [Topic.DesirableCriteria] = [Topic.EssentialCriteria],
    };

    private readonly VacancyCatalogue _catalogue;
    private readonly EligibilityEngine _engine;
    private readonly TimeProvider _time;
    private readonly VacancyMentions _mentions;

    public QuestionAnswerer(VacancyCatalogue catalogue, EligibilityEngine engine, TimeProvider time)
    {
        _catalogue = catalogue;
        _engine = engine;
        _time = time;
        _mentions = new VacancyMentions(catalogue);
    }

    public AnswerOutcome Answer(string text, string? locale, QuestionContext context)
    {
        var norm = Lexicon.Normalise(text);
        var language = context.PreferredLanguage ?? LanguageDetector.Detect(text, locale);
        var intent = Lexicon.Intents.FirstOrDefault(i => i.Pattern.IsMatch(norm)).Intent;
        switch (intent)
        {
            case Intent.SwitchToFrench:
                return new AnswerOutcome(new LanguageSwitchedReply(Language.French), Language.French, context.CurrentVacancy, false);
            case Intent.SwitchToEnglish:
                return new AnswerOutcome(new LanguageSwitchedReply(Language.English), Language.English, context.CurrentVacancy, false);
        }

        if (norm.Length == 0 || intent is Intent.Greeting or Intent.Help)
        {
            return Done(new HelpReply(language, intent == Intent.Greeting), context.CurrentVacancy);
        }

        var topicMatches = Lexicon.Topics.Select(t => (t.Topic, Match: t.Pattern.Match(norm))).Where(t => t.Match.Success).ToList();

        // Overlapping phrases: the longer one says what the question is about ("change my application after the
        // deadline" is about updates, not about the deadline).
        topicMatches = topicMatches.Where(a => !topicMatches.Any(b => b.Match.Length > a.Match.Length &&
            b.Match.Index < a.Match.Index + a.Match.Length && a.Match.Index < b.Match.Index + b.Match.Length)).ToList();
        topicMatches = topicMatches.Where(a => !topicMatches.Any(b => Subsumes.TryGetValue(b.Topic, out var covered) && covered.Contains(a.Topic))).ToList();
        var mentioned = _mentions.In(Blank(norm, topicMatches.Where(t => NameCollisions.Contains(t.Topic)).Select(t => t.Match)));
        var current = context.CurrentVacancy is null ? null : _catalogue.Get(context.CurrentVacancy);
        var focus = mentioned.Count > 0 ? mentioned[0] : current;

        switch (intent)
        {
            case Intent.StaffCounts:
                return Done(new StaffCountsReply(language), focus?.Slug);
            case Intent.Onboarding:
                return Done(new OnboardingReply(language), focus?.Slug);
        }

        var personal = PersonalFacts.From(norm);
        if (personal.Any)
        {
            var targets = mentioned.Count > 0 ? mentioned : current is not null ? [current] : _catalogue.All;
            return Done(QuickEligibility(language, personal, targets), focus?.Slug);
        }

        var topics = topicMatches.Select(t => t.Topic).ToList();
        if (topics.Count == 0 && FuzzyTopic(norm) is { } misspelt)
        {
            topics.Add(misspelt);
        }

        // "KM" right after "which vacancy do you mean?": answer the question that was pending.
        if (topics.Count == 0 && mentioned.Count > 0 && context.PendingTopic is { } pending && Residue(norm, mentioned).Count == 0)
        {
            topics.Add(pending);
        }

        // "Can I apply?" asks for the check; "Can I apply to several vacancies?" asks about a rule.
        if (intent == Intent.EligibilityCheck && topics.All(t => t is Topic.EssentialCriteria || IncidentalTopics.Contains(t)))
        {
            return Done(new EligibilityFormReply(language, focus), focus?.Slug);
        }

        if (topics.Count > 1)
        {
            // Words such as "where", "team" or "English" appear in many questions; they only decide when nothing else does.
            topics = topics.Where(t => !IncidentalTopics.Contains(t)).DefaultIfEmpty(topics[0]).Take(3).ToList();
        }

        if (topics.Count > 0)
        {
            var targets = mentioned.Count > 0 ? mentioned : current is not null ? [current] : _catalogue.All;
            var all = mentioned.Count == 0 && current is null;
            var groups = new List<FactGroup>();
            foreach (var topic in topics)
            {
                var facts = targets.Select(v => FactWriter.For(v, topic)).ToList();
                var same = facts.Select(f => f.CompareKey).Distinct().Count() == 1;
                if (all && !same && !NotInAnyNotice.Contains(topic))
                {
                    return Done(new ChooseVacancyReply(language, topic, targets, text), null);
                }

                groups.Add(new FactGroup(topic, all && same ? [facts[0]] : facts, all && same));
            }

            var unanswered = groups.All(g => g.Facts.All(f => !f.Stated));
            return Done(new FactsReply(language, groups), focus?.Slug, unanswered);
        }

        if (mentioned.Count > 0)
        {
            // "Tell me about KM" is a request for the vacancy; "KM dress code?" asks something the notices do not cover.
            var residue = Residue(norm, mentioned);
            if (residue.Count > 0 && LooksLikeAQuestion(text, norm))
            {
                return Done(new NotUnderstoodReply(language, text, mentioned[0]), mentioned[0].Slug, unanswered: true);
            }

            return mentioned.Count == 1
                ? Done(new VacancyDetailReply(language, mentioned[0]), mentioned[0].Slug)
                : Done(new VacancyListReply(language, mentioned), null);
        }

        if (intent == Intent.VacancyList)
        {
            return Done(new VacancyListReply(language, _catalogue.All), context.CurrentVacancy);
        }

        return Done(new NotUnderstoodReply(language, text, current), context.CurrentVacancy, unanswered: true);
    }

    private static AnswerOutcome Done(Reply reply, string? focus, bool unanswered = false) => new(reply, reply.Language, focus, unanswered);

    private QuickEligibilityReply QuickEligibility(Language language, PersonalFacts facts, IReadOnlyList<Vacancy> targets)
    {
        var now = _time.GetUtcNow();
        var groups = new List<(string Key, QuickEligibilityGroup Group)>();
        foreach (var vacancy in targets)
        {
            var today = DateOnly.FromDateTime(ZonedDateTime.LocalIn(vacancy.Deadline.LastMinute.Zone, now));
            var graduated = facts.MonthsSinceGraduation is { } m ? today.AddMonths(-m) : (DateOnly?)null;
            var profile = new CandidateProfile
            {
                Nationalities = facts.Nationalities.Count > 0 ? facts.Nationalities : null,
                DateOfBirth = facts.Age is { } age ? today.AddYears(-age) : null,
                Education = facts.Student == true ? new EducationFacts { EnrolledStudent = true }
                    : graduated is { } date ? new EducationFacts { EnrolledStudent = false, EquivalentEducation = false, YearsCompleted = 0, Degree = new Degree(DegreeLevel.ShortCycle, date) }
                    : null,
                Languages = facts.Languages.Count > 0 ? facts.Languages : null,
                SubmittedAt = now,
            };
            var decision = _engine.Evaluate(profile, vacancy);
            var wanted = new List<string> { "deadline" };
            if (profile.Nationalities is not null)
            {
                wanted.Add("nationality");
            }

            if (profile.DateOfBirth is not null)
            {
                wanted.Add("age");
            }

            if (profile.Education is not null)
            {
                wanted.Add("education");
            }

            if (profile.Languages is not null)
            {
                wanted.Add("language");
            }

            var results = decision.Criteria.Where(c => wanted.Contains(c.Criterion)).ToList();
            var notes = new List<LocalizedText>();
            if (graduated is { } g && results.FirstOrDefault(r => r.Criterion == "education") is { Outcome: Outcome.Failed })
            {
                // A graduate may still qualify through the years of study their degree stands for: ask the engine.
                var asBachelor = _engine.Evaluate(profile with { Education = profile.Education! with { Degree = new Degree(DegreeLevel.Bachelor, g) } }, vacancy);
                var education = asBachelor.Criteria.Single(c => c.Criterion == "education");
                notes.Add(Say(l => Pick(l, $"If your degree is a bachelor's or higher: {education.Reason.In(l)}", $"Si votre diplôme est une licence (bachelor) ou plus : {education.Reason.In(l)}")));
            }

            var assumptions = new List<LocalizedText>();
            if (graduated is not null)
            {
                assumptions.Add(Say("Assumed for this answer: you are not studying now and have no other university studies or equivalent education (the full check asks).",
                    "Hypothèse pour cette réponse : vous n'étudiez pas actuellement et n'avez pas d'autres études universitaires ni de formation équivalente (la vérification complète le demande)."));
            }

            if (facts.Age is { } a)
            {
                assumptions.Add(Say(l => Pick(l, $"Age taken as {a} today.", $"Âge pris comme {a} ans aujourd'hui.")));
            }

            var key = string.Join("|", results.Select(r => r.Outcome + r.Reason.En)) + string.Join("|", notes.Select(n => n.En));
            var existing = groups.FindIndex(x => x.Key == key);
            if (existing >= 0)
            {
                var old = groups[existing].Group;
                groups[existing] = (key, old with { Vacancies = [.. old.Vacancies, vacancy] });
            }
            else
            {
                groups.Add((key, new QuickEligibilityGroup([vacancy], results, notes, assumptions)));
            }
        }

        return new QuickEligibilityReply(language, facts, groups.Select(g => g.Group).ToList());
    }

    // Typing slips in the words people use most ("dedline", "grnat", "documnets"): one letter off, five letters or more.
    private static readonly (string Word, Topic Topic)[] Keywords =
    [
        ("deadline", Topic.Deadline), ("grant", Topic.Grant), ("stipend", Topic.Grant), ("salary", Topic.Grant), ("tasks", Topic.Tasks),
        ("duties", Topic.Tasks), ("criteria", Topic.EssentialCriteria), ("requirements", Topic.EssentialCriteria), ("documents", Topic.Documents),
        ("clearance", Topic.Clearance), ("telework", Topic.Telework), ("travel", Topic.Travel), ("duration", Topic.Duration),
        ("languages", Topic.Languages), ("competencies", Topic.Competencies), ("session", Topic.InfoSession), ("webinar", Topic.InfoSession),
        ("location", Topic.Location), ("start", Topic.Start), ("bourse", Topic.Grant), ("limite", Topic.Deadline), ("taches", Topic.Tasks),
        ("criteres", Topic.EssentialCriteria), ("teletravail", Topic.Telework), ("habilitation", Topic.Clearance),
    ];

    private static Topic? FuzzyTopic(string norm) =>
        norm.Split(' ').Where(w => w.Length >= 5)
            .SelectMany(w => Keywords.Where(k => Json.JsonFieldReader.EditDistance(w, k.Word) == 1 || (w.Length >= 7 && Json.JsonFieldReader.EditDistance(w, k.Word) == 2)))
            .Select(k => (Topic?)k.Topic).FirstOrDefault();

    private static string Blank(string norm, IEnumerable<Match> spans)
    {
        var chars = norm.ToCharArray();
        foreach (var m in spans)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                chars[i] = ' ';
            }
        }

        return Regex.Replace(new string(chars), @"\s+", " ").Trim();
    }

    /// <summary>Words left once the vacancy's names, function words and "tell me about" words are gone.</summary>
    private static List<string> Residue(string norm, IReadOnlyList<Vacancy> vacancies)
    {
        var nameWords = vacancies.SelectMany(v => VacancyNames.Exact(v).Select(n => n.Name)
                .Concat(new[] { v.Division?.En, v.Division?.Fr }.OfType<string>())
                .Concat(v.Units.SelectMany(u => new[] { u.Name.En, u.Name.Fr, u.Abbreviation }.Concat(u.Areas.Select(a => a.En))).OfType<string>()))
            .SelectMany(n => Lexicon.Normalise(n).Split(' '))
            .ToHashSet(StringComparer.Ordinal);
        return norm.Split(' ').Where(w => w.Length > 1 && !Lexicon.FunctionWords.Contains(w) && !nameWords.Contains(w) && !AboutWords.Contains(w) && !w.All(char.IsDigit)).ToList();
    }

    private static bool LooksLikeAQuestion(string text, string norm) =>
        text.Contains('?', StringComparison.Ordinal) || Regex.IsMatch(norm, @"^(?:what|when|where|who|why|how|which|is|are|does|do|can|quel\w*|quand|ou|qui|pourquoi|comment|est ce|combien|y a t il)\b");

    private static readonly HashSet<string> AboutWords = new(StringComparer.Ordinal)
    {
        "about", "tell", "more", "details", "overview", "summary", "describe", "description", "presentation", "resume", "apercu",
        "infos", "information", "informations", "one", "ones", "vacancy", "internship", "notice", "look", "see", "open", "show",
    };
}
