namespace InternBot.Core.Eligibility;

/// <summary>
/// A language level on the CEFR scale (A1..C2), plus native. Notices speak of "proficiency" and "elementary
/// knowledge"; <see cref="LanguageLevels"/> says how those words map onto this scale.
/// </summary>
public enum LanguageLevel
{
    A1 = 1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}
