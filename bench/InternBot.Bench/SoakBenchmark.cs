using System.Diagnostics;
using System.Globalization;
using InternBot.Bot.Hosting;

namespace InternBot.Bench;

/// <summary>
/// Full load for minutes on end (16 concurrent conversations asking the development sets' questions, each activity
/// new): turns per second, p99 and resident memory per interval, to show that memory stays bounded and the tail
/// does not drift.
/// </summary>
internal static class SoakBenchmark
{
    public static async Task<int> RunAsync(int seconds, int concurrency)
    {
        var database = Path.Combine(Path.GetTempPath(), $"internbot-soak-{Guid.NewGuid():N}.db");
        var bot = InternBotApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Bot:AllowAnonymous=true", "--Logging:LogLevel:Default=Warning", $"--Storage:Sqlite:Path={database}"]);
        await bot.StartAsync();
        var questions = Questions.Load();
        var url = bot.Urls.First().TrimEnd('/') + "/api/messages";
        var process = Process.GetCurrentProcess();
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
            Console.WriteLine($"Soak: {concurrency} concurrent conversations, the development sets' questions in turn ({questions.Count}), every activity new, {seconds} s, {Environment.ProcessorCount} cores; client and host in one process (RSS counts both)");
            Console.WriteLine();
            Console.WriteLine("| interval | turns/s | p50 ms | p99 ms | errors | RSS MB | managed heap MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| start | | | | | {Rss(process):0} | {GC.GetTotalMemory(false) / 1048576.0:0} |"));
            var interval = TimeSpan.FromSeconds(Math.Min(30, seconds));
            var maxRss = 0.0;
            var round = 0;
            for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromSeconds(seconds); elapsed += interval, round++)
            {
                var r = round;
                var result = await LoadRunner.RunAsync(client, url, (w, i) => MessagesBenchmark.Activity($"s{r}-{w}", i, questions[(w * 7919 + i) % questions.Count]), concurrency, interval, round == 0 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);
                var rss = Rss(process);
                maxRss = Math.Max(maxRss, rss);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {elapsed.TotalSeconds:0}–{(elapsed + interval).TotalSeconds:0} s | {result.PerSecond:0} | {result.P50Ms:0.00} | {result.P99Ms:0.00} | {result.Errors} | {rss:0} | {GC.GetTotalMemory(false) / 1048576.0:0} |"));
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RSS at the end: {Rss(process):0} MB; highest: {maxRss:0} MB."));

            // What is really kept (the rest was garbage not yet collected): one full collection, after the load.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Live managed memory after a full collection: {GC.GetTotalMemory(true) / 1048576.0:0} MB; RSS then: {Rss(process):0} MB."));
        }
        finally
        {
            await bot.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }

        return 0;
    }

    private static double Rss(Process process)
    {
        process.Refresh();
        return process.WorkingSet64 / 1048576.0;
    }
}
