using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>NATO security classification codes as notices print them, with their names.</summary>
public static class ClearanceLevels
{
    private static readonly Dictionary<string, LocalizedText> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NU"] = new("NATO UNCLASSIFIED", "NATO SANS CLASSIFICATION"),
        ["NR"] = new("NATO RESTRICTED", "NATO DIFFUSION RESTREINTE"),
        ["NC"] = new("NATO CONFIDENTIAL", "NATO CONFIDENTIEL"),
        ["NS"] = new("NATO SECRET", "NATO SECRET"),
        ["CTS"] = new("COSMIC TOP SECRET", "COSMIC TRÈS SECRET"),
    };

    /// <summary>The full name of a clearance code, or null for a code we do not know.</summary>
    public static LocalizedText? NameOf(string code) => Names.GetValueOrDefault(code.Trim());

    public static bool IsKnown(string code) => Names.ContainsKey(code.Trim());
}
