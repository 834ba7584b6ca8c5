using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;

namespace InternBot.Cli;

/// <summary>
/// How an admin command reaches Graph: the app's own credential (tenant, client id and secret, from options or
/// Graph__TenantId / Graph__ClientId / Graph__ClientSecret) or, with --device-code, the admin signing in.
/// </summary>
internal sealed record GraphAccessOptions(string? TenantId, string? ClientId, string? ClientSecret, bool DeviceCode, TextWriter Out)
{
    public static GraphServiceClient CreateClient(GraphAccessOptions o)
    {
        TokenCredential credential = o.DeviceCode
            ? new DeviceCodeCredential(new DeviceCodeCredentialOptions
            {
                TenantId = o.TenantId,
                ClientId = o.ClientId ?? "31359c7f-bd7e-475c-86db-fdb8c937548e", // the CLI for Microsoft 365's public client, documented by PnP
                DeviceCodeCallback = (code, _) => o.Out.WriteLineAsync(code.Message),
            })
            : new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret);
        return new GraphServiceClient(credential, ["https://graph.microsoft.com/.default"]);
    }

    /// <summary>What is missing, or null when the options can build a client.</summary>
    public string? Problem() => DeviceCode || (TenantId is not null && ClientId is not null && ClientSecret is not null)
        ? null
        : "Graph credentials are missing. Give --tenant, --client-id and --client-secret (or set Graph__TenantId, Graph__ClientId, Graph__ClientSecret), or use --device-code to sign in as an admin.";
}
