namespace InternBot.Core.Understanding;

/// <summary>
/// A light suffix stemmer for English and French together (questions mix them, and the catalogue holds both):
/// "reimbursed", "reimbursement" and "remboursés" lose their endings so they meet their other forms. It is
/// deliberately conservative: it only strips common inflections and derivations ("-er" only from long words, so
/// "cover" still meets "covered"), and never leaves fewer than three letters (five for longer suffixes).
/// </summary>
public static class LightStemmer
{
    // Longest first; each entry is (suffix, replacement).
    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        // French conditional and future ("collaborerait", "apprendrais") meet the infinitive's stem.
        ("eraient", ""), ("erions", ""), ("erait", ""), ("erais", ""), ("raient", "r"), ("rait", "r"), ("rais", "r"),
        ("issements", ""), ("issement", ""), ("ements", ""), ("ement", ""), ("ations", ""), ("ation", ""), ("ating", ""), ("ated", ""), ("ates", ""), ("ate", ""), ("itions", ""), ("ition", ""),
        ("encies", ""), ("ences", ""), ("ence", ""), ("ency", ""), ("ances", ""), ("ance", ""), ("ments", ""), ("ment", ""),
        ("ities", ""), ("ites", ""), ("ite", ""), ("ity", ""), ("ically", ""), ("ical", ""), ("iques", ""), ("ique", ""),
        ("oires", "or"), ("oire", "or"), ("ives", ""), ("ive", ""), ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""),
        ("ables", ""), ("able", ""), ("ibles", ""), ("ible", ""), ("euses", ""), ("euse", ""), ("eurs", ""), ("eur", ""),
        ("ies", ""), ("ied", ""), ("ees", ""), ("ee", ""), ("es", ""), ("ed", ""), ("ly", ""),
        ("ent", ""), ("ia", ""), ("aux", "al"), ("al", ""), ("s", ""), ("x", ""), ("e", ""), ("y", ""),
    ];

    // Words whose ending is not an inflection, where stripping would make them meet another word ("pays" is not "pay").
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["pays"] = "pays", ["fois"] = "fois", ["mois"] = "mois", ["ans"] = "ans", ["news"] = "news", ["series"] = "series",
        ["integrity"] = "integrit", ["integrite"] = "integrit", ["coding"] = "coding", ["coder"] = "coding",

        // "apply" would be "app"; applying is what applications are about.
        ["apply"] = "applic", ["applies"] = "applic", ["applied"] = "applic", ["applying"] = "applic",

        // French "cités" (cited) is not a city; "placed" in a team is not a place.
        ["city"] = "city", ["cities"] = "city", ["cite"] = "citat", ["cites"] = "citat", ["cited"] = "citat", ["citee"] = "citat", ["citees"] = "citat",
        ["placed"] = "placed",
        // A grant "versée" (paid) is no "vers" (towards).
        ["verse"] = "versement", ["versee"] = "versement", ["verses"] = "versement", ["versees"] = "versement", ["verser"] = "versement",
        ["versement"] = "versement", ["versements"] = "versement",
        // A web site is not sitting in on a meeting.
        ["site"] = "site", ["sites"] = "site",
        // "coordonnées" are contact details; "se coordonner" is working together.
        ["coordonnees"] = "coordonnees", ["coordonnee"] = "coordonnees",
        // "During", "durant" are no duration ("durée"): "pendant le stage" asks about what happens in it, not how long.
        ["during"] = "during", ["durant"] = "durant",
        // French "protéger" meets "protection" and English "protect" (the Close Protection Unit protects).
        ["protege"] = "protect", ["proteger"] = "protect", ["protegent"] = "protect", ["protegeant"] = "protect", ["protegee"] = "protect", ["protegees"] = "protect", ["proteges"] = "protect",
        // "On apprend", "j'ai appris" meet "apprendre" (whose stem keeps its "r", so that "apprendrais" meets it too).
        ["apprend"] = "apprendr", ["apprends"] = "apprendr", ["apprenons"] = "apprendr", ["apprenez"] = "apprendr", ["apprennent"] = "apprendr", ["appris"] = "apprendr",
        // An officer is a person, an office a place: "data protection officer" asks who, not about an office.
        ["officer"] = "officer", ["officers"] = "officer", ["officier"] = "officer", ["officiers"] = "officer",
        // An evening (class) is no event.
        ["evening"] = "evening", ["evenings"] = "evening",
    };

    // Endings that only inflect (plural, past, -ing) may leave a short stem ("parking" is "park"); endings that derive
    // a new word must leave a real one ("science" keeps "scienc", not "sci"; "archive" keeps "archiv").
    private static readonly HashSet<string> Inflections = new(StringComparer.Ordinal) { "ings", "ing", "ies", "ied", "ees", "ee", "es", "ed", "s", "x", "e", "y", "ly" };

    /// <summary>The stem of a lower-case word without accents; short words and numbers are returned as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        // A second pass for inflections only, so that "studying" and "studies" both meet "study" at "stud" (a second
        // derivation would make "international" meet "intern").
        var stem = Strip(Strip(word), inflectionsOnly: true);

        // French infinitives and long English agent nouns: "modifier" meets "modifiée", "registered" meets "register";
        // short words keep it ("cover" stays "cover").
        // ("-iser" verbs lose their "s" as their nouns do: "automatiser" meets "automatisation" at "automati".)
        return stem.Length >= 7 && stem.EndsWith("iser", StringComparison.Ordinal) ? stem[..^3]
            : stem.Length >= 7 && stem.EndsWith("er", StringComparison.Ordinal) ? stem[..^2] : stem;
    }

    private static string Strip(string word, bool inflectionsOnly = false)
    {
        foreach (var (suffix, replacement) in Suffixes)
        {
            if (inflectionsOnly && !Inflections.Contains(suffix))
            {
                continue;
            }

            var minimum = Inflections.Contains(suffix) ? 3 : 5;
            if (word.Length - suffix.Length + replacement.Length >= minimum && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }
}
