using InternBot.Core.Csv;
using System.CommandLine;
using System.Globalization;
using InternBot.Cli.Csv;

namespace InternBot.Cli.Commands;

/// <summary>`internbot unanswered`: the questions the bot could not answer, for staff to review (text only, no names).</summary>
internal static class UnansweredCommand
{
    public static Command Create(CliEnvironment env)
    {
        var database = CommonOptions.Database();
        var shared = CommonOptions.SharedStore();
        var since = new Option<string?>("--since") { Description = "Only questions asked on or after this date (YYYY-MM-DD)." };
        var limit = CommonOptions.Limit(100);
        var format = CommonOptions.TextOrCsv();
        var command = new Command("unanswered", "List the questions the bot could not answer from the notices.") { database, shared, since, limit, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!CommonOptions.TryDay(parsed.GetValue(since), "--since", env, out var from))
            {
                return ExitCodes.BadInput;
            }

            if (!CommonOptions.TryLimit(parsed, limit, env, out var count))
            {
                return ExitCodes.BadInput;
            }

            if (await CommonOptions.OpenStateStoresAsync(parsed, database, shared, env, cancellationToken) is not { } stores)
            {
                return ExitCodes.BadInput;
            }

            var questions = await stores.Questions.ListAsync(from, count, cancellationToken);
            if (parsed.GetValue(format) == "csv")
            {
                await env.Out.WriteAsync(new CsvTable(["askedAt", "language", "vacancy", "question"],
                    questions.Select(q => (IReadOnlyList<string>)[q.AskedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), q.Language, q.Vacancy ?? "", q.Text]).ToList()).Write());
                return ExitCodes.Ok;
            }

            if (questions.Count == 0)
            {
                await env.Out.WriteLineAsync("No unanswered questions.");
                return ExitCodes.Ok;
            }

            await env.Out.WriteLineAsync($"{"ASKED (UTC)",-17} {"LANG",-4} {"VACANCY",-8} QUESTION");
            foreach (var q in questions)
            {
                await env.Out.WriteLineAsync($"{q.AskedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),-17} {q.Language,-4} {q.Vacancy ?? "-",-8} {q.Text.ReplaceLineEndings(" ")}");
            }

            await env.Out.WriteLineAsync($"{questions.Count} question(s).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
