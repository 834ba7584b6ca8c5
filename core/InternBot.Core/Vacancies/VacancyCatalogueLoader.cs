using InternBot.Core.Json;

namespace InternBot.Core.Vacancies;

/// <summary>
/// Loads every vacancy data file (*.json) in a folder. It checks every file and every cross-file rule and
/// returns either a whole catalogue or the complete list of problems: never a catalogue with a vacancy
/// quietly missing.
/// </summary>
public static class VacancyCatalogueLoader
{
    /// <summary>The configuration key (environment: Vacancies__Path) that points at the data folder.</summary>
    public const string PathKey = "Vacancies:Path";

    /// <summary>The shipped catalogue, copied next to every app that references InternBot.Core.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "vacancies");

    /// <summary>Largest data file accepted; real ones are around 20 KB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    public static CatalogueLoadResult Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Failed(new InputProblem(folder, "", "the vacancy data folder does not exist.",
                $"Create it, or set {PathKey} (environment variable Vacancies__Path) to the folder that holds the vacancy *.json files."));
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return Failed(new InputProblem(folder, "", "the folder holds no vacancy files (*.json).",
                $"Add vacancy files (see docs/vacancy-data.md), or point {PathKey} (environment variable Vacancies__Path) at the folder that has them."));
        }

        var problems = new List<InputProblem>();
        var vacancies = new List<Vacancy>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var list = new ProblemList(name);
            var text = ReadText(file, list);
            if (text is not null && VacancyFileReader.Read(text, name, list) is { } vacancy)
            {
                vacancies.Add(vacancy);
            }

            problems.AddRange(list.Items);
        }

        problems.AddRange(CrossFileProblems(vacancies));
        return problems.Count > 0 ? new CatalogueLoadResult(null, problems) : new CatalogueLoadResult(new VacancyCatalogue(vacancies), []);
    }

    /// <summary>Loads or throws a <see cref="CatalogueLoadException"/> that lists every problem.</summary>
    public static VacancyCatalogue LoadOrThrow(string folder)
    {
        var result = Load(folder);
        return result.Catalogue ?? throw new CatalogueLoadException(folder, result.Problems);
    }

    private static string? ReadText(string file, ProblemList problems)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length > MaxFileBytes)
            {
                problems.Add("", $"the file is {info.Length / 1024} KB, larger than the {MaxFileBytes / 1024} KB a vacancy file may be.", "Check that this is a vacancy data file; split or trim it.");
                return null;
            }

            var bytes = File.ReadAllBytes(file);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                problems.Add("", "the file is binary, not JSON text.", "Replace it with a vacancy data file saved as UTF-8 text.");
                return null;
            }

            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            problems.Add("", "the file is not UTF-8 text.", "Save it as UTF-8.");
            return null;
        }
        catch (IOException e)
        {
            problems.Add("", $"the file could not be read ({e.GetType().Name}).", "Check that it exists and is readable.");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add("", "the file could not be read (access denied).", "Give the app read access to the file.");
            return null;
        }
    }

    private static IEnumerable<InputProblem> CrossFileProblems(IReadOnlyList<Vacancy> vacancies)
    {
        // Every name people may use must lead to exactly one vacancy, or lookups would silently pick one.
        var owners = new Dictionary<string, Vacancy>(StringComparer.Ordinal);
        foreach (var vacancy in vacancies)
        {
            foreach (var (field, name) in VacancyNames.Exact(vacancy))
            {
                var key = VacancyNames.Normalise(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (owners.TryGetValue(key, out var other) && other != vacancy)
                {
                    yield return new InputProblem(vacancy.SourceFile ?? vacancy.Slug, field,
                        $"'{name}' is also a name of '{other.Slug}' ({other.SourceFile}).",
                        "Make slugs, references, short names and aliases unique across vacancies.");
                }
                else
                {
                    owners[key] = vacancy;
                }
            }
        }
    }

    private static CatalogueLoadResult Failed(InputProblem problem) => new(null, [problem]);
}

/// <summary>The outcome of loading: a catalogue, or every problem that prevented it.</summary>
public sealed record CatalogueLoadResult(VacancyCatalogue? Catalogue, IReadOnlyList<InputProblem> Problems);
