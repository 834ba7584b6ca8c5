using InternBot.Bench;

// Benchmarks whose numbers the README quotes. Run in Release: dotnet run -c Release --project bench/InternBot.Bench -- <name>
var name = args.FirstOrDefault() ?? "help";
var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(5);
return name switch
{
    "messages" => await MessagesBenchmark.RunAsync(seconds),
    _ => Help(),
};

static int Help()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/InternBot.Bench -- messages [--seconds N]");
    Console.WriteLine("  messages  POST /api/messages with expectReplies at 1, 16 and 64 concurrent conversations, against a bare endpoint");
    return 2;
}
