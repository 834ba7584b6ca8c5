using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;

namespace InternBot.Core.Answers;

/// <summary>
/// Facts about the person asking, as people write them in a question ("I'm 20", "I'm Swiss", "je suis
/// étudiante", "I graduated 18 months ago", "my English is B2"). Only what is said is taken; nothing is guessed.
/// </summary>
public sealed record PersonalFacts
{
    public int? Age { get; init; }

    public IReadOnlyList<Country> Nationalities { get; init; } = [];

    public bool? Student { get; init; }

    public int? MonthsSinceGraduation { get; init; }

    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];

    public bool Any => Age is not null || Nationalities.Count > 0 || Student is not null || MonthsSinceGraduation is not null || Languages.Count > 0;

    private static readonly Regex AgePattern = new(@"(?:\b(?:i am|i m|im|i turn(?:ed)?|je suis|j ai|age|aged|agee?)\s+(?:only |just |now )?(\d{1,2})\b(?!\s*(?:months?|mois|hours?|heures?|percent|%))|\b(\d{1,2})\s*(?:years? old|yo|yrs old|ans)\b)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex NationalityMarker = new(@"\b(?:i am|i m|im|je suis|from|citizen of|national of|nationality|nationalities|passport|citoyen(?:ne)?|ressortissante?|nationalite|de nationalite|i hold|j ai la nationalite)\b((?:\s+[a-z0-9]+){1,6})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex StudentPattern = new(@"\b(?:i am|i m|im|je suis)\s+(?:a |an |currently (?:a |an )?|still (?:a )?)?(?:(?:master s?|masters?|bachelor s?|bachelors?|phd|university|undergraduate|postgraduate|law|engineering)\s+)?(?:student|studying)\b|\bi (?:study|am studying)\b|\bje suis (?:encore |actuellement )?(?:etudiante?|en (?:master|licence|doctorat))\b|\bj etudie\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex NotStudentPattern = new(@"\b(?:not|no longer|n)\s+(?:a\s+)?(?:student|etudiante?)\b|\bfinished (?:my )?stud", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex GraduatedPattern = new(@"\b(?:graduated|finished (?:my )?(?:studies|degree)|got my (?:degree|diploma)|diplome(?:e)?|obtenu mon diplome)\s+(\d{1,3}|a|one|two|three|six|eighteen|un|une|deux|trois|six|dix huit)\s+(months?|years?|mois|ans?)\s+(?:ago)?|\b(?:il y a|depuis)\s+(\d{1,3}|un|une|deux|trois|six|dix huit)\s+(mois|ans?)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex LanguagePattern = new(@"\b(english|french|anglais|francais)\b(?:\s+(?:is|level|niveau|est|au niveau|at level))*\s+(a1|a2|b1|b2|c1|c2|native|fluent|basic|elementary|intermediate|advanced|courant|maternelle|natif|native speaker|elementaire|intermediaire|avance|bilingue)|\b(native|fluent|basic|bilingual)\s+(english|french)|\b(a1|a2|b1|b2|c1|c2)\s+(?:in\s+|en\s+)?(english|french|anglais|francais)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The facts in a message already normalised with <see cref="Lexicon.Normalise"/>.</summary>
    public static PersonalFacts From(string normalised)
    {
        var age = AgePattern.Match(normalised) is { Success: true } a ? int.Parse(a.Groups[1].Success ? a.Groups[1].Value : a.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (age is < 14 or > 80)
        {
            age = null;
        }

        var countries = new List<Country>();
        foreach (Match m in NationalityMarker.Matches(normalised))
        {
            // The clause after the marker, up to where it stops being about nationality ("... but I live in France").
            var words = m.Groups[1].Value.Trim().Split(' ').TakeWhile(w => !ClauseEnd.Contains(w)).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                for (var len = Math.Min(3, words.Length - i); len >= 1; len--)
                {
                    var phrase = string.Join(' ', words[i..(i + len)]);

                    // Two- and three-letter words are ISO codes only by accident here ("is", "no", "it", "be", "de").
                    if (phrase.Length <= 3 && phrase is not ("uk" or "usa"))
                    {
                        continue;
                    }

                    if (Countries.Find(phrase) is { } c && !countries.Contains(c))
                    {
                        countries.Add(c);
                        i += len - 1;
                        break;
                    }
                }
            }
        }

        bool? student = NotStudentPattern.IsMatch(normalised) ? false : StudentPattern.IsMatch(normalised) ? true : null;
        int? months = null;
        if (GraduatedPattern.Match(normalised) is { Success: true } g)
        {
            var n = Number(g.Groups[1].Success ? g.Groups[1].Value : g.Groups[3].Value);
            var unit = g.Groups[2].Success ? g.Groups[2].Value : g.Groups[4].Value;
            months = n is null ? null : unit.StartsWith("mo", StringComparison.Ordinal) ? n : n * 12;
        }

        var languages = new List<LanguageSkill>();
        foreach (Match m in LanguagePattern.Matches(normalised))
        {
            var (name, level) = m.Groups[1].Success ? (m.Groups[1].Value, m.Groups[2].Value)
                : m.Groups[3].Success ? (m.Groups[4].Value, m.Groups[3].Value)
                : (m.Groups[6].Value, m.Groups[5].Value);
            var code = SpokenLanguages.Find(name);
            var parsed = LanguageLevels.Parse(level.Replace("native speaker", "native", StringComparison.Ordinal).Replace("natif", "native", StringComparison.Ordinal)
                .Replace("maternelle", "native", StringComparison.Ordinal).Replace("bilingual", "native", StringComparison.Ordinal));
            if (code is not null && parsed is not null && languages.All(l => l.Language != code))
            {
                languages.Add(new LanguageSkill(code, parsed.Value));
            }
        }

        return new PersonalFacts { Age = age, Nationalities = countries, Student = student, MonthsSinceGraduation = months, Languages = languages };
    }

    private static int? Number(string s) => s switch
    {
        "a" or "one" or "un" or "une" => 1,
        "two" or "deux" => 2,
        "three" or "trois" => 3,
        "six" => 6,
        "eighteen" or "dix huit" => 18,
        _ => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private static readonly HashSet<string> ClauseEnd = new(StringComparer.Ordinal)
    {
        "but", "mais", "live", "lives", "living", "habite", "vis", "work", "working", "travaille", "study", "studying", "in", "en", "au", "and i", "currently",
    };
}
