using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Eligibility;

/// <summary>Language names and codes (ISO 639-1) people write in profiles and exports.</summary>
public static class SpokenLanguages
{
    private static readonly (string Code, string En, string Fr, string[] Other)[] Table =
    [
        ("en", "English", "anglais", ["eng"]), ("fr", "French", "français", ["fra", "fre", "francais"]),
        ("de", "German", "allemand", ["deu", "ger", "deutsch"]), ("nl", "Dutch", "néerlandais", ["nld", "dut", "flemish", "nederlands"]),
        ("es", "Spanish", "espagnol", ["spa", "español"]), ("it", "Italian", "italien", ["ita", "italiano"]),
        ("pt", "Portuguese", "portugais", ["por"]), ("pl", "Polish", "polonais", ["pol"]),
        ("cs", "Czech", "tchèque", ["ces", "cze"]), ("sk", "Slovak", "slovaque", ["slk"]),
        ("hu", "Hungarian", "hongrois", ["hun"]), ("ro", "Romanian", "roumain", ["ron", "rum"]),
        ("bg", "Bulgarian", "bulgare", ["bul"]), ("el", "Greek", "grec", ["ell", "gre"]),
        ("tr", "Turkish", "turc", ["tur"]), ("da", "Danish", "danois", ["dan"]),
        ("sv", "Swedish", "suédois", ["swe"]), ("no", "Norwegian", "norvégien", ["nor", "nb", "nn"]),
        ("fi", "Finnish", "finnois", ["fin"]), ("is", "Icelandic", "islandais", ["isl"]),
        ("et", "Estonian", "estonien", ["est"]), ("lv", "Latvian", "letton", ["lav"]),
        ("lt", "Lithuanian", "lituanien", ["lit"]), ("sl", "Slovenian", "slovène", ["slv"]),
        ("hr", "Croatian", "croate", ["hrv"]), ("sq", "Albanian", "albanais", ["sqi", "alb"]),
        ("mk", "Macedonian", "macédonien", ["mkd"]), ("sr", "Serbian", "serbe", ["srp"]),
        ("lb", "Luxembourgish", "luxembourgeois", ["ltz"]), ("uk", "Ukrainian", "ukrainien", ["ukr"]),
        ("ru", "Russian", "russe", ["rus"]), ("ar", "Arabic", "arabe", ["ara"]),
        ("zh", "Chinese", "chinois", ["zho", "chi", "mandarin"]), ("ja", "Japanese", "japonais", ["jpn"]),
        ("ko", "Korean", "coréen", ["kor"]), ("hi", "Hindi", "hindi", ["hin"]),
        ("ga", "Irish", "irlandais", ["gle"]), ("mt", "Maltese", "maltais", ["mlt"]),
        ("ka", "Georgian", "géorgien", ["kat", "geo"]), ("he", "Hebrew", "hébreu", ["heb"]),
        ("fa", "Persian", "persan", ["fas", "per", "farsi"]),
    ];

    private static readonly Dictionary<string, string> ByName = BuildIndex();

    /// <summary>The ISO 639-1 code for a code or a name in English or French; null if unknown.</summary>
    public static string? Find(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ByName.GetValueOrDefault(VacancyNames.Normalise(text));

    public static LocalizedText NameOf(string code)
    {
        var row = Table.FirstOrDefault(r => r.Code == code);
        return row.Code is null ? new LocalizedText(code) : new LocalizedText(row.En, row.Fr);
    }

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, en, fr, other) in Table)
        {
            foreach (var name in new[] { code, en, fr }.Concat(other))
            {
                index.TryAdd(VacancyNames.Normalise(name), code);
            }
        }

        return index;
    }
}
