namespace InternBot.Cli;

/// <summary>What a command may touch outside its arguments: output streams, the clock and configuration.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Time, Func<string, string?> GetVariable)
{
    public static CliEnvironment System => new(Console.Out, Console.Error, TimeProvider.System, Environment.GetEnvironmentVariable);

    /// <summary>Builds the Graph client for SharePoint commands; tests replace it with one on a fake Graph.</summary>
    public Func<GraphAccessOptions, Microsoft.Graph.GraphServiceClient> Graph { get; init; } = GraphAccessOptions.CreateClient;
}

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command worked but its result has gaps (for example an import with missing fields).</summary>
    public const int Gaps = 1;

    /// <summary>The input was unusable: unknown vacancy, malformed file or value. Nothing was written.</summary>
    public const int BadInput = 2;
}
