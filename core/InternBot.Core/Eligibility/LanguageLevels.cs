namespace InternBot.Core.Eligibility;

/// <summary>Parsing of level words and the thresholds the notices' words stand for.</summary>
public static class LanguageLevels
{
    /// <summary>
    /// "Proficiency" is read as the CEFR "proficient user" band: C1 or above (or native). B2 is an
    /// independent user, not a proficient one.
    /// </summary>
    public const LanguageLevel Proficiency = LanguageLevel.C1;

    /// <summary>"Elementary knowledge" is read as CEFR A2 ("elementary") or above.</summary>
    public const LanguageLevel Elementary = LanguageLevel.A2;

    private static readonly Dictionary<string, LanguageLevel> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a1"] = LanguageLevel.A1, ["a2"] = LanguageLevel.A2, ["b1"] = LanguageLevel.B1,
        ["b2"] = LanguageLevel.B2, ["c1"] = LanguageLevel.C1, ["c2"] = LanguageLevel.C2,
        ["native"] = LanguageLevel.Native, ["mother tongue"] = LanguageLevel.Native, ["bilingual"] = LanguageLevel.Native,
        ["langue maternelle"] = LanguageLevel.Native, ["maternelle"] = LanguageLevel.Native, ["bilingue"] = LanguageLevel.Native,
        ["proficient"] = LanguageLevel.C1, ["proficiency"] = LanguageLevel.C1, ["fluent"] = LanguageLevel.C1,
        ["advanced"] = LanguageLevel.C1, ["courant"] = LanguageLevel.C1, ["avance"] = LanguageLevel.C1, ["avancé"] = LanguageLevel.C1,
        ["upper intermediate"] = LanguageLevel.B2, ["intermediate"] = LanguageLevel.B1, ["intermediaire"] = LanguageLevel.B1,
        ["intermédiaire"] = LanguageLevel.B1, ["elementary"] = LanguageLevel.A2, ["elementaire"] = LanguageLevel.A2,
        ["élémentaire"] = LanguageLevel.A2, ["basic"] = LanguageLevel.A2, ["notions"] = LanguageLevel.A2,
        ["beginner"] = LanguageLevel.A1, ["debutant"] = LanguageLevel.A1, ["débutant"] = LanguageLevel.A1,
    };

    public static LanguageLevel? Parse(string? text) =>
        text is null ? null : Words.TryGetValue(text.Trim(), out var level) ? level : null;

    /// <summary>Whether a word is a level of the European scale itself ("b2", "C1"), not a word for one.</summary>
    public static bool IsScaleLevel(string word) => word.Length == 2 && Words.TryGetValue(word, out var level) && level != LanguageLevel.Native;

    public static string Allowed => "A1, A2, B1, B2, C1, C2 or native (also: elementary, intermediate, advanced, fluent)";

    public static string Label(LanguageLevel level) => level == LanguageLevel.Native ? "native" : level.ToString();

    /// <summary>The level as a reader of the language says it ("natif" in French; CEFR levels are the same in both).</summary>
    public static string Label(LanguageLevel level, Text.Language language) => level == LanguageLevel.Native && language == Text.Language.French ? "natif" : Label(level);
}
