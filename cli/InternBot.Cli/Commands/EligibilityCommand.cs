using InternBot.Core.Csv;
using System.CommandLine;
using InternBot.Cli.Csv;
using InternBot.Cli.Output;
using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Json;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Commands;

/// <summary>
/// `internbot eligibility`: one candidate profile (JSON) or a whole CSV export, decided by the shared engine.
/// </summary>
internal static class EligibilityCommand
{
    private const long MaxProfileBytes = 1024 * 1024;
    private const long MaxCsvBytes = 64 * 1024 * 1024;
    private const int MaxProblemsShown = 50;

    /// <summary>Columns added to a screened CSV (replaced, not duplicated, when screening a screened file).</summary>
    internal static readonly string[] ResultColumns = ["eligibility", "failedCriteria", "reasons", "desirableScore"];

    public static Command Create(CliEnvironment env)
    {
        var vacancy = new Option<string>("--vacancy") { Description = "The vacancy: reference (250772), slug (nds) or name.", Required = true };
        var profile = new Option<FileInfo?>("--profile") { Description = "A candidate profile as JSON (see README)." };
        var csv = new Option<FileInfo?>("--csv") { Description = "A CSV export of candidates to screen (see README)." };
        var format = new Option<string>("--format") { Description = "For --profile: json (default) or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var lang = new Option<string>("--lang") { Description = "Language of text output and CSV reasons: en (default) or fr.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "fr");
        var output = new Option<FileInfo?>("--out") { Description = "For --csv: where to write the screened CSV (default: standard output)." };

        var command = new Command("eligibility", "Decide eligibility for a vacancy, with a reason per criterion.") { vacancy, profile, csv, format, lang, output };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(profile) is null) == (result.GetValue(csv) is null))
            {
                result.AddError("Give exactly one of --profile <file.json> or --csv <file.csv>.");
            }
        });
        command.SetAction(parsed =>
        {
            var catalogue = CommonOptions.LoadCatalogue(parsed, env);
            var target = catalogue is null ? null : CommonOptions.FindVacancy(catalogue, parsed.GetValue(vacancy)!, env);
            if (catalogue is null || target is null)
            {
                return ExitCodes.BadInput;
            }

            var engine = new EligibilityEngine(env.Time);
            var language = Languages.Parse(parsed.GetValue(lang)) ?? Language.English;
            return parsed.GetValue(profile) is { } profileFile
                ? DecideProfile(profileFile.FullName, target, catalogue, engine, parsed.GetValue(format) == "text", language, env)
                : ScreenCsv(parsed.GetValue(csv)!.FullName, parsed.GetValue(output)?.FullName, target, catalogue, engine, language, env);
        });
        return command;
    }

    private static int DecideProfile(string path, Vacancy vacancy, VacancyCatalogue catalogue, EligibilityEngine engine, bool text, Language language, CliEnvironment env)
    {
        var json = InputFiles.ReadText(path, "--profile", MaxProfileBytes, env);
        if (json is null)
        {
            return ExitCodes.BadInput;
        }

        var (candidate, problems) = CandidateProfileReader.Read(json, Path.GetFileName(path), catalogue);
        if (candidate is null)
        {
            return Report(problems, env);
        }

        var decision = engine.Evaluate(candidate, vacancy);
        env.Out.WriteLine(text ? DecisionText.Render(decision, vacancy, language) : DecisionDocument.From(decision).ToJson());
        return ExitCodes.Ok;
    }

    private static int ScreenCsv(string path, string? outPath, Vacancy vacancy, VacancyCatalogue catalogue, EligibilityEngine engine, Language language, CliEnvironment env)
    {
        var text = InputFiles.ReadText(path, "--csv", MaxCsvBytes, env);
        if (text is null)
        {
            return ExitCodes.BadInput;
        }

        var source = Path.GetFileName(path);
        CsvTable table;
        try
        {
            table = CsvTable.Parse(text);
        }
        catch (FormatException e)
        {
            env.Error.WriteLine($"error: {source}: {e.Message} Fix the file and run again; nothing was written.");
            return ExitCodes.BadInput;
        }

        var (mapper, headerProblems) = CandidateCsv.ForHeader(table.Header, source, catalogue);
        if (mapper is null)
        {
            return Report(headerProblems, env);
        }

        var profiles = new List<CandidateProfile>();
        var problems = new List<InputProblem>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var (candidate, rowProblems) = mapper.Read(table.Rows[i], i + 2, source); // row 1 is the header
            problems.AddRange(rowProblems);
            if (candidate is not null)
            {
                profiles.Add(candidate);
            }
        }

        if (problems.Count > 0)
        {
            return Report(problems, env);
        }

        var screened = AppendResults(table, profiles.Select(p => engine.Evaluate(p, vacancy)).ToList(), language);
        if (outPath is null)
        {
            env.Out.Write(screened.Write());
        }
        // A file is for Excel: the separator it came with, and a byte-order mark so accents survive.
        else if (!InputFiles.WriteText(outPath, screened.Write(byteOrderMark: true), env))
        {
            return ExitCodes.BadInput;
        }
        else
        {
            env.Error.WriteLine($"Screened {profiles.Count} candidate(s) for {vacancy.Slug}; wrote {outPath}.");
        }

        return ExitCodes.Ok;
    }

    private static CsvTable AppendResults(CsvTable table, List<EligibilityDecision> decisions, Language language)
    {
        var keep = Enumerable.Range(0, table.Header.Count)
            .Where(i => !ResultColumns.Contains(table.Header[i].Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        var header = keep.Select(i => table.Header[i]).Concat(ResultColumns).ToList();
        var rows = table.Rows.Select((row, r) =>
        {
            var d = decisions[r];
            var notPassed = d.Criteria.Where(c => c.Outcome != Outcome.Passed).ToList();
            IReadOnlyList<string> cells = keep.Select(i => i < row.Count ? row[i] : "")
                .Concat(
                [
                    d.Verdict.ToString(),
                    string.Join(";", d.Failed.Select(c => c.Criterion)),
                    string.Join(" | ", notPassed.Select(c => $"{EligibilityLabels.Criterion(c.Criterion).In(language)}{(language == Language.French ? " :" : ":")} {c.Reason.In(language)}")),
                    $"{d.Desirable.Matched}/{d.Desirable.Total}",
                ]).ToList();
            return cells;
        }).ToList();
        return new CsvTable(header, rows) { Delimiter = table.Delimiter };
    }

    private static int Report(IReadOnlyList<InputProblem> problems, CliEnvironment env)
    {
        env.Error.WriteLine($"error: the input has {problems.Count} problem(s); nothing was decided or written:");
        foreach (var problem in problems.Take(MaxProblemsShown))
        {
            env.Error.WriteLine($"  - {problem}");
        }

        if (problems.Count > MaxProblemsShown)
        {
            env.Error.WriteLine($"  ... and {problems.Count - MaxProblemsShown} more.");
        }

        return ExitCodes.BadInput;
    }
}
