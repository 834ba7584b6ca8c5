using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Infra;

/// <summary>
/// The infrastructure compiled and linted by the real Bicep compiler (NuGet Azure.Bicep.CommandLine.linux-x64),
/// failing on any warning. The compiled ARM templates are left in artifacts/infra for admins who deploy from the portal.
/// </summary>
public sealed class BicepTests
{
    private static readonly string Infra = Path.Combine(Repository.Root, "infra");
    private static readonly string Artefacts = Path.Combine(Repository.Root, "artifacts", "infra");

    [Fact]
    public async Task TheTemplateCompilesWithoutAWarning()
    {
        Directory.CreateDirectory(Artefacts);
        var output = await BicepAsync("build", Path.Combine(Infra, "main.bicep"), "--outfile", Path.Combine(Artefacts, "azuredeploy.json"));
        Assert.Equal("", output);
        var arm = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Artefacts, "azuredeploy.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", arm["$schema"]!.GetValue<string>());
        Assert.NotNull(arm["outputs"]!["hostDomain"]);
    }

    [Fact]
    public async Task TheParametersFileCompilesAgainstTheTemplate()
    {
        Directory.CreateDirectory(Artefacts);
        var output = await BicepAsync("build-params", Path.Combine(Infra, "main.bicepparam"), "--outfile", Path.Combine(Artefacts, "azuredeploy.parameters.json"));
        Assert.Equal("", output);
        var parameters = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Artefacts, "azuredeploy.parameters.json"), TestContext.Current.CancellationToken))!;
        Assert.NotNull(parameters["parameters"]!["name"]);
    }

    [Fact]
    public async Task TheLinterFindsNothing()
    {
        Assert.Equal("", await BicepAsync("lint", Path.Combine(Infra, "main.bicep")));
    }

    /// <summary>Runs bicep; returns what it printed (diagnostics), and fails when it exits non-zero.</summary>
    private static async Task<string> BicepAsync(params string[] args)
    {
        var package = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCompiler").Value;
        var bicep = Path.Combine(package ?? "", "tools", "bicep");
        Assert.True(File.Exists(bicep), $"The Bicep compiler is missing at {bicep}: restore the solution (Azure.Bicep.CommandLine.linux-x64).");
        var start = new ProcessStartInfo(bicep) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // Offline and quiet: no telemetry, no version check against the internet.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var printed = ((await stdout) + (await stderr)).Trim();
        Assert.True(process.ExitCode == 0, $"bicep {string.Join(' ', args)} exited {process.ExitCode}:{Environment.NewLine}{printed}");
        return printed;
    }
}
