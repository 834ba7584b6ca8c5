using System.Globalization;
using InternBot.Bot.Hosting;
using InternBot.Testing;

namespace InternBot.Bench;

/// <summary>
/// /api/messages with conversation state in SQLite (one instance) and in Azure Storage (Azurite, started here) with
/// one and with two instances, every turn of a conversation on the other instance than the last (the worst a router
/// can do). All in one process on the same cores as Azurite and the client: compare the rows, not the absolute numbers.
/// </summary>
internal static class ScaleOutBenchmark
{
    public static async Task<int> RunAsync(int seconds)
    {
        await using var azurite = await AzuriteProcess.StartAsync(Questions.RepositoryRoot());
        var database = Path.Combine(Path.GetTempPath(), $"internbot-bench-{Guid.NewGuid():N}.db");
        var prefix = AzuriteProcess.NewPrefix();
        string[] Common(string db) => ["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Bot:AllowAnonymous=true", "--Logging:LogLevel:Default=Warning", $"--Storage:Sqlite:Path={db}"];
        string[] Shared(string db) => [.. Common(db), "--Storage:Provider=AzureStorage", $"--Storage:AzureStorage:ConnectionString={azurite.ConnectionString}", $"--Storage:AzureStorage:NamePrefix={prefix}"];
        var sqlite = InternBotApp.Build(Common(database));
        var first = InternBotApp.Build(Shared(database + ".a"));
        var second = InternBotApp.Build(Shared(database + ".b"));
        foreach (var app in new[] { sqlite, first, second })
        {
            await app.StartAsync();
        }

        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
            Console.WriteLine($"POST /api/messages with expectReplies, {seconds} s per row after 1 s warm-up, {Environment.ProcessorCount} cores shared by the hosts, Azurite (Node.js) and the client");
            Console.WriteLine("Questions from the development sets in turn; each sender is its own conversation (state read and written every turn).");
            Console.WriteLine();
            Console.WriteLine("| store | instances | concurrent conversations | turns/s | p50 ms | p99 ms | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            var questions = Questions.Load();
            string Url(WebApplication app) => app.Urls.First().TrimEnd('/') + "/api/messages";
            foreach (var concurrency in new[] { 1, 16 })
            {
                foreach (var (store, instances, path) in new (string, int, Func<int, int, string>)[]
                {
                    ("SQLite (embedded)", 1, (_, _) => Url(sqlite)),
                    ("Azure Storage (Azurite)", 1, (_, _) => Url(first)),
                    ("Azure Storage (Azurite)", 2, (_, i) => Url(i % 2 == 0 ? first : second)),
                })
                {
                    var row = $"{store[..5]}{instances}-{concurrency}";
                    var r = await LoadRunner.RunAsync(client, path, (w, i) => MessagesBenchmark.Activity($"{row}-{w}", i, questions[(w * 7919 + i) % questions.Count]), concurrency, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(1));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {store} | {instances} | {concurrency} | {r.PerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors} |"));
                }
            }
        }
        finally
        {
            foreach (var app in new[] { sqlite, first, second })
            {
                await app.StopAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }

        return 0;
    }
}
