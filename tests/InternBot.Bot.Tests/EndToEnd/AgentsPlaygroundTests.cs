using InternBot.Testing;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm) chats with the real host on loopback: a message typed in the
/// Playground reaches /api/messages, and the bot's card comes back through the Playground's own connector.
/// </summary>
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"internbot-playground-{Guid.NewGuid():N}");
    private Microsoft.AspNetCore.Builder.WebApplication? _bot;
    private Process? _playground;
    private int _port;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _bot = InternBot.Bot.Hosting.InternBotApp.Build(["--environment", "Development", "--urls", "http://127.0.0.1:0", "--Bot:AllowAnonymous=true",
            "--Logging:LogLevel:Default=Warning", $"--Storage:Sqlite:Path={Path.Combine(_folder, "bot.db")}"]);
        await _bot.StartAsync(TestContext.Current.CancellationToken);

        // The Playground opens a browser with xdg-open when it starts; a no-op one keeps it from exiting here.
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        await File.WriteAllTextAsync(Path.Combine(bin, "xdg-open"), "#!/bin/sh\nexit 0\n", TestContext.Current.CancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "xdg-open"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var cli = Path.Combine(Repository.Root, "tests", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new Xunit.Sdk.XunitException("The Agents Playground is not installed: run ./test.sh (it runs 'npm ci --prefix tests/playground').");
        }

        _port = FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = _folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "-e", _bot.Urls.First().TrimEnd('/') + "/api/messages", "-c", "msteams", "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["BROWSER"] = "none";
        _playground = Process.Start(start);
    }

    public async ValueTask DisposeAsync()
    {
        if (_playground is { HasExited: false })
        {
            _playground.Kill(entireProcessTree: true);
            await _playground.WaitForExitAsync();
        }

        _playground?.Dispose();
        if (_bot is not null)
        {
            await _bot.StopAsync();
            await _bot.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AMessageTypedInThePlaygroundGetsTheBotsAnswerCard()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        var config = await WaitForConfigAsync(http);
        var chat = config.GetProperty("personalChat").GetProperty("id").GetString()!;
        var user = config.GetProperty("currentUser").GetProperty("id").GetString()!;

        using var stream = new ClientWebSocket();
        await stream.ConnectAsync(new Uri($"ws://127.0.0.1:{_port}/_ws_conversation/v1/conversations/stream"), TestContext.Current.CancellationToken);
        var sent = await http.PostAsJsonAsync($"/_conversation/v1/conversations/{chat}/messages", new { from = new { id = user }, text = "What is the deadline for NDS?", textFormat = "plain" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        var received = await ReceiveUntilAsync(stream, "22 June 2025", TimeSpan.FromSeconds(30));
        Assert.Contains("application/vnd.microsoft.card.adaptive", received, StringComparison.Ordinal);
        Assert.Contains("Source: NDS (250772) notice", received, StringComparison.Ordinal);
    }

    private async Task<JsonElement> WaitForConfigAsync(HttpClient http)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_playground!.HasExited)
            {
                throw new Xunit.Sdk.XunitException($"The Playground exited: {await _playground.StandardError.ReadToEndAsync()}");
            }

            try
            {
                return (await http.GetFromJsonAsync<JsonElement>("/_internal/v1/config", TestContext.Current.CancellationToken)).GetProperty("config");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(250, TestContext.Current.CancellationToken);
            }
        }
    }

    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string text, TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        var seen = new StringBuilder();
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"No message containing '{text}' within {timeout.TotalSeconds} s. Received: {seen}");
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var json = Encoding.UTF8.GetString(message.ToArray());
            message.SetLength(0);
            seen.AppendLine(json.Length > 200 ? json[..200] : json);
            if (json.Contains(text, StringComparison.Ordinal))
            {
                return json;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
