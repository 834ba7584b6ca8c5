using System.CommandLine;
using InternBot.Core.Applications;
using InternBot.Storage.SharePoint;
using InternBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace InternBot.Cli.Commands;

/// <summary>`internbot seed`: the deterministic synthetic applications, into SQLite (default) or a SharePoint list.</summary>
internal static class SeedCommand
{
    public static Command Create(CliEnvironment env)
    {
        var graph = new GraphOptions();
        var database = new Option<FileInfo?>("--db") { Description = "SQLite file (default: Storage:Sqlite:Path from Storage__Sqlite__Path, else the bot's default)." };
        var count = new Option<int>("--count") { Description = "How many applications (at least the edge cases; default 2000).", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data.", DefaultValueFactory = _ => 20250622 };
        var replace = new Option<bool>("--replace") { Description = "SQLite: delete the existing applications first." };
        var command = new Command("seed", "Write the synthetic applications data set to SQLite or a SharePoint list.") { database, count, seed, replace };
        graph.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var catalogue = CommonOptions.LoadCatalogue(parsed, env);
            if (catalogue is null)
            {
                return ExitCodes.BadInput;
            }

            if (parsed.GetValue(count) is < 1 or > 1_000_000)
            {
                await env.Error.WriteLineAsync("error: --count must be between 1 and 1000000.");
                return ExitCodes.BadInput;
            }

            var data = SeedData.Generate(catalogue, parsed.GetValue(count), parsed.GetValue(seed));
            IApplicationStore store;
            string where;
            if (parsed.GetValue(graph.Site) is not null)
            {
                var access = graph.Access(parsed, env);
                if (!graph.Validate(parsed, env, access))
                {
                    return ExitCodes.BadInput;
                }

                var options = graph.ListOptions(parsed);
                store = new SharePointApplicationStore(env.Graph(access), options, new SharePointListLocator(), NullLogger<SharePointApplicationStore>.Instance);
                where = $"'{options.ListName}' on {options.SiteUrl}";
            }
            else
            {
                var path = parsed.GetValue(database)?.FullName ?? env.GetVariable("Storage__Sqlite__Path") ?? SqliteStorageOptions.DefaultPath;
                var db = new SqliteDatabase(path);
                await db.MigrateAsync(cancellationToken);
                var sqlite = new SqliteApplicationStore(db, env.Time);
                var existing = await sqlite.ChangesAsync(null, cancellationToken);
                if (existing.Changed.Count > 0)
                {
                    if (!parsed.GetValue(replace))
                    {
                        await env.Error.WriteLineAsync($"error: {path} already holds {existing.Changed.Count} application(s); nothing was written. Add --replace to start again from the seed.");
                        return ExitCodes.BadInput;
                    }

                    foreach (var a in existing.Changed)
                    {
                        await sqlite.DeleteAsync(a.Id, cancellationToken);
                    }
                }

                store = sqlite;
                where = path;
            }

            try
            {
                var written = await store.AddAsync(data, cancellationToken);
                await env.Out.WriteLineAsync($"Wrote {written} applications ({data.Select(a => a.CandidateId).Distinct().Count()} candidates, {data.Select(a => a.Vacancy).Distinct().Count()} vacancies) to {where}.");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is Microsoft.Kiota.Abstractions.ApiException or InvalidOperationException or Azure.Identity.AuthenticationFailedException)
            {
                await env.Error.WriteLineAsync($"error: seeding failed: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
