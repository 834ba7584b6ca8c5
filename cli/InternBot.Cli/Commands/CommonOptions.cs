using System.CommandLine;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Commands;

internal static class CommonOptions
{
    public static readonly Option<string?> Vacancies = new("--vacancies")
    {
        Description = $"Folder of vacancy data files (default: {VacancyCatalogueLoader.PathKey} from the environment variable Vacancies__Path, else the shipped catalogue).",
        Recursive = true,
    };

    /// <summary>Loads the catalogue, or prints every problem and returns null.</summary>
    public static VacancyCatalogue? LoadCatalogue(ParseResult parsed, CliEnvironment env)
    {
        var folder = parsed.GetValue(Vacancies) ?? env.GetVariable("Vacancies__Path") ?? VacancyCatalogueLoader.DefaultPath;
        var result = VacancyCatalogueLoader.Load(folder);
        if (result.Catalogue is not null)
        {
            return result.Catalogue;
        }

        env.Error.WriteLine($"error: the vacancy catalogue in '{folder}' could not be loaded ({result.Problems.Count} problem(s)); nothing was done:");
        foreach (var problem in result.Problems)
        {
            env.Error.WriteLine($"  - {problem}");
        }

        return null;
    }

    /// <summary>Loads the catalogue if it loads; null (silently) otherwise. For checks that are useful but optional.</summary>
    public static VacancyCatalogue? TryLoadCatalogue(ParseResult parsed, CliEnvironment env) =>
        VacancyCatalogueLoader.Load(parsed.GetValue(Vacancies) ?? env.GetVariable("Vacancies__Path") ?? VacancyCatalogueLoader.DefaultPath).Catalogue;

    /// <summary>Finds the vacancy named on the command line, or explains why not.</summary>
    public static Vacancy? FindVacancy(VacancyCatalogue catalogue, string name, CliEnvironment env)
    {
        var match = catalogue.Find(name);
        if (match.Vacancy is not null)
        {
            return match.Vacancy;
        }

        var known = string.Join(", ", catalogue.All.Select(v => v.Reference is null ? v.Slug : $"{v.Slug} ({v.Reference})"));
        env.Error.WriteLine(match.IsAmbiguous
            ? $"error: --vacancy '{name}' matches several vacancies: {string.Join(", ", match.Candidates.Select(v => v.Slug))}. Give one of those slugs."
            : $"error: --vacancy '{name}' is not a vacancy in the catalogue. Use a slug or reference: {known} ('internbot vacancies' lists them).");
        return null;
    }
}
