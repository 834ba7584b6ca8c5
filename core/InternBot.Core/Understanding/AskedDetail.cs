using System.Text.RegularExpressions;
using InternBot.Core.Text;

namespace InternBot.Core.Understanding;

/// <summary>
/// A precise detail a question asks for beyond its topic: a person's name ("what's the name of the Head of KM?"), an
/// amount ("how much exactly is the travel reimbursement?"), an exact day ("the exact first working day") or a
/// programming language ("which programming languages would I use at NDS?", "would the ICTM intern write code?") or a
/// link ("where's the sign-up link for the info session?") or a number ("how many days a week can I telework?") or a
/// currency ("is that in euros?") or a language level on the European scale ("B2 or C1?") or the reason for a rule
/// ("why?", "pourquoi seulement trois ?") or a street address or building ("what's the exact address?", "dans quel
/// bâtiment ?") or whether the person chooses ("can I choose between March and September?") or the field studied
/// ("which degree subject does JIS want?"). The
/// catalogue often holds the topic but not that detail; the answer then says so instead of leaving it implied.
/// </summary>
public enum AskedDetail
{
    None,
    PersonName,
    Amount,
    ExactDay,
    ProgrammingLanguage,
    Link,
    Number,
    Currency,
    LanguageLevel,
    ClockTime,
    Reason,
    Address,
    Choice,
    FieldOfStudy,
}

public static partial class AskedDetails
{
    /// <summary>The detail a normalised question asks for, if any.</summary>
    public static AskedDetail In(string normalised) =>
        PersonName().IsMatch(normalised) ? AskedDetail.PersonName
        : ExactDay().IsMatch(normalised) ? AskedDetail.ExactDay
        : Amount().IsMatch(normalised) ? AskedDetail.Amount
        : ProgrammingLanguage().IsMatch(normalised) ? AskedDetail.ProgrammingLanguage
        : Link().IsMatch(normalised) ? AskedDetail.Link
        : Number().IsMatch(normalised) ? AskedDetail.Number
        : Currency().IsMatch(normalised) ? AskedDetail.Currency
        : NamesALanguageLevel(normalised) ? AskedDetail.LanguageLevel
        : ClockTime().IsMatch(normalised) ? AskedDetail.ClockTime
        : Reason().IsMatch(normalised) ? AskedDetail.Reason
        : Address().IsMatch(normalised) ? AskedDetail.Address
        : Choice().IsMatch(normalised) ? AskedDetail.Choice
        : FieldOfStudy().IsMatch(normalised) ? AskedDetail.FieldOfStudy
        : AskedDetail.None;

    /// <summary>
    /// Whether a text holds such a detail: an amount is a number, an exact day a day of a month, a programming
    /// language one by name, a link a web address; names are never held.
    /// </summary>
    public static bool HeldIn(AskedDetail detail, string text) => detail switch
    {
        AskedDetail.Amount or AskedDetail.Number => text.Any(char.IsDigit),
        AskedDetail.ExactDay => DayOfMonth().IsMatch(text),
        AskedDetail.ProgrammingLanguage => NamedLanguage().IsMatch(text),
        AskedDetail.Link => text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase),
        AskedDetail.Currency => NamedCurrency().IsMatch(text),
        AskedDetail.LanguageLevel => NamesALanguageLevel(text),
        AskedDetail.ClockTime => TimeOfDay().IsMatch(text),
        AskedDetail.Reason => Because().IsMatch(text),
        AskedDetail.Address => StreetOrBuilding().IsMatch(text),
        AskedDetail.Choice => Chosen().IsMatch(text),
        AskedDetail.FieldOfStudy => NamedField().IsMatch(text),
        _ => false,
    };

    [GeneratedRegex(@"\b(?:(?:name|names) of (?:the |a |an |this |that |his |her |their )?(?:nato |current )?(?:head|chief|director|manager|supervisor|boss|cio|person|officer|contact|mentor|tutor|coordinator|leader)|what is (?:his|her|their) name|nom (?:du|de la|de l|des) (?:actuel |actuelle |nato |otan )?(?:chef|cheffe|directeur|directrice|responsable|cio|tuteur|tutrice|coordinateur|coordinatrice|superieur)|comment s appelle (?:le|la) (?:chef|cheffe|directeur|directrice|responsable|cio))\b|\bwho is the (?:head|chief|director|manager|boss)(?: of(?: the)? [a-z]+(?: [a-z]+)?)?$|\bwho (?:would|will) (?:be )?my (?:supervisor|boss|manager|mentor|tutor)\b|\b(?:a |any )?named (?:contact|supervisor|person|mentor|tutor|manager)\b|\bcontact person\b|\bpersonne de contact\b|\bqui (?:serait|sera) mon (?:tuteur|superieur|responsable|encadrant)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\b(?:how much exactly|exact amount|what amount|how many euros?|how much (?:is|are|will|would|do|does) (?:the |my )?(?:travel|trip|flight|reimburse|reimbursement|allowance|refund)|how much\b(?:\s+[a-z]+){1,8}?\s+(?:as|for|in) (?:a |the |their |my )?(?:travel|trip|flight|reimbursement|allowance|refund|membership)|how much (?:does|do|will|would|is) (?:it|that|this|membership|the membership|joining)(?:\s+[a-z]+){0,4}? cost|what does (?:it|that|membership|the membership) cost|(?:membership|joining|entry|registration) (?:fee|fees|cost|price)|quel montant|montant exact|combien (?:exactement|d euros?)|le montant|combien (?:coute|coutent|ca coute)|(?:coute|coutent) combien|quel (?:est le )?(?:prix|cout|tarif)|(?:prix|cout|tarif|frais) d (?:adhesion|inscription)|(?:remboursement|rembourse|voyage|billet|trajet|indemnite)(?: [a-z]+){0,4}? (?:c|c est|ca fait) combien|combien (?:pour |est |on touche pour |on recoit pour )?(?:le |la |les |l )?(?:remboursement|voyage|billet|trajet|indemnite))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:(?:programming|coding|scripting|computer) languages?|languages? (?:to|i d|would i|will i) (?:code|program)|(?:write|writing|wrote) (?:any )?code|(?:code|program|coding) in (?:which|what)|langages? (?:de programmation|de prog|informatiques?)|(?:ecrire|ecrirait|ecrira|ecrit) du code|coder en quel|(?:coding|programming) (?:skills?|experience)|know how to (?:code|program)|savoir (?:programmer|coder)|competences en (?:programmation|code))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex ProgrammingLanguage();

    // "How many days a week can I telework?", "how many teleworking days?": a number the topic's answer may not hold.
    [GeneratedRegex(@"\b(?:how many (?:[a-z]+ ){0,2}?(?:days|hours|weeks|times)|combien de (?:jours|heures|semaines|fois))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Number();

    // "Is that euros?", "the OCIO grant, is it in euros?", "c'est en euros ?", "quelle devise ?".
    [GeneratedRegex(@"\b(?:(?:is|are) (?:that|it|this|they|those) (?:in )?euros?|in euros?|which currency|what currency|(?:c est|est ce|sont ils|sont elles|est elle|est il|elle est|il est) en euros?|en euros?$|en euros ou|quelle (?:devise|monnaie))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Currency();

    // "What English level, B2? C1?", "un C1 en anglais suffit-il ?": a level on the European scale, the scale or a named test.
    private static readonly HashSet<string> LanguageScalesAndTests = new(StringComparer.OrdinalIgnoreCase) { "cefr", "cecrl", "cecr", "toefl", "ielts", "toeic", "delf", "dalf" };

    private static bool NamesALanguageLevel(string text) =>
        WordOf().Matches(text).Any(m => Eligibility.LanguageLevels.IsScaleLevel(m.Value) || LanguageScalesAndTests.Contains(m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex WordOf();

    [GeneratedRegex(@"€|\b(?:EUR|euros?|USD|GBP|dollars?|pounds?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex NamedCurrency();

    // "What time do interns arrive and leave each day?", "heure d'arrivée et de départ": a time of day the hours a week do not give.
    [GeneratedRegex(@"\b(?:what time (?:do|does|would|will|should) (?:i|we|they|interns?|the interns?|you) (?:start|arrive|begin|finish|leave|end|get in|clock in)|(?:start|starting|finish|finishing|arrival|leaving|office) times?|heures? d arrivee|heures? de depart|heures? de debut|heures? de fin|a quelle heure (?:commence|commencent|finit|finissent|arrive|arrivent|part|partent)|horaires? quotidiens?|9 to 5|nine to five)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex ClockTime();

    // "Why?", "pourquoi seulement trois ?", "why is the limit three?": the reason for a rule, which notices seldom give.
    [GeneratedRegex(@"\b(?:why|pourquoi)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\b(?:because|so that|in order to|to ensure|to make sure|parce qu|car|afin d|pour que|pour garantir|pour assurer)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex Because();

    [GeneratedRegex(@"\b\d{1,2}[:h.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(?:link|links|url|urls|web address|hyperlink|lien(?! avec)|liens(?! avec)|adresse web|lien d inscription)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Link();

    [GeneratedRegex(@"\b(?:HTML|CSS|JavaScript|TypeScript|Python|Java|SQL|PHP|C#|C\+\+|Kotlin|Rust|Go)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex NamedLanguage();

    [GeneratedRegex(@"\b(?:exact (?:date|day|start date|starting date)|exact first|first (?:working )?day|which day exactly|date exacte|date precise|jour exact|quel jour exactement|(?:commence|commencent|debute|debutent) quel jour|premier jour"
        // "c'est le 1er septembre pile ?", "does it start on 1 September exactly?": a day of the month, to be sure of.
        + @"|(?:1er|1st|premier|first|\d{1,2}) (?:of )?(?:" + QuestionDate.Months + @") (?:\d{4} )?(?:exactly|precisely|pile|precisement|exactement))\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex ExactDay();

    // "What's the exact street address?", "quelle est l'adresse précise ?", "le KM c'est dans quel bâtiment ?": more than the city.
    [GeneratedRegex(@"\b(?:street address|exact address|full address|postal address|precise address|what is the address|what s the address|address of the (?:hq|headquarters|building|office)|which building|what building|building number|adresse exacte|adresse precise|adresse postale|quelle (?:est l )?adresse(?! (?:e )?mail| electronique| email| web)|quel batiment|numero du batiment)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Address();

    // "Can I choose between the March and the September start?", "peut-on choisir sa branche ?": the person's own choice.
    [GeneratedRegex(@"\b(?:can|could|may) (?:i|we|you|one|interns?|candidates?) (?:choose|pick|select|decide)\b|\b(?:do|does|will|would) (?:i|we|you|one|interns?|candidates?) (?:get to (?:choose|pick|decide)|have a say|have a choice)|\b(?:is|will) (?:it|that) (?:be )?(?:my|our) (?:choice|call)\b|\b(?:peut on|puis je|on peut|je peux|pourrai je|pourrait on|est ce qu on peut|est ce que je peux) (?:choisir|decider|selectionner)\b|\best ce (?:moi|nous) qui (?:choisi|choisis|choisit|decide)|\b(?:on|je|il|elle) (?:choisit|choisis) (?:soi meme |moi meme |lui meme |elle meme )?(?:entre|sa|son|ses|la|le|les)\b|\b(?:get to )?(?:pick|choose) (?:the|my|which|between)\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex Choice();

    // "Which degree subject does JIS want?", "does any notice ask for a law degree?", "quelles études précises ?",
    // "un diplôme en informatique ?": the field studied, not the level (which the criteria give).
    [GeneratedRegex(@"\b(?:which|what) (?:degree |kind of degree |university )?(?:subjects?|fields? of study|disciplines?|majors?)\b|\b(?:degree|degrees|diploma|background|studies|major) in (?:law|computer science|it|informatics|engineering|political science|international relations|history|economics|information science|library science)\b|\b(?:ask for|asks for|require|requires|required|need|needs|want|wants|specifically) (?:a |an )?(?:law|computer science|engineering|economics|political science|history|it) (?:degree|diploma)\b|\bquel(?:le)?s? (?:etudes|filieres?|disciplines?|domaines? d etudes?|specialites?)\b|\b(?:diplome|licence|master|formation|etudes) (?:en|de|d) (?:droit|informatique|ingenierie|sciences? politiques?|economie|histoire|relations internationales)\b|\betudes precises\b", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex FieldOfStudy();

    // A field of study named in a text ("a degree in law"): none of the notices' criteria does.
    [GeneratedRegex(@"\b(?:degree|diploma|studies|background) in [A-Za-z]+|\b(?:diplome|etudes) (?:en|de) [a-z]+", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex NamedField();

    [GeneratedRegex(@"\b(?:choose|chooses|chosen|choice|preference|prefer|choisir|choisit|choix)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex Chosen();

    [GeneratedRegex(@"\b(?:boulevard|avenue|street|road|rue|building|batiment|bâtiment)\b|\bB-\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex StreetOrBuilding();

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.MatchTimeoutMs)]
    private static partial Regex DayOfMonth();
}
