using System.CommandLine;
using System.Globalization;
using InternBot.Core.Applications;
using InternBot.Core.Csv;

namespace InternBot.Cli.Commands;

/// <summary>
/// `internbot audit`: who viewed, exported or changed which application (object ids, never content), and the purge
/// that applies the retention rule (12 months after the campaign ended, unless --before says otherwise).
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliEnvironment env)
    {
        var database = CommonOptions.Database();
        var shared = CommonOptions.SharedStore();
        var application = new Option<string?>("--application") { Description = "Only this application's entries (its id, as the tab shows it)." };
        var since = new Option<string?>("--since") { Description = "Only entries on or after this date (YYYY-MM-DD)." };
        var limit = CommonOptions.Limit(200);
        var format = CommonOptions.TextOrCsv();
        var purge = new Option<bool>("--purge") { Description = "Delete the entries the retention rule lets go (older than 12 months and from before the latest campaign closed), or those before --before." };
        var before = new Option<string?>("--before") { Description = "With --purge: delete the entries before this date (YYYY-MM-DD) instead." };
        var command = new Command("audit", "Who viewed, exported or changed which application; --purge applies the retention rule.") { database, shared, application, since, limit, format, purge, before, CommonOptions.Vacancies };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!CommonOptions.TryDay(parsed.GetValue(since), "--since", env, out var from) || !CommonOptions.TryDay(parsed.GetValue(before), "--before", env, out var cutoff))
            {
                return ExitCodes.BadInput;
            }

            if (cutoff is not null && !parsed.GetValue(purge))
            {
                await env.Error.WriteLineAsync("error: --before only goes with --purge.");
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

            var log = stores.Audit;
            if (parsed.GetValue(purge))
            {
                DateTimeOffset purgeBefore;
                if (cutoff is { } chosen)
                {
                    purgeBefore = chosen;
                }
                else if (CommonOptions.LoadCatalogue(parsed, env) is { } catalogue)
                {
                    purgeBefore = AuditRetention.PurgeBefore(catalogue, env.Time.GetUtcNow());
                }
                else
                {
                    return ExitCodes.BadInput;
                }

                var removed = await log.PurgeAsync(purgeBefore, cancellationToken);
                await env.Out.WriteLineAsync($"Purged {removed} audit entr{(removed == 1 ? "y" : "ies")} from before {purgeBefore.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
                return ExitCodes.Ok;
            }

            var entries = await log.ListAsync(parsed.GetValue(application), from, count, cancellationToken);
            if (parsed.GetValue(format) == "csv")
            {
                await env.Out.WriteAsync(new CsvTable(["at", "actor", "action", "application", "detail"],
                    entries.Select(e => (IReadOnlyList<string>)[e.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.Actor, e.Action.ToString(), e.ApplicationId ?? "", e.Detail ?? ""]).ToList()).Write(neutraliseFormulas: true));
                return ExitCodes.Ok;
            }

            if (entries.Count == 0)
            {
                await env.Out.WriteLineAsync("No audit entries.");
                return ExitCodes.Ok;
            }

            await env.Out.WriteLineAsync($"{"AT (UTC)",-19} {"ACTOR",-36} {"ACTION",-13} {"APPLICATION",-11} DETAIL");
            foreach (var e in entries)
            {
                await env.Out.WriteLineAsync($"{e.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),-19} {e.Actor,-36} {e.Action,-13} {e.ApplicationId ?? "-",-11} {e.Detail}");
            }

            await env.Out.WriteLineAsync($"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
