using System.Globalization;
using System.Text;

namespace InternBot.Core.Understanding;

/// <summary>
/// The one normalisation every part of understanding uses: lower case, accents removed, apostrophes, hyphens and
/// punctuation as spaces, currency signs as words. "Quelle est la date limite ?" becomes "quelle est la date
/// limite"; "Italo-Suisse" becomes "italo suisse"; "€1,286" becomes "euro 1 286".
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Invalid UTF-16 (a lone surrogate, as fuzzed input carries) cannot be normalised: it becomes a space.
        if (HasLoneSurrogate(text))
        {
            text = Sanitised(text);
        }

        var sb = new StringBuilder(text.Length + 8);
        var lastWasSpace = true;
        void Space()
        {
            if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }

        void Word(string w)
        {
            Space();
            sb.Append(w);
            lastWasSpace = false;
            Space();
        }

        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == '€')
            {
                Word("euro");
            }
            else if (c is 'œ' or 'Œ' or 'æ' or 'Æ' or 'ß')
            {
                sb.Append(c switch { 'œ' or 'Œ' => "oe", 'æ' or 'Æ' => "ae", _ => "ss" });
                lastWasSpace = false;
            }
            else if (c == '$')
            {
                Word("money");
            }
            else if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else
            {
                Space();
            }
        }

        return sb.ToString().Trim();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Sanitised(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>The words of a normalised text.</summary>
    public static string[] Words(string normalised) => normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
