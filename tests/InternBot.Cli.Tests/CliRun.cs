using System.Globalization;

namespace InternBot.Cli.Tests;

/// <summary>Runs `internbot` in-process with captured output, a fixed clock and its own environment.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Today = DateTimeOffset.Parse("2026-11-21T12:00:00Z", CultureInfo.InvariantCulture);

    public static async Task<CliRun> Of(string[] args, Dictionary<string, string>? environment = null)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var env = new CliEnvironment(output, error, new Clock(Today), name => environment?.GetValueOrDefault(name));
        var code = await CliApp.RunAsync(args, env, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>A folder of its own for one test, removed afterwards.</summary>
internal sealed class Files : IDisposable
{
    public Files() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "internbot-cli-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
