using System.Globalization;
using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;

namespace InternBot.Core.Answers;

/// <summary>
/// Facts about a person as people write them in a question ("I'm 20", "Swiss", "italo-suisse", "a second-year law
/// student", "I graduated with a bachelor's two years ago", "my English is basic"). Only what is said is taken;
/// nothing is guessed. Kept between turns so "and someone from Norway?" changes only the nationality.
/// </summary>
public sealed partial record PersonalFacts
{
    public int? Age { get; init; }

    /// <summary>A date of birth given outright ("born on 15 March 2005"): the age follows from it on any day.</summary>
    public DateOnly? BornOn { get; init; }

    /// <summary>Whether the age is known, as a number or from a date of birth.</summary>
    public bool KnowsAge => Age is not null || BornOn is not null;

    public IReadOnlyList<Country> Nationalities { get; init; } = [];

    /// <summary>"not a NATO national", "il n'est pas ressortissant d'un pays de l'OTAN": no member nationality, none named.</summary>
    public bool NotNatoNational { get; init; }

    public bool? Student { get; init; }

    /// <summary>The facts are someone else's ("my son is 22", "she's Swiss"), not the asker's: a check speaks of them.</summary>
    public bool SomeoneElse { get; init; }

    public int? MonthsSinceGraduation { get; init; }

    /// <summary>The month a degree was obtained, when given as a date ("in July 2024").</summary>
    public DateOnly? GraduatedIn { get; init; }

    /// <summary>The year a degree was obtained, when only the year was said ("a bachelor's from 2019", "licence obtenue en 2019").</summary>
    public int? GraduatedInYear { get; init; }

    /// <summary>Education the person calls equivalent to university study ("an equivalent professional qualification").</summary>
    public bool? EquivalentEducation { get; init; }

    /// <summary>The person said they speak neither English nor French ("only Norwegian and German").</summary>
    public bool NoOfficialLanguage { get; init; }

    /// <summary>The degree the person holds or is studying for, when named.</summary>
    public DegreeLevel? DegreeLevel { get; init; }

    /// <summary>Years of university study completed, when said ("one year of university").</summary>
    public decimal? YearsCompleted { get; init; }

    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];

    /// <summary>Official languages the person speaks without saying how well ("je parle français").</summary>
    public IReadOnlyList<string> LanguagesWithoutLevel { get; init; } = [];

    public bool Any => KnowsAge || Nationalities.Count > 0 || NotNatoNational || Student is not null || MonthsSinceGraduation is not null || GraduatedIn is not null || GraduatedInYear is not null
        || YearsCompleted is not null || EquivalentEducation is not null || Languages.Count > 0 || LanguagesWithoutLevel.Count > 0 || NoOfficialLanguage;

    /// <summary>These facts, with every fact the newer ones state replacing the older one.</summary>
    public PersonalFacts With(PersonalFacts newer) => new()
    {
        Age = newer.Age ?? (newer.BornOn is not null ? null : Age),
        BornOn = newer.BornOn ?? (newer.Age is not null ? null : BornOn),
        Nationalities = newer.Nationalities.Count > 0 || newer.NotNatoNational ? newer.Nationalities : Nationalities,
        NotNatoNational = newer.Nationalities.Count > 0 ? false : newer.NotNatoNational || NotNatoNational,
        Student = newer.Student ?? Student,
        SomeoneElse = newer.SomeoneElse || SomeoneElse,
        MonthsSinceGraduation = newer.MonthsSinceGraduation ?? (newer.Student == true || newer.GraduatedIn is not null || newer.GraduatedInYear is not null ? null : MonthsSinceGraduation),
        GraduatedIn = newer.GraduatedIn ?? (newer.Student == true || newer.MonthsSinceGraduation is not null || newer.GraduatedInYear is not null ? null : GraduatedIn),
        GraduatedInYear = newer.GraduatedInYear ?? (newer.Student == true || newer.MonthsSinceGraduation is not null || newer.GraduatedIn is not null ? null : GraduatedInYear),
        EquivalentEducation = newer.EquivalentEducation ?? EquivalentEducation,
        DegreeLevel = newer.DegreeLevel ?? DegreeLevel,
        YearsCompleted = newer.YearsCompleted ?? YearsCompleted,
        Languages = newer.Languages.Count > 0 ? newer.Languages : Languages,
        LanguagesWithoutLevel = newer.Languages.Count > 0 || newer.LanguagesWithoutLevel.Count > 0 || newer.NoOfficialLanguage ? newer.LanguagesWithoutLevel : LanguagesWithoutLevel,
        NoOfficialLanguage = newer.Languages.Count > 0 || newer.LanguagesWithoutLevel.Count > 0 ? newer.NoOfficialLanguage : newer.NoOfficialLanguage || NoOfficialLanguage,
    };

    // Compiled: these run on every question, so matching speed matters more than the one-off start-up cost.
    // Source-generated, as every pattern here: one compiled at run time is compiled again on its first match, inside its
    // timeout, which a busy machine can overrun.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TimeSpan Limit = Patterns.MatchTimeout;

    // The people an asker may speak for ("my nephew is 23", "ma soeur a 22 ans"): one list, read by the age pattern and
    // by PersonNouns, so a relative added here is both a person and someone whose age can be given.
    private const string EnglishRelatives = "sister|brother|friend|cousin|son|daughter|colleague|girlfriend|boyfriend|partner|wife|husband|niece|nephew|uncle|aunt|child|kid|roommate|flatmate|housemate|classmate";
    private const string FrenchRelatives = "soeur|frere|ami|amie|fils|fille|cousine|collegue|copine|copain|neveu|niece|mari|epouse|oncle|tante|enfant|colocataire|coloc|camarade";

    [GeneratedRegex(@"\b(?:i am|i m|im|turned|i were|i was|were|(?:i|he|she|they) d been|had been|je suis|j ai|j avais|j etais|age|aged|agee?|ai|she s|he s|she is|he is|she was|he was|they re|they are|who s|who is|elle a|il a|qui a|(?:" + EnglishRelatives + @")(?: [a-z]+ is| is| s)?|(?:" + FrenchRelatives + @")(?: a)?|(?:student|studnet|candidate|applicant|intern|etudiant|etudiante|candidat|stagiaire)(?: is| s| a))\s+(?:only |just |now |exactly |already |tout juste |juste |bientot |seulement |exactement |deja )?(\d{1,2})\b(?!\s*(?:months?|mois|hours?|heures?|h|percent|years? (?:ago|of)|ans? (?:d|de)\b|weeks?|semaines?|days?|jours?))|\b(\d{1,2})\s*(?:years? old|yo|y o|yrs old|yr old|ans)\b(?! (?:ago|d etudes|de |d ))|^(\d{1,2})\b(?=\s+(?:and|et|,)?\s*(?:a |an |un |une )?(?:[a-z]+\s+){0,3}(?:student|from|etudiant|de nationalite))|\b(\d{1,2})\s+years?\s+and\s+\d{1,2}\s+months?(?:\s+old)?\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex AgePatternRegex();

    private static Regex AgePattern => AgePatternRegex();

    [GeneratedRegex(@"\b(?:not (?:a |an )?(?:nato |otan )?(?:national|citizen)s? (?:of|from) (?:a |any )?(?:nato|otan|member)|not (?:a |an )?nato (?:national|citizen|member)|not from (?:a |any )?(?:nato|member) (?:country|state|nation)|(?:from )?(?:outside|non) (?:of )?nato|non nato|n est pas (?:ressortissant|citoyen|originaire)e? d (?:un|aucun) (?:pays|etat) (?:de l otan|membre)|pas (?:ressortissant|citoyen)e? d un (?:pays|etat) (?:de l otan|membre)|hors otan)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex NotNatoPatternRegex();

    private static Regex NotNatoPattern => NotNatoPatternRegex();

    // Someone else the question is about ("she's Ukrainian", "s'il n'est pas ressortissant...").
    internal static readonly HashSet<string> ThirdPersonPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "il", "elle", "ils", "elles" };

    // Verbs of speaking, after which a language name is a language, not a nationality ("I speak German, Polish and Spanish").
    private static readonly HashSet<string> SpeakingVerbs = new(StringComparer.Ordinal) { "speak", "speaks", "speaking", "spoke", "parle", "parles", "parlent", "parlant" };

    // "Italian passport", "French citizen": what a country word names when one of these follows it.
    private static readonly HashSet<string> NationalityNouns = new(StringComparer.Ordinal)
    {
        "passport", "passports", "citizen", "citizenship", "national", "nationality", "nationalite", "passeport",
    };

    // "Does a candidate need both English and French?": what is needed or known is a language ("need to be French" is not).
    private static readonly HashSet<string> NeedingVerbs = new(StringComparer.Ordinal) { "need", "needs", "require", "requires", "required", "know", "knows", "exige", "exigent", "exiger" };

    // A student room, card or job ("logement étudiant", "carte étudiante") is not someone described as a student.
    [GeneratedRegex(@"\b(?:student(?! (?:room|housing|accommodation|residence|hall|flat|dorm|hostel|card|discount|loan|visa|job|life|union|rate|price|ticket|pass)s?\b)|studying|enrolled|enrol(?:l)?ment|undergrad(?:uate)?|phd candidate|doctoral|doctorant[e]?|(?<!\b(?:logement|chambre|residence|carte|foyer|job|tarif|visa|cite|restaurant|resto|studio|colocation|coloc|reduction|pret)s? )etudiant[e]?s?|inscrit[e]? en|en (?:master|licence|doctorat|these|bachelor|l[123]|m[12]|(?:premiere|deuxieme|troisieme|derniere|1ere|2e|3e|2eme|3eme) annee)|(?:(?:my|the|in|of|am) last|first|second|third|fourth|final|1st|2nd|3rd|4th) year|in the \w+ year|(?:doing|finishing|completing|pursuing|in) (?:a |an |my )?(?:second |another |new |2nd |part time |online )?(?:master|masters|bachelor|bachelors|phd|ma|msc|mba|ba|bsc|degree|doctorate|llm)|(?:started|starting|began|begun|enrolled in|back at uni for) (?:a |an |my )?(?:new |second |another |2nd )?(?:master|masters|master s|bachelor|bachelors|phd|msc|mba|degree|doctorate|llm)|(?:j ai |je |il |elle )?(?:commence|repris|reprends|reprend) (?:un |une |mes |ses |des |les |un autre |un deuxieme |un second )?(?:master|licence|doctorat|etudes)|finis(?:hing|h) my (?:[a-z]+ ){0,2}?(?:studies|study|degree|master|masters|bachelor|bachelors|thesis|dissertation|course|courses|programme|program|phd|msc|ma|ba|bsc|llm|mba|uni|university|semester|year|licence|final)\b|j etudie|je fais (?:un|une|des) (?:master|licence|doctorat|etudes)|je termine (?:mon|ma)|my (?:uni|university|degree|studies|course|programme|program|master|masters|bachelor|bachelors|semester|phd) (?:ends|finishes|is over|wraps up|will end|will finish|ends next|finishes next)|(?:i )?(?:finish|graduate|complete) (?:uni|university|my studies|my degree|my master|my bachelor) (?:in|next|this)|graduating (?:in|next|this)|mes etudes (?:se terminent|finissent|s achevent)|je finis (?:mes etudes|la fac|l universite|mon master|ma licence)|je serai diplome|(?:still )?at (?:uni|university|college)|(?:still )?in (?:uni|university|college)|encore a la fac|encore a l universite|(?:defend|defending|submit|submitting) my (?:[a-z]+ ){0,3}(?:thesis|dissertation)|thesis (?:defence|defense)|(?:je )?soutiens ma these|ma soutenance)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex StudentPatternRegex();

    private static Regex StudentPattern => StudentPatternRegex();

    [GeneratedRegex(@"\b(?:(?:weren t|wasn t|were not|was not|aren t|isn t|m not|am not) (?:enrolled|studying|a student)|not (?:a )?(?:student|studying)|no longer (?:a )?(?:student|studying)|not studying|not enrolled|dropped out|quit (?:uni|university|my studies)|job hunting|looking for (?:a )?job|plus etudiant[e]?|ne suis plus (?:etudiant|inscrit)|n etudie plus|ne fais plus d etudes|abandonne (?:mes|la fac|l universite))\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex NotStudentPatternRegex();

    private static Regex NotStudentPattern => NotStudentPatternRegex();

    [GeneratedRegex(@"\b(?:graduated|graduating|graduation|finished|completed|got|obtained|earned|received|diplome[e]?|obtenu|fini|termine|eu(?!\s+\d{1,2}\s+ans\b))\b(?:\s+[a-z]+){0,6}?\s+(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix huit)\s+(months?|years?|yrs?|mois|ans?|annees?)\b(\s+(?:and a half|et demi[e]?))?(?!\s+(?:of|d|de)\s)\s*(?:ago)?|\b(?:il y a|depuis)\s+(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix huit)\s+(mois|ans?|annees?)(\s+et demi[e]?)?", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex GraduatedPatternRegex();

    private static Regex GraduatedPattern => GraduatedPatternRegex();

    // Working or living somewhere, said just before a length of time ("I work at the ministry", "je travaille dans une
    // ONG", "je vis en France depuis 10 ans").
    [GeneratedRegex(@"\b(?:work|works|worked|working|employed|bosse|bossent|travaille|travaillent|suis en poste|en cdd|en cdi|live|lived|living|vis|vit|habite|habitent|reside|installe|installee)\b(?:\s+[a-z]+){0,7}\s*$", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex WorkedFor();

    // "What if it had been 18 months ago?", "it was two years ago": a time since, said of a degree already talked about.
    [GeneratedRegex(@"\b(?:had been|has been|s been|was|were)\s+(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(months?|years?)(\s+and a half)?\s+ago\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex WasAgoPattern();

    // "graduated last month", "diplômé le mois dernier": graduation said relative to now, in whole months.
    [GeneratedRegex(@"\b(?:graduated|finished|completed|got (?:my|her|his|their) (?:degree|diploma|bachelor|master)(?: s)?|obtained my (?:degree|diploma)|diplome[e]?|j ai eu mon diplome|j ai obtenu mon diplome)\s+(?:just\s+)?(last month|this month|last week|this week|a few weeks ago|a couple of weeks ago|le mois dernier|ce mois ci|la semaine derniere|cette semaine|il y a quelques semaines)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex RecentGraduationPatternRegex();

    private static Regex RecentGraduationPattern => RecentGraduationPatternRegex();

    // "dropped out after first year", "left uni after a single year", "j'ai arrêté après la première année": years of
    // study completed, said by when they stopped.
    [GeneratedRegex(@"\b(?:dropped out|drop out|quit|left|stopped|abandone|abandonne|arrete|j ai arrete|j ai abandonne)\b(?:\s+[a-z]+){0,3}?\s+(?:after|apres)\s+(?:my\s+|the\s+|la\s+|ma\s+|mon\s+)?(first|second|third|one|two|three|1st|2nd|3rd|1|2|3|premiere|deuxieme|troisieme|une|deux|trois|a single|a|une seule|un seul|just one|only one|seulement une)\s+(?:years?|annees?|ans?)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex StoppedAfterPatternRegex();

    private static Regex StoppedAfterPattern => StoppedAfterPatternRegex();

    [GeneratedRegex(@"\b(\d|one|two|three|four|un|une|deux|trois|quatre|half a|a)\s+(?:years?|ans?|annees?)(?: and a half| et demi[e]?)?\s+(?:of|d|de|at|in|a la|a l)\s+(?:university|uni|college|studies|study|etudes|universite|fac)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex YearsOfStudyPatternRegex();

    private static Regex YearsOfStudyPattern => YearsOfStudyPatternRegex();

    [GeneratedRegex(@"\b(english|french|anglais|francais)\b(?:\s+(?:is|level|niveau|est|au niveau|at level|at|to|up to|only|just|seulement|vraiment|really|very|tres|pretty|quite|assez|maybe|perhaps|around|about|roughly|environ|peut etre))*\s+(a1|a2|b1|b2|c1|c2|native|fluent|basic|elementary|intermediate|advanced|courant|maternelle|natif|native speaker|elementaire|intermediaire|avance|bilingue|proficient|beginner|debutant|notions|excellent|excellente|perfect|parfait|moyen|average|decent|correct)\b|\b(native|fluent|basic|bilingual|bilingue|proficient|advanced|beginner|elementary|intermediate|bit|little|schoolkid|schoolboy|schoolgirl|school|rusty|broken|poor|weak|limited)\s+(?:in\s+|of\s+|en\s+)?(english|french|anglais|francais)\b|\b(a1|a2|b1|b2|c1|c2)\s+(?:in\s+|en\s+)?(english|french|anglais|francais)\b|\b(?:speak|parle)\s+(english|french|anglais|francais)\s+(fluently|couramment|natively)\b|\b(english|french|anglais|francais)\s+(fluently|couramment|natively|parfaitement)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex LanguagePatternRegex();

    private static Regex LanguagePattern => LanguagePatternRegex();

    // "a bachelor's from 2019", "graduated in 2019", "licence obtenue en 2019", "diplômé depuis 2019": a year alone.
    [GeneratedRegex(@"\b(?:(?:graduated|graduating|finished|completed|got|obtained|earned|received|diplome[e]?s?|obtenu[e]?s?|fini|termine[e]?)\b(?:\s+[a-z]+){0,5}?|(?:bachelor|bachelors|master|masters|degree|diploma|licence|diplome|ba|ma|bsc|msc|phd|doctorat|doctorate)\b(?:\s+s)?)\s+(?:in|en|from|since|depuis|de|back in)\s+((?:19|20)\d{2})\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex GraduationYearPatternRegex();

    private static Regex GraduationYearPattern => GraduationYearPatternRegex();

    [GeneratedRegex(@"\b(?:graduated|graduating|finished|completed|got|obtained|earned|received|diplome[e]?|obtenu|fini|termine|eu)\b(?:\s+[a-z]+){0,6}?\s+(?:in|en|on|le|since|depuis)\s+(january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+(\d{4})\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex GraduationDatePatternRegex();

    private static Regex GraduationDatePattern => GraduationDatePatternRegex();

    // "Graduated in December", "diplômée en juin dernier": a month without its year, the last such month up to today.
    [GeneratedRegex(@"\b(?:graduated|finished|completed|got|obtained|earned|received|diplome[e]?|obtenu|fini|termine|eu)\b(?:\s+[a-z]+){0,6}?\s+(?:in|en|on|last|since|depuis)\s+(last\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b(?!\s+\d)(\s+dernier)?", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex GraduationMonthPatternRegex();

    private static Regex GraduationMonthPattern => GraduationMonthPatternRegex();

    // "born on 15 March 2005", "née le 3 mars 2004", "born 15 03 2005" (day first, as Europe writes it).
    [GeneratedRegex(@"\b(?:born|ne|nee)\s+(?:on\s+|le\s+|the\s+)?(\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|jan|janv|feb|fev|fevr|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec|\d{1,2})\s+(\d{4})\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex BornPatternRegex();

    private static Regex BornPattern => BornPatternRegex();

    [GeneratedRegex(@"\b(?:no university|no uni|no college|never went to (?:university|uni|college)|didn t go to (?:university|uni|college)|did not go to (?:university|uni|college)|pas d universite|pas l universite|pas de fac|bts|jamais alle a l universite|sans etudes universitaires|not a degree|no degree|vocational (?:qualification|diploma|training|certificate)|diplome professionnel|formation professionnelle)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex NoUniversityPatternRegex();

    private static Regex NoUniversityPattern => NoUniversityPatternRegex();

    [GeneratedRegex(@"\b(?:equivalent (?:professional |vocational )?(?:education|qualification|diploma|degree|training)|(?:education|qualification|training) equivalent|formation equivalente|diplome equivalent|qualification equivalente|equivalence)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex EquivalentPatternRegex();

    private static Regex EquivalentPattern => EquivalentPatternRegex();

    [GeneratedRegex(@"\b(?:neither english nor french|neither french nor english|no english (?:or|nor) french|ni l anglais ni le francais|ni le francais ni l anglais|ni anglais ni francais|ni francais ni anglais|don t speak (?:english|french) (?:or|nor) (?:english|french)|(?:neither|none) of the (?:two )?(?:nato |official |official nato |nato official )languages|aucune des (?:deux )?langues (?:officielles|de l otan))\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex NoOfficialPatternRegex();

    private static Regex NoOfficialPattern => NoOfficialPatternRegex();

    [GeneratedRegex(@"\b(?:only speaks|speaks only|only speak|speak only|i only speak|je ne parle que|je ne parle qu|ne parle que|ne parlent que|ne parle qu|je parle seulement|je parle uniquement|parle seulement|parle uniquement)\s+((?:[a-z]+(?:\s+(?:and|et|,)\s+|\s+)?){1,4})", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex OnlySpeaksPatternRegex();

    private static Regex OnlySpeaksPattern => OnlySpeaksPatternRegex();

    [GeneratedRegex(@"\b(?:(?:speak|speaks|parle|parles|parlons)\s+(?:only\s+|just\s+|seulement\s+|uniquement\s+|que\s+|le\s+|l\s+)?|(?:seulement|uniquement|only|just)\s+(?:l\s+)?|ne parle qu\s+)(english|french|anglais|francais)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex SpeaksPatternRegex();

    private static Regex SpeaksPattern => SpeaksPatternRegex();

    // "My English is solid", "mon français est bon": spoken, well, at no level the criteria name (read as spoken, not
    // as a level: "solid" is neither B2 nor C1).
    [GeneratedRegex(@"\b(?:my|mon|ma)\s+(english|french|anglais|francais)\s+(?:is|est)\s+(?:pretty\s+|quite\s+|very\s+|really\s+|assez\s+|tres\s+|plutot\s+|vraiment\s+)?(?:solid|good|strong|ok|okay|fine|bon|solide|bien)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex SpokenWellPatternRegex();

    private static Regex SpokenWellPattern => SpokenWellPatternRegex();

    private static readonly HashSet<string> NationalityMarkers = new(StringComparer.Ordinal)
    {
        "from", "citizen", "citizens", "national", "nationals", "nationality", "nationalities", "passport", "passports", "citoyen", "citoyenne",
        "ressortissant", "ressortissante", "nationalite", "originaire", "am", "m", "im", "suis", "old", "hold", "holder", "dual", "double", "binational", "were", "was", "etais", "etait",
        // "Is being Turkish okay?", "être suisse, ça pose problème ?"
        "being", "etre",
    };

    private static readonly HashSet<string> PersonNouns = new(
        [
            "citizenship", "citoyennete", "citizen", "citizens", "national", "nationals", "passport", "student", "candidate", "applicant", "guy", "girl", "woman", "man", "person",
            "nationality", "citoyen", "citoyenne", "ressortissant", "ressortissante", "etudiant", "etudiante", "candidat", "nationalite", "someone", "somebody", "quelqu",
            .. EnglishRelatives.Split('|'), .. FrenchRelatives.Split('|'),
        ],
        StringComparer.Ordinal);

    // The combining forms of compound nationalities ("italo-suisse", "franco-américain", "belgo-congolaise").
    private static readonly Dictionary<string, string> CombiningForms = new(StringComparer.Ordinal)
    {
        ["italo"] = "IT", ["franco"] = "FR", ["belgo"] = "BE", ["germano"] = "DE", ["anglo"] = "GB", ["hispano"] = "ES", ["luso"] = "PT",
        ["polono"] = "PL", ["dano"] = "DK", ["neerlando"] = "NL", ["greco"] = "GR", ["turco"] = "TR", ["americano"] = "US", ["canado"] = "CA",
        ["helveto"] = "CH", ["russo"] = "RU", ["sino"] = "CN", ["nippo"] = "JP", ["austro"] = "AT", ["hungaro"] = "HU", ["roumano"] = "RO",
        ["bulgaro"] = "BG", ["tcheco"] = "CZ", ["slovaco"] = "SK", ["serbo"] = "RS", ["croato"] = "HR", ["albano"] = "AL", ["suedo"] = "SE",
        ["norvego"] = "NO", ["finno"] = "FI", ["estono"] = "EE", ["letto"] = "LV", ["lituano"] = "LT", ["sloveno"] = "SI", ["maroco"] = "MA",
        ["algero"] = "DZ", ["tuniso"] = "TN", ["libano"] = "LB", ["israelo"] = "IL", ["syro"] = "SY", ["irano"] = "IR", ["indo"] = "IN",
        ["pakistano"] = "PK", ["luxembourgo"] = "LU", ["islando"] = "IS", ["mexicano"] = "MX", ["brasilo"] = "BR", ["japono"] = "JP",
    };

    // Words before a country that make it a place, not a nationality ("I live in France", "moving to Belgium").
    private static readonly HashSet<string> NotNationality = new(StringComparer.Ordinal)
    {
        "in", "to", "at", "into", "live", "living", "lives", "habite", "vis", "visit", "visiting", "move", "moving", "study", "studying", "work", "working",
        "au", "aux", "en", "dans", "vers", "travaille", "etudie", "based", "installe",
        // "titre de séjour belge", "résidente belge": where one may live, not whose national one is.
        "sejour", "residence", "resident", "residente",
    };

    // Institutions a country word may describe, before it in French and after it in English: "une université suisse",
    // "a Swiss university", "un diplôme belge".
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "university", "universities", "uni", "college", "school", "institute", "degree", "diploma", "qualification", "company", "firm", "employer",
        "bank", "ngo", "embassy", "ministry", "army", "government",
        "universite", "universites", "ecole", "faculte", "fac", "diplome", "institut", "entreprise", "societe", "banque", "ambassade", "ministere",
        "armee", "gouvernement",
    };

    // Words after a country that make it a place one lives in, not a nationality ("a Belgian residence permit").
    private static readonly HashSet<string> ResidenceWords = new(StringComparer.Ordinal)
    {
        "residence", "resident", "residency", "residents", "permit", "visa", "green",
    };

    // Whether a denial leads to a country word over nothing but articles, verbs of having or being and nationality
    // nouns ("sans la nationalité française", "don't have French", "not a French citizen"; not "needs no visa, French").
    private static bool Denied(string[] words, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 4; j--)
        {
            if (Denials.Contains(words[j]))
            {
                return true;
            }

            if (!DenialBridges.Contains(words[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> DenialBridges = new(StringComparer.Ordinal)
    {
        "a", "an", "any", "the", "la", "le", "l", "un", "une", "de", "d", "of", "t", "n", "ne", "yet", "encore", "have", "has", "hold", "holds",
        "am", "is", "are", "suis", "est", "ai", "avoir", "nationality", "nationalite", "citizenship", "citoyennete", "passport", "passeport",
    };

    // Words that deny the nationality that follows them (a contraction's first half: "don t have", "isn t").
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "sans", "without", "not", "no", "never", "pas", "jamais", "don", "doesn", "didn", "isn", "wasn", "aren",
    };

    // How well one speaks, before "in" and the languages ("fluent in German and Italian").
    private static readonly HashSet<string> FluencyWords = new(StringComparer.Ordinal) { "fluent", "native", "bilingual", "proficient", "bilingue", "courant", "couramment" };

    // Words after which "French" or "English" names a language, not a nationality.
    private static readonly HashSet<string> LanguageContext = new(StringComparer.Ordinal)
    {
        "speak", "speaks", "speaking", "spoken", "parle", "parler", "language", "langue", "level", "niveau", "in", "en", "write", "read", "learn", "learning", "apprends", "my", "mon",
        "fluent", "native", "bilingual", "proficient", "basic", "good", "excellent", "perfect", "advanced", "intermediate", "elementary", "beginner", "notions",
        "bilingue",
    };

    // Someone describing themself or another person, rather than asking about a rule ("must I be a student?").
    [GeneratedRegex(@"\b(?:i am|i m|im|i weren t|i wasn t|i were|i was|i study|i did|i have(?! to be)|i ve|i finished|i graduated|i just|i only|i use|my|je suis|j etudie|j ai|je fais|je termine|je parle|mon|ma|mes|someone|somebody|friend|ami|amie|copine|copain|here|and me|about me|et moi|quant a moi|sister|brother|cousin|son|daughter|colleague|soeur|frere|fils|fille|cousine|collegue)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex SelfDescriptionRegex();

    private static Regex SelfDescription => SelfDescriptionRegex();

    [GeneratedRegex(@"\b(?:i|i m|im|i ve|je|j ai|j etudie|moi)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex FirstPersonSubject();
    [GeneratedRegex(@"\b(?:need to be|needs to be|must be|have to be|has to be|should be|required to be|faut il etre|dois je etre|doit on etre|faut etre|dois etre|doit etre|does a|do phd|count as|counts as|is a|is being an?|does being an?)\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex HypotheticalRegex();

    private static Regex Hypothetical => HypotheticalRegex();

    /// <summary>Whether the text speaks of the asker or someone they know ("I did a vocational programme", "my son").</summary>
    public static bool DescribesSomeone(string normalised) => SelfDescription.IsMatch(normalised);

    /// <summary>A question about a rule ("do I have to be enrolled right now?"), not a description of someone.</summary>
    public static bool AsksAboutARule(string normalised) => Hypothetical.IsMatch(normalised) && !SelfDescription.IsMatch(normalised);
    [GeneratedRegex(@"\b(i ll still be|i will still be|i ll be|i will be|i (?:only |just )?turn|i am turning|i m turning|j aurai|je feterai mes|il fetera ses|elle fetera ses|je fete mes|il fete ses|elle fete ses|je vais avoir|il va avoir|elle va avoir|turns|will turn|is turning|aura)\s+(\d{2})\b(?:\s+ans)?(?=\s+(?:until|in|on|by|next|this|at|en|le|dans|a)\b)", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex FutureAgeRegex();

    private static Regex FutureAge => FutureAgeRegex();
    [GeneratedRegex(@"^\s*(?:ans\s+)?(?:in|en)\s+([a-z]+)\s+((?:19|20)\d{2})\b", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex BirthdayMonthPatternRegex();

    private static Regex BirthdayMonthPattern => BirthdayMonthPatternRegex();
    [GeneratedRegex(@"(?:^|[,;(:])\s*(\d{2})\s*(?:[,;)]|\.(?=\s|$)|$)", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex BareAgeRegex();

    private static Regex BareAge => BareAgeRegex();
    [GeneratedRegex(@"\b(?:i am|i m|im|je suis)\s+[a-z]+\s+(\d{2})\b(?!\s*(?:months?|mois|years? (?:ago|of)|ans? (?:d|de)\b))", Options, Patterns.MatchTimeoutMs)]
    private static partial Regex AgeAfterNationalityRegex();

    private static Regex AgeAfterNationality => AgeAfterNationalityRegex();

    /// <summary>
    /// The facts in a message, read from its normalised words (<see cref="Understanding.TextNormaliser"/>) and, for bare
    /// numbers between commas, its text as written; <paramref name="today"/> dates a month said without its year.
    /// </summary>
    public static PersonalFacts From(string normalised, string? written = null, DateOnly? today = null)
    {
        normalised = WithAgesInDigits(normalised);
        var text = " " + normalised + " ";
        var ageMatch = AgePattern.Match(normalised);
        var future = FutureAge.Match(normalised);
        // "Je fêterai mes 21 ans en mars" also reads as "21 ans": the birthday to come says the age now.
        if (ageMatch.Success && future.Success && ageMatch.Index < future.Index + future.Length && future.Index < ageMatch.Index + ageMatch.Length)
        {
            ageMatch = Match.Empty;
        }

        int? age = ageMatch.Success ? int.Parse(new[] { ageMatch.Groups[1], ageMatch.Groups[2], ageMatch.Groups[3], ageMatch.Groups[4] }.First(g => g.Success).Value, CultureInfo.InvariantCulture) : null;
        DateOnly? birthdayBorn = null;
        if (age is null && future.Success)
        {
            // "I'll still be 20 until August" is 20 now; "I'll be 21 in August", "I turn 21 in May" are 20 now.
            var n = int.Parse(future.Groups[2].Value, CultureInfo.InvariantCulture);
            age = future.Groups[1].Value.Contains("still", StringComparison.Ordinal) ? n : n - 1;
            // "I turn 21 on 1 July 2025": a birthday with its date and year dates the birth, whatever today is.
            if (!future.Groups[1].Value.Contains("still", StringComparison.Ordinal)
                && Understanding.QuestionDate.NamedDay(normalised[(future.Index + future.Length)..]) is { Year: { } year } birthday
                && birthday.Day <= DateTime.DaysInMonth(year, birthday.Month))
            {
                birthdayBorn = new DateOnly(year, birthday.Month, birthday.Day).AddYears(-n);
            }
            // "My son turns 21 in August 2025", read in December 2026: that birthday is past, so he is 22 now. (In its own
            // month, whether the day has come is not known: the younger age is kept.)
            else if (!future.Groups[1].Value.Contains("still", StringComparison.Ordinal) && today is { } asked
                && BirthdayMonthPattern.Match(normalised[(future.Index + future.Length)..]) is { Success: true } when
                && MonthNumber(when.Groups[1].Value) is { } birthdayMonth
                && (asked.Year * 12 + asked.Month) - (int.Parse(when.Groups[2].Value, CultureInfo.InvariantCulture) * 12 + birthdayMonth) is var since and > 0)
            {
                age = n + (since - 1) / 12;
            }
        }

        if (age is null && AgeAfterNationality.Match(normalised) is { Success: true } afterNationality)
        {
            age = int.Parse(afterNationality.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        // "And their cousin from Switzerland, 24?": a person, then a bare number closing the message, is their age.
        if (age is null && normalised.Split(' ') is [.., var closing] && IsAge(closing) && normalised.Split(' ').Any(PersonNouns.Contains))
        {
            age = int.Parse(closing, CultureInfo.InvariantCulture);
        }

        if (age is < 14 or > 80)
        {
            age = null;
        }

        var describing = !AsksAboutARule(normalised);
        bool? student = !describing ? null : NotStudentPattern.IsMatch(normalised) ? false : StudentPattern.IsMatch(normalised) ? true : null;
        int? months = null;
        // "je bosse pour le gouvernement depuis 2 ans": a time said after the work one does is how long one has worked.
        if (GraduatedPattern.Match(normalised) is { Success: true } g && !(g.Groups[4].Success && WorkedFor().IsMatch(normalised[..g.Index])))
        {
            var n = Number(g.Groups[1].Success ? g.Groups[1].Value : g.Groups[4].Value);
            var unit = g.Groups[2].Success ? g.Groups[2].Value : g.Groups[5].Value;
            var half = (g.Groups[3].Success && g.Groups[3].Length > 0) || (g.Groups[6].Success && g.Groups[6].Length > 0);
            months = n is null ? null : unit.StartsWith("mo", StringComparison.Ordinal) ? n : (n * 12) + (half ? 6 : 0);
            // "Un de mes étudiants a fini sa licence il y a trois ans": the speaker's student, graduated since.
            if (months is not null && (student is null || (student == true && StudentPattern.Matches(normalised).All(m => SpeakersStudent().IsMatch(normalised[..m.Index])))))
            {
                student = false;
            }
        }

        if (months is null && WasAgoPattern().Match(normalised) is { Success: true } ago && Number(ago.Groups[1].Value) is { } agoN)
        {
            months = ago.Groups[2].Value.StartsWith("mo", StringComparison.Ordinal) ? agoN : (agoN * 12) + (ago.Groups[3].Success ? 6 : 0);
            student ??= false;
        }

        if (months is null && RecentGraduationPattern.Match(normalised) is { Success: true } recent)
        {
            months = recent.Groups[1].Value is "last month" or "le mois dernier" ? 1 : 0;
            student ??= false;
        }

        decimal? years = YearsOfStudyPattern.Match(normalised) is { Success: true } y && Number(y.Groups[1].Value) is { } yn ? yn : null;
        if (years is null && StoppedAfterPattern.Match(normalised) is { Success: true } stopped)
        {
            years = stopped.Groups[1].Value switch { "first" or "one" or "1st" or "1" or "premiere" or "une" or "a single" or "a" or "une seule" or "un seul" or "just one" or "only one" or "seulement une" => 1, "second" or "two" or "2nd" or "2" or "deuxieme" or "deux" => 2, _ => 3 };
            student ??= false;
        }

        DegreeLevel? degree = !describing ? null
            : Regex.IsMatch(text, @" (?:phd|doctorate|doctorat|doctoral|doctorant|doctorante|(?:ma|une|en|la|sa) these) ", Options, Limit) ? Eligibility.DegreeLevel.Doctorate
            : Regex.IsMatch(text, @" (?:master|masters|msc|mba|llm|mphil|m1|m2|(?:my|an|a|her|his) ma) ", Options, Limit) ? Eligibility.DegreeLevel.Master
            : Regex.IsMatch(text, @" (?:bachelor|bachelors|bsc|licence|undergraduate|l1|l2|l3|llb|(?:my|an|a|her|his) ba) ", Options, Limit) ? Eligibility.DegreeLevel.Bachelor
            : null;

        var languages = new List<LanguageSkill>();
        foreach (Match m in LanguagePattern.Matches(normalised))
        {
            var (name, level) = m.Groups[1].Success ? (m.Groups[1].Value, m.Groups[2].Value)
                : m.Groups[3].Success ? (m.Groups[4].Value, m.Groups[3].Value)
                : m.Groups[5].Success ? (m.Groups[6].Value, m.Groups[5].Value)
                : m.Groups[7].Success ? (m.Groups[7].Value, "fluent")
                : (m.Groups[9].Value, "fluent");
            var code = SpokenLanguages.Find(name);
            var parsed = LanguageLevels.Parse(level switch
            {
                "native speaker" or "natif" or "fluently" or "couramment" or "natively" => level is "natif" or "natively" or "native speaker" ? "native" : "fluent",
                "excellent" or "excellente" or "perfect" or "parfait" => "fluent",
                // "Mon anglais est moyen": middling, neither basic nor fluent.
                "moyen" or "average" or "decent" or "correct" => "intermediate",
                // "schoolkid English", "rusty French": a little, learnt long ago.
                "bit" or "little" or "schoolkid" or "schoolboy" or "schoolgirl" or "school" or "rusty" or "broken" or "poor" or "weak" or "limited" => "basic",
                _ => level,
            });
            if (code is not null && parsed is not null && languages.All(l => l.Language != code))
            {
                languages.Add(new LanguageSkill(code, parsed.Value));
            }
        }

        DateOnly? graduatedIn = GraduationDatePattern.Match(normalised) is { Success: true } gd && MonthNumber(gd.Groups[1].Value) is { } month
            ? new DateOnly(int.Parse(gd.Groups[2].Value, CultureInfo.InvariantCulture), month, 1)
            // ("Last June" said in June is a year ago; "in June" said in June is this month.)
            : today is { } now && GraduationMonthPattern.Match(normalised) is { Success: true } gm && MonthNumber(gm.Groups[2].Value) is { } monthAlone
                ? new DateOnly(monthAlone < now.Month || (monthAlone == now.Month && !gm.Groups[1].Success && !gm.Groups[3].Success) ? now.Year : now.Year - 1, monthAlone, 1)
                : null;
        int? graduatedInYear = graduatedIn is null && GraduationYearPattern.Match(normalised) is { Success: true } gy ? int.Parse(gy.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        if ((graduatedIn is not null || graduatedInYear is not null) && student is null)
        {
            student = false;
        }

        // "A vocational diploma, no university": no years of university study; whether the diploma is equivalent
        // education is for the internship office to judge, so it stays unknown.
        if (years is null && describing && NoUniversityPattern.IsMatch(normalised))
        {
            years = 0;
            student ??= false;
        }

        bool? equivalent = describing && EquivalentPattern.IsMatch(normalised) ? true : null;

        // "I only speak Norwegian and German", "ni l'anglais ni le français": known to have no official language.
        var noOfficial = NoOfficialPattern.IsMatch(normalised);
        if (OnlySpeaksPattern.Match(normalised) is { Success: true } only)
        {
            var spoken = only.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SpokenLanguages.Find).OfType<string>().ToList();
            noOfficial |= spoken.Count > 0 && !spoken.Contains("en") && !spoken.Contains("fr");
        }

        var withoutLevel = SpeaksPattern.Matches(normalised).Concat(SpokenWellPattern.Matches(normalised)).Select(m => SpokenLanguages.Find(m.Groups[1].Value)).OfType<string>()
            .Where(code => languages.All(l => l.Language != code)).Distinct().ToList();

        DateOnly? bornOn = birthdayBorn;
        if (BornPattern.Match(normalised) is { Success: true } born
            && (MonthNumber(born.Groups[2].Value) ?? (int.TryParse(born.Groups[2].Value, CultureInfo.InvariantCulture, out var numericMonth) ? numericMonth : 0)) is var bornMonth and >= 1 and <= 12
            && int.Parse(born.Groups[3].Value, CultureInfo.InvariantCulture) is var bornYear and >= 1900 and <= 2100
            && int.Parse(born.Groups[1].Value, CultureInfo.InvariantCulture) is var bornDay && bornDay >= 1 && bornDay <= DateTime.DaysInMonth(bornYear, bornMonth))
        {
            bornOn = new DateOnly(bornYear, bornMonth, bornDay);
        }

        // "I'm Italian, 22, ..." or "Marco, Swiss citizen only, 24, finished his master's": an age standing alone
        // between commas (or closing a sentence: "Norwegian, 23.") is the age of the person described, oneself or a
        // candidate screened by staff.
        var bareAge = written is not null && BareAge.Match(written) is { Success: true } alone ? int.Parse(alone.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var nationalities = NationalitiesIn(normalised);
        if (nationalities.Count == 0 && written is not null && (age is not null || bornOn is not null || student is not null || bareAge is not null))
        {
            nationalities = ListedNationality(written);
        }

        if (age is null && bornOn is null && bareAge is >= 14 and <= 80
            && (SelfDescription.IsMatch(normalised) || nationalities.Count > 0 || student is not null || degree is not null || months is not null))
        {
            age = bareAge;
        }

        return new PersonalFacts
        {
            Age = bornOn is null ? age : null,
            BornOn = bornOn,
            Nationalities = nationalities,
            // About the person asked about, not "people from outside NATO" the intern might meet.
            NotNatoNational = nationalities.Count == 0 && NotNatoPattern.IsMatch(normalised) && (SelfDescription.IsMatch(normalised) || normalised.Split(' ').Any(ThirdPersonPronouns.Contains)),
            Student = student,
            // "My son is 22", "she's Swiss", "un ami japonais": someone else, unless the asker speaks of themself too.
            SomeoneElse = normalised.Split(' ') is var said && (said.Any(PersonNouns.Contains) || said.Any(ThirdPersonPronouns.Contains)) && !FirstPersonSubject().IsMatch(normalised),
            MonthsSinceGraduation = months,
            GraduatedIn = graduatedIn,
            GraduatedInYear = graduatedInYear,
            EquivalentEducation = equivalent,
            NoOfficialLanguage = noOfficial && languages.All(l => l.Language is not ("en" or "fr")),
            DegreeLevel = degree,
            YearsCompleted = years,
            Languages = languages,
            LanguagesWithoutLevel = withoutLevel,
        };
    }

    /// <summary>
    /// Countries named as someone's nationality: after "I am", "from", "citizen of", "nationalité"...; before
    /// "citizen", "friend", "student"...; in a compound ("italo-suisse"); never a language ("I speak French").
    /// </summary>
    private static List<Country> NationalitiesIn(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<(int Start, int End, Country Country, bool Combining)>();
        // "Ukrainians", "aux Albanais", "les Suédoises": nationals in the plural are people, whatever word comes before.
        var groups = new HashSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (CombiningForms.TryGetValue(words[i], out var code) && i + 1 < words.Length)
            {
                found.Add((i, i, Countries.Find(code)!, true));
                continue;
            }

            for (var len = Math.Min(4, words.Length - i); len >= 1; len--)
            {
                var phrase = string.Join(' ', words, i, len);

                // Two- and three-letter names are codes only by accident ("is", "no", "it", "be", "de", "a us"), except these.
                if (phrase.Replace(" ", "", StringComparison.Ordinal).Length <= 3 && phrase is not ("uk" or "usa" or "us"))
                {
                    continue;
                }

                if (Countries.Find(phrase) is { } c)
                {
                    found.Add((i, i + len - 1, c, false));
                    i += len - 1;
                    break;
                }

                if (len == 1 && Countries.FindNationals(phrase) is { } people)
                {
                    groups.Add(found.Count);
                    found.Add((i, i, people, false));
                    break;
                }
            }
        }

        var marks = new bool[found.Count];
        var languages = new bool[found.Count];
        var denied = new bool[found.Count];
        for (var k = 0; k < found.Count; k++)
        {
            var (start, end, country, combining) = found[k];

            // A chain of country words joined in a compound ("us mexican citizen", "italo suisse") counts as one.
            var chainStart = k;
            while (chainStart > 0 && found[chainStart - 1].End == found[chainStart].Start - 1)
            {
                chainStart--;
            }

            var chainEnd = k;
            while (chainEnd + 1 < found.Count && found[chainEnd + 1].Start == found[chainEnd].End + 1)
            {
                chainEnd++;
            }

            var first = found[chainStart].Start;
            var last = found[chainEnd].End;
            var before = words[Math.Max(0, first - 3)..first];
            var after = words.Skip(last + 1).Take(2).ToList();
            var languageWord = Regex.IsMatch(words[start], "^(?:french|english|anglais|francais|german|allemand|spanish|espagnol|italian|italien|dutch)$", Options, Limit);
            // "English only", "fluent English", "English C1": the language, whatever person word comes before it.
            var asLanguage = languageWord && !combining && ((before.Length > 0 && (LanguageContext.Contains(before[^1]) || before.Any(SpeakingVerbs.Contains)
                    || NeedingVerbs.Contains(before[^1]) || (before.Length > 1 && before[^1] is "both" or "either" && NeedingVerbs.Contains(before[^2]))))
                || (after.Count > 0 && (after[0] is "only" or "fluent" or "fluently" or "native" or "level" or "courant" or "seulement" or "uniquement" || after.Any(LanguageLevels.IsScaleLevel))));
            // "I speak German, Polish and Spanish": each language of a list after "speak" is a language too.
            asLanguage = asLanguage || (!combining && SpokenLanguages.Find(words[start]) is not null && InListOfSpokenLanguages(words, first));
            // "a Norwegian", "une Norvégienne": a demonym after an article is a person, not a language.
            // "my friend who is only Swiss", "mon amie qui est seulement suisse": the person may come a few words earlier.
            var personBefore = words[Math.Max(0, first - 5)..first];
            // "Italian passport", "Swiss citizenship": the marker may follow the country word too.
            var marked = before.Any(NationalityMarkers.Contains) || after.Any(PersonNouns.Contains) || personBefore.Any(PersonNouns.Contains)
                || (after.Count > 0 && after[0] is "passport" or "passports" or "citizenship" or "nationality" or "nationalities")
                // "Canadian here, living in Brussels": introducing oneself.
                || (first == 0 && after.Count > 0 && after[0] is "here")
                || (before.Length > 0 && before[^1] is "a" or "an" or "un" or "une")
                // "she's Ukrainian", "il est belge": right after "is", a country word describes the person.
                || (before.Length > 1 && before[^1] is "s" or "is" or "est" && (ThirdPersonPronouns.Contains(before[^2]) || before[^2] is "who" or "qui"))
                // "she's 25 and Ukrainian", "il a 22 ans et il est belge": a country word joined to an age describes the person.
                // ("I'm 23 and French is my first language" names a language.)
                || (before.Length >= 2 && before[^1] is "and" or "et" && (IsAge(before[^2]) || (before.Length == 3 && before[^2] is "ans" && IsAge(before[0])))
                    && !(after.Count > 0 && after[0] is "is" or "est" or "skills" or "level"))
                // "22 ans, roumain", "24 years old, Maltese": a country word right after an age, in a list describing the person.
                || (before.Length >= 2 && before[^1] is "ans" or "yo" or "old" && IsAge(before[^1] == "old" && before.Length == 3 ? before[0] : before[^2]))
                || chainEnd > chainStart || combining;
            // "sans la nationalité française", "without French citizenship", "je ne suis pas belge": a nationality denied.
            denied[k] = Denied(words, first);
            // "open to Swiss nationals", "ouvert aux ressortissants suisses": a group of nationals, after "to" or "aux" too.
            var group = groups.Contains(k) || (after.Count > 0 && after[0] is "nationals" or "citizens" or "ressortissants" or "ressortissantes" or "citoyens" or "citoyennes")
                || (before.Length > 0 && before[^1] is "ressortissants" or "ressortissantes" or "citoyens" or "citoyennes");
            // "a Swiss university", "une université suisse", "un diplôme belge": where one studied or worked, not who one is.
            var institution = (after.Count > 0 && Institutions.Contains(after[0])) || (first > 0 && Institutions.Contains(words[first - 1]));
            marks[k] = (group || (marked && !asLanguage && !(first > 0 && NotNationality.Contains(words[first - 1])))) && !denied[k] && !institution
                && !(after.Count > 0 && ResidenceWords.Contains(after[0]));
            languages[k] = asLanguage;
        }

        // "Swiss and Italian passports", "belge et italienne": what marks one of two joined countries marks both.
        for (var k = 1; k < found.Count; k++)
        {
            // "pas française mais suisse", "not French but Swiss": the country after the denied one is the person's.
            if (denied[k - 1] && !denied[k] && !languages[k] && found[k].Start == found[k - 1].End + 2 && words[found[k].Start - 1] is "but" or "mais")
            {
                marks[k] = true;
                continue;
            }

            if (!(found[k].Start == found[k - 1].End + 2 && words[found[k].Start - 1] is "and" or "et" or "or" or "ou"))
            {
                continue;
            }

            // ("Both English and French": a language on one side makes the other one a language too.)
            if (languages[k - 1] && !(found[k].End + 1 < words.Length && NationalityNouns.Contains(words[found[k].End + 1])))
            {
                marks[k] = false;
            }
            else if (marks[k] != marks[k - 1])
            {
                (marks[k], marks[k - 1]) = (!languages[k], !languages[k - 1]);
            }
        }

        var countries = new List<Country>();
        for (var k = 0; k < found.Count; k++)
        {
            if (marks[k] && !countries.Contains(found[k].Country))
            {
                countries.Add(found[k].Country);
            }
        }

        return countries;
    }

    // Ages written in words ("twenty-one", "vingt et un ans"), the ones the criteria turn on, read as digits.
    private static readonly (string Words, string Digits)[] AgeWords =
    [
        ("seventeen", "17"), ("eighteen", "18"), ("nineteen", "19"), ("twenty one", "21"), ("twenty two", "22"), ("twenty three", "23"),
        ("twenty four", "24"), ("twenty five", "25"), ("twenty", "20"),
        ("dix sept", "17"), ("dix huit", "18"), ("dix neuf", "19"), ("vingt et un", "21"), ("vingt deux", "22"), ("vingt trois", "23"),
        ("vingt quatre", "24"), ("vingt cinq", "25"), ("vingt", "20"),
    ];

    private static string WithAgesInDigits(string normalised)
    {
        if (!normalised.Contains("teen", StringComparison.Ordinal) && !normalised.Contains("twenty", StringComparison.Ordinal)
            && !normalised.Contains("vingt", StringComparison.Ordinal) && !normalised.Contains("dix ", StringComparison.Ordinal))
        {
            return normalised;
        }

        var padded = " " + normalised + " ";
        foreach (var (words, digits) in AgeWords)
        {
            padded = padded.Replace(" " + words + " ", " " + digits + " ", StringComparison.Ordinal);
        }

        return padded.Trim();
    }

    private static bool IsAge(string word) => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 14 and <= 80;

    // Whether the words before a language name, over other language names and "and", lead back to "speak".
    private static bool InListOfSpokenLanguages(string[] words, int at)
    {
        for (var j = at - 1; j >= 0 && j >= at - 8; j--)
        {
            // "I speak German and Italian", "fluent in German and Italian".
            if (SpeakingVerbs.Contains(words[j]) || (words[j] is "in" or "en" && j > 0 && FluencyWords.Contains(words[j - 1])))
            {
                return true;
            }

            if (!(words[j] is "and" or "et" or "or" or "ou" || (words[j].Length > 3 && SpokenLanguages.Find(words[j]) is not null)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "born 10 jan 2006, italian, studying law": a nationality listed on its own between commas, among other facts
    /// about the person (not in a list of languages spoken).
    /// </summary>
    private static List<Country> ListedNationality(string written)
    {
        var segments = written.Split([',', ';', ':', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            // "still Italian", "toujours italienne": the nationality kept from before.
            var words = Regex.Replace(Understanding.TextNormaliser.Normalise(segments[i]), @"^(?:still|also|only|just|toujours|aussi|encore|seulement) ", "", Options, Limit);
            var spoken = i > 0 && Regex.IsMatch(Understanding.TextNormaliser.Normalise(segments[i - 1]), @"\b(?:speak|speaks|spoken|parle|parles|languages?|langues?)\b", Options, Limit);
            if (!spoken && words.Length > 3 && !words.Contains(' ', StringComparison.Ordinal) && Countries.Find(words) is { } country)
            {
                return [country];
            }
        }

        return [];
    }

    private static int? MonthNumber(string name) => name switch
    {
        "january" or "janvier" or "jan" or "janv" => 1, "february" or "fevrier" or "feb" or "fev" or "fevr" => 2, "march" or "mars" or "mar" => 3,
        "april" or "avril" or "apr" or "avr" => 4, "may" or "mai" => 5, "june" or "juin" or "jun" => 6, "july" or "juillet" or "jul" or "juil" => 7,
        "august" or "aout" or "aug" => 8, "september" or "septembre" or "sep" or "sept" => 9, "october" or "octobre" or "oct" => 10,
        "november" or "novembre" or "nov" => 11, "december" or "decembre" or "dec" => 12, _ => null,
    };

    private static int? Number(string s) => s switch
    {
        "a" or "an" or "one" or "un" or "une" => 1,
        "half a" => 0,
        "two" or "deux" => 2,
        "three" or "trois" => 3,
        "four" or "quatre" => 4,
        "five" or "cinq" => 5,
        "six" => 6,
        "seven" or "sept" => 7,
        "eight" or "huit" => 8,
        "nine" or "neuf" => 9,
        "ten" or "dix" => 10,
        "eleven" or "onze" => 11,
        "twelve" or "douze" => 12,
        "eighteen" or "dix huit" => 18,
        _ => int.TryParse(s, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    [GeneratedRegex(@"\b(?:my|our|mes|nos)\s$", RegexOptions.CultureInvariant, Patterns.MatchTimeoutMs)]
    private static partial Regex SpeakersStudent();
}
