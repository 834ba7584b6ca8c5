namespace InternBot.Core.Text;

/// <summary>NATO's two official languages: everything InternBot says exists in both.</summary>
public enum Language
{
    English,
    French,
}

/// <summary>Parsing and culture lookup for <see cref="Language"/>.</summary>
public static class Languages
{
    /// <summary>"en", "fr", "fr-BE", "english", "français"... to a language; null when it is neither.</summary>
    public static Language? Parse(string? value)
    {
        var v = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        if (v is "en" or "eng" or "english" or "anglais" || v.StartsWith("en-", StringComparison.Ordinal))
        {
            return Language.English;
        }

        if (v is "fr" or "fra" or "fre" or "french" or "français" or "francais" || v.StartsWith("fr-", StringComparison.Ordinal))
        {
            return Language.French;
        }

        return null;
    }

    /// <summary>The two-letter code used in data files and APIs.</summary>
    public static string Code(this Language language) => language == Language.French ? "fr" : "en";

    /// <summary>The culture used to write dates and amounts: Brussels conventions in both languages.</summary>
    public static System.Globalization.CultureInfo Culture(this Language language) =>
        language == Language.French ? FrenchCulture : EnglishCulture;

    private static readonly System.Globalization.CultureInfo EnglishCulture =
        System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    private static readonly System.Globalization.CultureInfo FrenchCulture =
        System.Globalization.CultureInfo.GetCultureInfo("fr-BE");
}
