using InternBot.Core.Text;

namespace InternBot.Core.Answers;

/// <summary>French when the person writes French or their Teams locale is French; English otherwise.</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "des", "du", "un", "une", "est", "et", "pour", "quel", "quelle", "quels", "quelles", "quand", "combien",
        "je", "suis", "puis", "ai", "ans", "mon", "ma", "mes", "vous", "nous", "avec", "sur", "dans", "pas", "peux", "peut", "faut",
        "qui", "quoi", "ou", "stage", "stages", "postuler", "candidature", "limite", "bourse", "debut", "duree", "comment", "bonjour",
        "merci", "taches", "criteres", "langue", "langues", "teletravail", "habilitation", "salut", "dois", "faire", "fait", "mois",
        "semaine", "heures", "lieu", "au", "aux", "ce", "cette", "il", "elle", "y", "sont", "etre", "avoir", "donne", "francais",
        "parle", "diplome", "etudiant", "aide", "liste", "integration", "gagne", "souhaitables", "etudiante", "nationalite", "suisse", "belge", "mais", "aussi", "poste", "postes", "offre", "offres",
        "pourquoi", "lequel", "laquelle", "lesquels", "lesquelles",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "is", "what", "when", "how", "do", "does", "i", "am", "my", "for", "can", "which", "are", "of", "to", "and", "with",
        "about", "deadline", "grant", "apply", "where", "who", "will", "much", "long", "there", "this", "that", "hello", "hi", "thanks",
        "tasks", "old", "years", "graduated", "student", "need", "have", "it", "you", "any", "please", "tell", "me", "english", "start",
    };

    public static Language Detect(string text, string? locale)
    {
        if (Languages.Parse(locale) == Language.French)
        {
            return Language.French;
        }

        return LooksFrench(text) ? Language.French : Language.English;
    }

    /// <summary>More French words (or accented letters) than English ones.</summary>
    public static bool LooksFrench(string text)
    {
        var words = Understanding.TextNormaliser.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fr = words.Count(French.Contains) + (text.Any(c => "éèêàâçôûùîïë".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)) ? 2 : 0)
                 + (text.Contains("qu'", StringComparison.OrdinalIgnoreCase) || text.Contains("j'", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
        var en = words.Count(English.Contains);
        return fr > en;
    }
}
