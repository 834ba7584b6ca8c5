using System.CommandLine;
using System.Globalization;
using InternBot.Core.Import;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Commands;

/// <summary>
/// `internbot import-notice`: a published notice becomes a vacancy data file, with a report of what was found
/// (and on which line), what is doubtful and what is missing.
/// </summary>
internal static class ImportNoticeCommand
{
    /// <summary>An entry for this vacancy already exists and --force was not given: nothing was written.</summary>
    public const int Exists = 3;

    private const long MaxBytes = 5L * 1024 * 1024;

    public static Command Create(CliEnvironment env)
    {
        var notice = new Argument<FileInfo>("notice") { Description = "The notice as published (.txt or .md)." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder to write <slug>.json into (default: the current folder)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing entry for the same vacancy (after showing the differences)." };
        var command = new Command("import-notice", "Turn a published vacancy notice into a catalogue entry, with a report.") { notice, output, force };
        command.SetAction(parsed => Run(parsed.GetValue(notice)!, parsed.GetValue(output), parsed.GetValue(force), parsed, env));
        return command;
    }

    private static int Run(FileInfo file, DirectoryInfo? outDir, bool force, ParseResult parsed, CliEnvironment env)
    {
        if (file.Exists && file.Length > MaxBytes)
        {
            env.Error.WriteLine($"error: '{file.Name}' is {file.Length / (1024 * 1024)} MB; a vacancy notice is a few KB. Give the notice's text, not a whole export.");
            return ExitCodes.BadInput;
        }

        var text = InputFiles.ReadText(file.FullName, "notice", MaxBytes, env);
        if (text is null)
        {
            return ExitCodes.BadInput;
        }

        var result = NoticeImporter.Import(text, file.Name);
        PrintReport(result, env);
        if (result.Vacancy is not { } vacancy)
        {
            env.Error.WriteLine($"error: '{file.Name}' cannot be imported: {result.Unusable} Nothing was written.");
            return ExitCodes.BadInput;
        }

        var folder = outDir?.FullName ?? Directory.GetCurrentDirectory();
        var target = Path.Combine(folder, vacancy.Slug + ".json");
        var existing = FindExisting(vacancy, target, parsed, env);
        if (existing is not null)
        {
            var diff = VacancyFacts.Diff(existing.Value.Vacancy, vacancy);
            env.Out.WriteLine();
            if (diff.Count == 0)
            {
                env.Out.WriteLine($"An entry for this vacancy already exists ({existing.Value.Where}) with exactly these facts; nothing to write.");
                return result.HasGaps ? ExitCodes.Gaps : ExitCodes.Ok;
            }

            env.Out.WriteLine($"An entry for this vacancy already exists ({existing.Value.Where}). Differences ({diff.Count}):");
            foreach (var (field, before, after) in diff)
            {
                env.Out.WriteLine($"  {field}:");
                env.Out.WriteLine($"    - {Shorten(before)}");
                env.Out.WriteLine($"    + {Shorten(after)}");
            }

            if (!force)
            {
                env.Error.WriteLine("Not written: run again with --force to replace the existing entry.");
                return Exists;
            }
        }

        Directory.CreateDirectory(folder);
        if (!InputFiles.WriteText(target, VacancyFileWriter.Write(vacancy), env))
        {
            return ExitCodes.BadInput;
        }

        env.Out.WriteLine();
        env.Out.WriteLine($"Wrote {target}.");
        env.Out.WriteLine("Prose (titles, tasks, unit descriptions) is the notice's own text in English: rewrite it in your own words and add French before publishing.");
        return result.HasGaps ? ExitCodes.Gaps : ExitCodes.Ok;
    }

    private static (Vacancy Vacancy, string Where)? FindExisting(Vacancy imported, string target, ParseResult parsed, CliEnvironment env)
    {
        bool Same(Vacancy v) =>
            (imported.Reference is not null && v.Reference == imported.Reference) ||
            (string.Equals(VacancyNames.Normalise(v.Title.En), VacancyNames.Normalise(imported.Title.En), StringComparison.Ordinal) && v.Campaign == imported.Campaign) ||
            (v.Slug == imported.Slug && v.Campaign == imported.Campaign);

        var catalogue = CommonOptions.TryLoadCatalogue(parsed, env);
        if (catalogue?.All.FirstOrDefault(Same) is { } inCatalogue)
        {
            return (inCatalogue, $"'{inCatalogue.Slug}' in the catalogue");
        }

        if (File.Exists(target))
        {
            var folder = Path.GetDirectoryName(target)!;
            var loaded = VacancyCatalogueLoader.Load(folder).Catalogue?.All.FirstOrDefault(v => v.Slug == imported.Slug);
            if (loaded is not null)
            {
                return (loaded, target);
            }
        }

        return null;
    }

    private static void PrintReport(NoticeImport result, CliEnvironment env)
    {
        env.Out.WriteLine($"{"FIELD",-38} {"STATUS",-10} {"LINES",-12} VALUE / WHY");
        foreach (var f in result.Fields)
        {
            var lines = f.Lines.Count == 0 ? "-" : string.Join(",", f.Lines.Take(4).Select(n => n.ToString(CultureInfo.InvariantCulture))) + (f.Lines.Count > 4 ? ",..." : "");
            var status = f.Status switch { FieldStatus.Found => "found", FieldStatus.Doubtful => "DOUBTFUL", FieldStatus.Missing => "MISSING", _ => "not stated" };
            var detail = string.Join(" - ", new[] { Shorten(f.Value), f.Note }.Where(s => s.Length > 0));
            env.Out.WriteLine($"{f.Field,-38} {status,-10} {lines,-12} {detail}");
        }

        var gaps = result.Fields.Count(f => f.Status is FieldStatus.Missing or FieldStatus.Doubtful);
        env.Out.WriteLine();
        env.Out.WriteLine($"{result.Fields.Count(f => f.Status == FieldStatus.Found)} found, {gaps} missing or doubtful, {result.Fields.Count(f => f.Status == FieldStatus.NotStated)} not stated by the notice.");
    }

    private static string Shorten(string s) => s.Length <= 100 ? s : s[..97] + "...";
}
