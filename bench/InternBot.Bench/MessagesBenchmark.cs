using System.Globalization;
using System.Text;
using InternBot.Bot.Hosting;

namespace InternBot.Bench;

/// <summary>
/// The bot host's /api/messages (anonymous, expectReplies, on loopback) next to a bare ASP.NET Core endpoint that
/// returns a reply of the same shape without any bot work: the ceiling for this machine.
/// </summary>
internal static class MessagesBenchmark
{
    private const string Reply = """{"activities":[{"type":"message","id":"reply-1","serviceUrl":"http://localhost:1/","channelId":"msteams","from":{"id":"28:bot"},"conversation":{"id":"a:1"},"recipient":{"id":"29:user"},"textFormat":"plain","text":"International Military Staff – NATO Digital Staff (NDS) internship (250772): applications closed on 22 June 2025, 23:59 Brussels time.","replyToId":"1"}]}""";

    public static async Task<int> RunAsync(int seconds)
    {
        var database = Path.Combine(Path.GetTempPath(), $"internbot-bench-{Guid.NewGuid():N}.db");
        var bot = InternBotApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Bot:AllowAnonymous=true", "--Logging:LogLevel:Default=Warning", $"--Storage:Sqlite:Path={database}"]);
        await bot.StartAsync();
        var ceiling = BareEndpoint();
        await ceiling.StartAsync();
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
            Console.WriteLine($"POST /api/messages with deliveryMode expectReplies (a grounded answer card, conversation state in SQLite), {seconds} s per row after 1 s warm-up, {Environment.ProcessorCount} cores, client and server in one process on loopback");
            Console.WriteLine("Rows: one question asked by everyone (answers and cards are remembered); the development sets' questions in turn; a question never seen before every time (the full path: understanding, planning, card).");
            Console.WriteLine();
            Console.WriteLine("| target | concurrent conversations | turns/s | p50 ms | p99 ms | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            var questions = Questions.Load();
            foreach (var concurrency in new[] { 1, 16, 64 })
            {
                foreach (var (label, app, body) in new (string, WebApplication, Func<int, int, string>)[]
                {
                    ("InternBot host, one common question", bot, (w, i) => Activity($"c{concurrency}-{w}", i)),
                    ("InternBot host, questions from the development sets", bot, (w, i) => Activity($"d{concurrency}-{w}", i, questions[(w * 7919 + i) % questions.Count])),
                    ("InternBot host, every question new", bot, (w, i) => Activity($"n{concurrency}-{w}", i, $"{questions[(w * 7919 + i) % questions.Count]} ({w}-{i})")),
                    ("bare endpoint (ceiling)", ceiling, (w, i) => Activity($"b{concurrency}-{w}", i)),
                })
                {
                    var url = app.Urls.First().TrimEnd('/') + "/api/messages";
                    var r = await LoadRunner.RunAsync(client, url, body, concurrency, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(1));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {concurrency} | {r.PerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Errors} |"));
                }
            }
        }
        finally
        {
            await bot.StopAsync();
            await ceiling.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }

        return 0;
    }

    // Each sender is its own conversation; ids are unique (per row too) so de-duplication never short-circuits a turn.
    internal static string Activity(string worker, int i) => Activity(worker, i, "deadline for digital staff");

    internal static string Activity(string worker, int i, string text) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"type":"message","id":"{{worker}}-{{i}}","channelId":"msteams","serviceUrl":"http://localhost:1/","from":{"id":"29:user{{worker}}"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:conv{{worker}}"},"text":{{System.Text.Json.JsonSerializer.Serialize(text)}},"locale":"en-US","deliveryMode":"expectReplies"}""");

    private static WebApplication BareEndpoint()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var body = Encoding.UTF8.GetBytes(Reply);
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(body);
        });
        return app;
    }
}
