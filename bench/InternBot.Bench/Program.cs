using InternBot.Bench;

// Benchmarks whose numbers the README quotes. Run in Release: dotnet run -c Release --project bench/InternBot.Bench -- <name>
var name = args.FirstOrDefault() ?? "help";
var seconds = Option("--seconds", 5);
var latencyMs = Option("--latency-ms", 50);
return name switch
{
    "messages" => await MessagesBenchmark.RunAsync(seconds),
    "scaleout" => await ScaleOutBenchmark.RunAsync(seconds),
    "applications" => await ApplicationsBenchmark.RunAsync(latencyMs),
    "tab" => await TabBenchmark.RunAsync(Option("--requests", 200)),
    "soak" => await SoakBenchmark.RunAsync(Option("--seconds", 300), Option("--concurrency", 16)),
    "understanding" => UnderstandingBenchmark.Run(Option("--rounds", 5)),
    _ => Help(),
};

int Option(string option, int fallback) => args.SkipWhile(a => a != option).Skip(1).Select(int.Parse).FirstOrDefault(fallback);

static int Help()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/InternBot.Bench -- <benchmark> [options]");
    Console.WriteLine("  messages [--seconds N]          POST /api/messages with expectReplies at 1, 16 and 64 concurrent conversations (one common question, the development sets' questions, new questions), against a bare endpoint");
    Console.WriteLine("  scaleout [--seconds N]          POST /api/messages with state in SQLite, and in Azure Storage (Azurite) with one and two instances, at 1 and 16 conversations");
    Console.WriteLine("  applications [--latency-ms N]   load 10,000 applications from SharePoint via Graph (fake, N ms per request) cold and warm (delta), and from SQLite");
    Console.WriteLine("  tab [--requests N]              the dashboard API over 10,000 applications (p50/p99) and time to first render in Chromium");
    Console.WriteLine("  soak [--seconds N] [--concurrency N]   full load for N seconds (default 300): turns/s, p99 and resident memory every 30 s");
    Console.WriteLine("  understanding [--rounds N]      reading and answering each development-set question in process, nothing cached (mean, p50, p99)");
    return 2;
}
