using InternBot.Core.Text;

namespace InternBot.Core.Understanding;

/// <summary>How a question wants its answer shaped, from cue words (understanding.json "forms").</summary>
[Flags]
public enum AnswerForms
{
    None = 0,

    /// <summary>"which closes last?"</summary>
    Latest = 1 << 0,

    /// <summary>"which closes first?"</summary>
    Earliest = 1 << 1,

    /// <summary>"rank them by deadline"</summary>
    Rank = 1 << 2,

    /// <summary>"how many of them..."</summary>
    Count = 1 << 3,

    /// <summary>"which ones..."</summary>
    Which = 1 << 4,

    /// <summary>"all of them", "every notice"</summary>
    All = 1 << 5,

    /// <summary>"still open?", "can I still apply?"</summary>
    Open = 1 << 6,

    /// <summary>"what's coming up?"</summary>
    Upcoming = 1 << 7,

    /// <summary>"what have I missed?"</summary>
    Past = 1 << 8,

    /// <summary>"which ones mention / involve / deal with X?"</summary>
    Mention = 1 << 9,

    /// <summary>"which internship suits me?"</summary>
    Fit = 1 << 10,

    /// <summary>"is X required or only an advantage?"</summary>
    Required = 1 << 11,

    /// <summary>The message starts like a follow-up: "and for OCIO?", "same for JIS", "et pour l'ICTM ?".</summary>
    FollowUp = 1 << 12,

    /// <summary>It speaks of another person: "and someone from Norway?", "a Swiss friend".</summary>
    Person = 1 << 13,

    /// <summary>"At what time?", "which day?": the time of something already discussed.</summary>
    When = 1 << 14,

    /// <summary>"the same day as the NDS one", "compared with KM": the named vacancy is a yardstick, not the only one asked about.</summary>
    Compare = 1 << 15,

    /// <summary>"which of those...": the things just discussed (a vacancy's branches), not every vacancy.</summary>
    OfThose = 1 << 16,

    /// <summary>"there", "during it", "that one": the vacancy or thing just discussed.</summary>
    Anaphor = 1 << 17,

    /// <summary>"which of the two?", "both", "laquelle des deux ?": the two vacancies named last.</summary>
    Pair = 1 << 18,

    /// <summary>"which one works on AI?", "does it have anything to do with X?": X is what the work is about.</summary>
    Subject = 1 << 19,

    /// <summary>"and the other ones?", "et les autres ?": every vacancy but the one just discussed.</summary>
    Others = 1 << 20,

    /// <summary>"in total", "over the six months", "au total": a sum over the internship.</summary>
    Total = 1 << 21,

    /// <summary>"per day", "a day", "par jour": a daily figure.</summary>
    PerDay = 1 << 22,

    /// <summary>"per hour", "hourly", "de l'heure": an hourly figure.</summary>
    PerHour = 1 << 23,

    /// <summary>"how many days between", "combien de mois entre": the time between two dates.</summary>
    Between = 1 << 24,

    /// <summary>"before or after", "which came first", "avant ou après": the order of two dates.</summary>
    Order = 1 << 25,

    /// <summary>"does the ICTM notice say the same?", "la règle vaut-elle aussi pour l'ICTM ?": compared with the vacancy just discussed.</summary>
    Same = 1 << 26,

    /// <summary>"per year", "over a full year", "par an": a yearly figure.</summary>
    PerYear = 1 << 27,

    /// <summary>"the longest list of tasks", "the highest number of", "le plus de": the most of something listed.</summary>
    Most = 1 << 28,

    /// <summary>"when does it end?", "when would I finish?", "quand finirait-il ?": the internship's last month, from its start and length.</summary>
    EndsOn = 1 << 29,

    /// <summary>"What does NOS stand for?", "que signifie DSP ?": what an abbreviation stands for.</summary>
    Expand = 1 << 30,
}

/// <summary>Reads <see cref="AnswerForms"/> from a question's words.</summary>
public sealed partial class AnswerFormReader(UnderstandingData data)
{
    private static readonly (string Name, AnswerForms Form)[] Names =
    [
        ("latest", AnswerForms.Latest), ("earliest", AnswerForms.Earliest), ("rank", AnswerForms.Rank), ("count", AnswerForms.Count),
        ("which", AnswerForms.Which), ("all", AnswerForms.All), ("open", AnswerForms.Open), ("upcoming", AnswerForms.Upcoming),
        ("past", AnswerForms.Past), ("mention", AnswerForms.Mention), ("fit", AnswerForms.Fit), ("required", AnswerForms.Required),
        ("person", AnswerForms.Person), ("when", AnswerForms.When), ("compare", AnswerForms.Compare), ("ofThose", AnswerForms.OfThose), ("anaphor", AnswerForms.Anaphor),
        ("pair", AnswerForms.Pair), ("subject", AnswerForms.Subject), ("others", AnswerForms.Others), ("total", AnswerForms.Total),
        ("perDay", AnswerForms.PerDay), ("perHour", AnswerForms.PerHour), ("between", AnswerForms.Between), ("order", AnswerForms.Order), ("same", AnswerForms.Same),
        ("perYear", AnswerForms.PerYear), ("most", AnswerForms.Most), ("endsOn", AnswerForms.EndsOn), ("expand", AnswerForms.Expand),
    ];

    public AnswerForms Read(AnalysedText text)
    {
        var forms = AnswerForms.None;
        foreach (var (name, form) in Names)
        {
            if (data.Forms.TryGetValue(name, out var cues) && cues.Any(text.ContainsJoined))
            {
                forms |= form;
            }
        }

        // "What about her brother?", "how about KM?" ask the same again; their "about" is not a question about mentions.
        // ("Is a cover letter required?" asks for a document, not which notices cover something.)
        forms = UnlessOnlyIn(forms, AnswerForms.Mention, "mention", text, (words, i) => (words[i] == "about" && i > 0 && words[i - 1] is "what" or "how")
            || (words[i] is "cover" && i + 1 < words.Length && words[i + 1] is "letter" or "letters"));

        // "How many can I apply for at the same time?", "en même temps": at once, not alike.
        forms = UnlessOnlyIn(forms, AnswerForms.Same, "same", text,
            (words, i) => i + 1 < words.Length && ((words[i] == "same" && words[i + 1] == "time") || (words[i] == "meme" && words[i + 1] == "temps")));

        // "The ICTM notice, I mean" says what was meant; "what does ICTM mean?" asks what it stands for; "does telework
        // mean I could work from home?" asks what follows from a rule.
        forms = UnlessOnlyIn(forms, AnswerForms.Expand, "expand", text, (words, i) => words[i] is "mean" or "meant" or "means" && ((i > 0 && words[i - 1] == "i")
            || (i + 1 < words.Length && words[i + 1] is "i" or "we" or "you" or "they" or "he" or "she" or "that" or "interns" or "candidates")));

        // "Is NATO open to women applying?", "ouvert aux étudiants étrangers ?": open to a kind of person is who may
        // apply, not whether applications are still taken.
        forms = UnlessOnlyIn(forms, AnswerForms.Open, "open", text, (words, i) => words[i] is "open" or "ouvert" or "ouverte" or "ouverts" or "ouvertes"
            && i + 2 < words.Length && words[i + 1] is "to" or "aux" or "a" && OpenToWhom.Contains(words[i + 2]));

        // "Do I fit the education requirement?" asks whether a rule is met, not which internship suits the person.
        if ((forms & AnswerForms.Fit) != 0 && FitsARule().IsMatch(string.Join(' ', text.Words)))
        {
            forms &= ~AnswerForms.Fit;
        }

        // "I study political science and love writing speeches. Which internship?": a bare "which internship?" closing a
        // longer message (what precedes it says who the person is) asks which suits them.
        if (text.Words is [_, _, _, _, .., "which" or "what", "internship" or "placement"])
        {
            forms |= AnswerForms.Fit;
        }

        // "How many days were there between the webinar and the deadline?": the duration and the two ends need not touch.
        if (Has("duration") && Has("separator"))
        {
            forms |= AnswerForms.Between;
        }

        // "Does that apply to JIS too?": "too" at the end compares; "too late" does not.
        if (text.Words is [.., "too"])
        {
            forms |= AnswerForms.Same;
        }

        // "Same deadline as NDS?", "la même bourse que le JIS ?": the thing compared may stand between the two.
        if (SameThingAs().IsMatch(string.Join(' ', text.Words)))
        {
            forms |= AnswerForms.Same | AnswerForms.Compare;
        }

        if (data.Forms.TryGetValue("followUp", out var followUps) && followUps.Any(cue => StartsWith(text.Words, cue)))
        {
            forms |= AnswerForms.FollowUp;
        }

        return forms;

        bool Has(string name) => data.Forms.TryGetValue(name, out var cues) && cues.Any(text.ContainsJoined);
    }

    /// <summary>
    /// The form, unless its cues are found only in words that say something else here (<paramref name="elsewhere"/>:
    /// whether the word at an index is such a use, "about" in "what about...?").
    /// </summary>
    private AnswerForms UnlessOnlyIn(AnswerForms forms, AnswerForms form, string name, AnalysedText text, Func<string[], int, bool> elsewhere)
    {
        if ((forms & form) == 0 || !data.Forms.TryGetValue(name, out var cues))
        {
            return forms;
        }

        var words = text.Joined.Length > 0 ? text.Joined : text.Words;
        var asked = words.Select((w, i) => elsewhere(words, i) ? "" : w).ToArray();
        return cues.Any(cue => AnalysedText.ContainsThroughInversion(asked, cue)) ? forms : forms & ~form;
    }

    // Kinds of people something may be open to ("open to women", "ouvert aux étudiants", "ouvert à tous").
    private static readonly HashSet<string> OpenToWhom = new(StringComparer.Ordinal)
    {
        "women", "men", "people", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "me", "him", "her", "them",
        "foreigners", "graduates", "students", "nationals", "citizens", "non", "all", "disabled", "those",
        "femmes", "hommes", "personnes", "tous", "toutes", "etudiants", "etudiantes", "etrangers", "diplomes", "ressortissants", "moi", "lui", "elle",
    };

    private static bool StartsWith(string[] words, string[] cue) =>
        cue.Length <= words.Length && cue.Select((w, i) => words[i] == w).All(x => x);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfit (?:\w+ ){0,3}(?:requirements?|criteria|criterion|conditions?|rules?|profile asked|age limit)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex FitsARule();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsame (?:[a-z]+ ){1,2}as\b|\bmemes? (?:[a-z]+ ){1,2}que?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex SameThingAs();
}
