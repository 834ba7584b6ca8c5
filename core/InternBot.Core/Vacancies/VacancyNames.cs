using System.Globalization;
using System.Text;

namespace InternBot.Core.Vacancies;

/// <summary>The names a vacancy answers to, and the normalisation used to compare them.</summary>
public static class VacancyNames
{
    /// <summary>
    /// Words naming an internship itself rather than any one of them ("internship", "stage", "offre"): they tell no
    /// vacancy apart, and a question holding only them is about the internships as such.
    /// </summary>
    public static readonly IReadOnlySet<string> InternshipWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "internship", "internships", "vacancy", "vacancies", "stage", "stages", "offre", "offres", "poste", "postes",
    };

    /// <summary>Names that identify a vacancy exactly (slug, reference, short name, aliases, title).</summary>
    public static IEnumerable<(string Field, string Name)> Exact(Vacancy v)
    {
        yield return ("slug", v.Slug);
        if (v.Reference is not null)
        {
            yield return ("reference", v.Reference);
        }

        yield return ("shortName", v.ShortName);
        for (var i = 0; i < v.Aliases.Count; i++)
        {
            yield return ($"aliases[{i}]", v.Aliases[i]);
        }

        yield return ("title", v.Title.En);
        if (v.Title.HasFrench)
        {
            yield return ("title.fr", v.Title.Fr!);
        }
    }

    /// <summary>Lower case, accents removed, punctuation to spaces, spaces collapsed: "Knowledge-Management" -> "knowledge management".</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (c is '\'' or '\u2019')
            {
                // "NATO's" -> "natos": apostrophes join, as exports that drop them write it.
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }

        return sb.ToString().TrimEnd();
    }
}
