namespace InternBot.Core.Text;

/// <summary>Builds a <see cref="LocalizedText"/> from one template written once for both languages.</summary>
internal static class Bilingual
{
    public static LocalizedText Say(Func<Language, string> text) => Say(text(Language.English), text(Language.French));

    public static LocalizedText Say(string en, string fr) => new(Capitalise(en), Capitalise(fr));

    // Sentences may start with a language or country name, which French writes in lower case ("anglais").
    private static string Capitalise(string s) => s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Pick(Language language, string en, string fr) => language == Language.French ? fr : en;

    /// <summary>"a, b and c" / "a, b et c".</summary>
    public static string List(IEnumerable<string> items, Language language)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + Pick(language, " and ", " et ") + list[^1],
        };
    }
}
