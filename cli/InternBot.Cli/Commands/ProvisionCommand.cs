using System.CommandLine;
using InternBot.Storage.SharePoint;

namespace InternBot.Cli.Commands;

/// <summary>
/// `internbot provision --site <url>`: creates the applications list and its indexed columns through Graph,
/// idempotently; `--write-templates <folder>` writes the PnP template and CLI for Microsoft 365 script instead.
/// </summary>
internal static class ProvisionCommand
{
    public static Command Create(CliEnvironment env)
    {
        var graph = new GraphOptions();
        var templates = new Option<DirectoryInfo?>("--write-templates") { Description = "Write the PnP provisioning template and the CLI for Microsoft 365 script to this folder (infra/sharepoint)." };
        var command = new Command("provision", "Create the SharePoint applications list (or write its provisioning templates).") { templates };
        graph.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(templates) is { } folder)
            {
                folder.Create();
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, "applications-list.pnp.xml"), ProvisioningScripts.PnpTemplate(), cancellationToken);
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, "provision-list.sh"), ProvisioningScripts.CliForMicrosoft365Script(), cancellationToken);
                await env.Out.WriteLineAsync($"Wrote applications-list.pnp.xml and provision-list.sh to {folder.FullName}.");
                return ExitCodes.Ok;
            }

            var access = graph.Access(parsed, env);
            if (!graph.Validate(parsed, env, access))
            {
                return ExitCodes.BadInput;
            }

            var options = graph.ListOptions(parsed);
            try
            {
                var result = await SharePointListProvisioner.ProvisionAsync(env.Graph(access), options, cancellationToken);
                await env.Out.WriteLineAsync(result switch
                {
                    { CreatedList: true } => $"Created the list '{options.ListName}' with {result.AddedColumns.Count} columns ({string.Join(", ", Core.Applications.ApplicationListSchema.IndexedColumns)} indexed).",
                    { Changed: true } => $"Updated '{options.ListName}': added {(result.AddedColumns.Count == 0 ? "no column" : string.Join(", ", result.AddedColumns))}; indexed {(result.IndexedColumns.Count == 0 ? "nothing" : string.Join(", ", result.IndexedColumns))}.",
                    _ => $"Nothing to change: '{options.ListName}' already has every column, indexed as it should be.",
                });
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is Microsoft.Kiota.Abstractions.ApiException or Azure.Identity.AuthenticationFailedException or InvalidOperationException)
            {
                await env.Error.WriteLineAsync($"error: provisioning failed: {e.Message} Check the site URL and that the app has Sites.Manage.All (or a Sites.Selected grant with manage rights).");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
