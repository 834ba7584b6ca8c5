using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InternBot.Testing;

/// <summary>
/// Microsoft's Azure Storage emulator (npm "azurite", installed by test.sh into tests/azurite), started on free
/// loopback ports, in memory, with its telemetry off: a real Blob and Table server. The tests start one per test
/// assembly or class (each test takes its own name prefix, so tests share it without seeing each other's data); the
/// benchmarks start one too.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account (documented by Microsoft; not a secret).</summary>
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;

    public string ConnectionString { get; private set; } = "";

    public int BlobPort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>A fresh table and container name prefix (lower-case letters and digits).</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot)
    {
        var azurite = new AzuriteProcess();
        await azurite.StartInAsync(Path.Combine(repositoryRoot, "tests", "azurite"));
        return azurite;
    }

    private async Task StartInAsync(string folder)
    {
        var script = Path.Combine(folder, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("tests/azurite/node_modules is missing: run ./test.sh (it runs 'npm ci --prefix tests/azurite').");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
                 {
                     script, "--silent", "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck",
                     "--blobHost", "127.0.0.1", "--blobPort", "0", "--tableHost", "127.0.0.1", "--tablePort", "0", "--queueHost", "127.0.0.1", "--queuePort", "0",
                 })
        {
            start.ArgumentList.Add(a);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started for Azurite.");
        var ports = new Dictionary<string, int>();
        var started = Stopwatch.StartNew();
        while (ports.Count < 2)
        {
            var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (line is null)
            {
                throw new InvalidOperationException($"Azurite exited before listening: {await _process.StandardError.ReadToEndAsync()}");
            }

            if (Listening().Match(line) is { Success: true } m && m.Groups[1].Value is "Blob" or "Table")
            {
                ports[m.Groups[1].Value] = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        // Keep reading its output so a full pipe never blocks it.
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        (BlobPort, TablePort) = (ports["Blob"], ports["Table"]);
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"Azurite (Blob|Table) service is successfully listening at http://127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();
}
