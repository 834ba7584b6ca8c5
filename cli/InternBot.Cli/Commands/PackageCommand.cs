using System.CommandLine;
using InternBot.Cli.Packaging;

namespace InternBot.Cli.Commands;

/// <summary>`internbot package --env &lt;file&gt;`: the Teams app package, filled from an environment file.</summary>
internal static class PackageCommand
{
    public static Command Create(CliEnvironment env)
    {
        var envFile = new Option<FileInfo>("--env") { Description = "Environment file with the values the manifest needs (see manifest/env/example.env).", Required = true };
        var manifest = new Option<DirectoryInfo>("--manifest") { Description = "Folder with manifest.template.json, its localisation files and icons.", DefaultValueFactory = _ => new DirectoryInfo("manifest") };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the package.", DefaultValueFactory = _ => new FileInfo("appPackage.zip") };
        var command = new Command("package", "Build the Teams app package (appPackage.zip) from manifest/ and an environment file.") { envFile, manifest, output };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var file = parsed.GetValue(envFile)!;
            if (!file.Exists)
            {
                await env.Error.WriteLineAsync($"error: environment file {file.FullName} does not exist. Fix: copy manifest/env/example.env and fill in your values.");
                return ExitCodes.BadInput;
            }

            var (values, problems) = EnvironmentFile.Read(file.FullName);
            var result = problems.Count > 0 ? new AppPackageBuilder.Result(null, problems, null) : AppPackageBuilder.Build(parsed.GetValue(manifest)!.FullName, values);
            if (result.Package is null)
            {
                foreach (var problem in result.Problems)
                {
                    await env.Error.WriteLineAsync($"error: {problem}");
                }

                await env.Error.WriteLineAsync("No package was written.");
                return ExitCodes.BadInput;
            }

            // Written next to the target and moved into place, so a failed run never leaves half a package.
            var target = parsed.GetValue(output)!;
            target.Directory?.Create();
            var temporary = target.FullName + ".tmp";
            await File.WriteAllBytesAsync(temporary, result.Package, cancellationToken);
            File.Move(temporary, target.FullName, overwrite: true);
            await env.Out.WriteLineAsync($"Wrote {target.FullName} (Teams app {values["TEAMS_APP_ID"]} version {values["APP_VERSION"]}, manifest {result.Manifest!["manifestVersion"]}).");
            await env.Out.WriteLineAsync("The host must run with these settings (infra/main.bicep sets them):");
            foreach (var (key, value) in HostSettings(values))
            {
                await env.Out.WriteLineAsync($"  {key}={value}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The host configuration that must agree with the package: same bot id, same SSO app and resource.</summary>
    public static IReadOnlyList<(string Key, string Value)> HostSettings(IReadOnlyDictionary<string, string> values) =>
    [
        ("Bot__AppId", values["BOT_ID"]),
        ("Tab__ClientId", values["TAB_CLIENT_ID"]),
        ("Tab__ApplicationIdUri", $"api://{values["HOST_DOMAIN"]}/{values["TAB_CLIENT_ID"]}"),
    ];
}
