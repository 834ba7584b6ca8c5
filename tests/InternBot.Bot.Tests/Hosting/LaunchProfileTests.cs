using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json.Nodes;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Hosting;

/// <summary>
/// "dotnet run --project bot" starts in Development through the launch profile, but an environment the person sets
/// (ASPNETCORE_ENVIRONMENT=Production) wins, so a production-like run can never land in Development by accident.
/// The host is started as its own process, with exactly the variables the launch profile sets.
/// </summary>
public sealed class LaunchProfileTests
{
    private static readonly string HostFolder = Path.Combine(Repository.Root, "bot", "bin",
        typeof(LaunchProfileTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");

    private static Dictionary<string, string> ProfileVariables()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "bot", "Properties", "launchSettings.json")))!;
        var profile = Assert.Single(settings["profiles"]!.AsObject()).Value!;
        return profile["environmentVariables"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
    }

    [Fact]
    public void TheLaunchProfileNeverSetsTheVariablesAPersonWouldSet()
    {
        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", ProfileVariables().Keys);
        Assert.DoesNotContain("DOTNET_ENVIRONMENT", ProfileVariables().Keys);
    }

    [Fact]
    public async Task TheLaunchProfileAloneStartsTheHostInDevelopment()
    {
        var port = FreePort();
        using var host = Start(ProfileVariables(), port);
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (host.HasExited)
            {
                Assert.Fail($"the host stopped: {await host.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
            }

            try
            {
                // 503 while the seeded applications are decided after the start: ready a moment later.
                var health = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), TestContext.Current.CancellationToken);
                if (health.StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(200, TestContext.Current.CancellationToken);
                    continue;
                }

                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                break;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }

        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public async Task AnEnvironmentThePersonSetOverridesTheLaunchProfile(string variable)
    {
        var variables = ProfileVariables();
        variables[variable] = "Production";
        using var host = Start(variables, FreePort());
        var exited = host.WaitForExitAsync(TestContext.Current.CancellationToken);
        var stderr = host.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = host.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await exited.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        // In Production the development settings (anonymous mode) are not loaded, so the missing bot id stops it.
        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("Bot:AppId is missing", await stdout + await stderr, StringComparison.Ordinal);
    }

    private static Process Start(Dictionary<string, string> variables, int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(Repository.Root, "bot"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(HostFolder, "InternBot.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Storage:Sqlite:Path={Path.Combine(Path.GetTempPath(), $"internbot-launch-{Guid.NewGuid():N}.db")}");
        start.ArgumentList.Add("--Storage:Sqlite:SeedOnFirstRun=false");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
