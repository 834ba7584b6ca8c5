using System.CommandLine;

namespace InternBot.Cli.Commands;

/// <summary>The options every SharePoint command shares.</summary>
internal sealed class GraphOptions
{
    public Option<string?> Site { get; } = new("--site") { Description = "The SharePoint site URL, e.g. https://contoso.sharepoint.com/sites/internships." };

    public Option<string> List { get; } = new("--list") { Description = "The list name.", DefaultValueFactory = _ => Core.Applications.ApplicationListSchema.DefaultListName };

    public Option<string?> Tenant { get; } = new("--tenant") { Description = "Entra tenant id (or Graph__TenantId)." };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "App registration client id (or Graph__ClientId)." };

    public Option<string?> ClientSecret { get; } = new("--client-secret") { Description = "App client secret (or Graph__ClientSecret). Prefer the environment variable: arguments show up in process lists." };

    public Option<bool> DeviceCode { get; } = new("--device-code") { Description = "Sign in as an admin with a device code instead of an app secret." };

    public void AddTo(Command command)
    {
        command.Options.Add(Site);
        command.Options.Add(List);
        command.Options.Add(Tenant);
        command.Options.Add(ClientId);
        command.Options.Add(ClientSecret);
        command.Options.Add(DeviceCode);
    }

    public GraphAccessOptions Access(ParseResult parsed, CliEnvironment env) => new(
        parsed.GetValue(Tenant) ?? env.GetVariable("Graph__TenantId"),
        parsed.GetValue(ClientId) ?? env.GetVariable("Graph__ClientId"),
        parsed.GetValue(ClientSecret) ?? env.GetVariable("Graph__ClientSecret"),
        parsed.GetValue(DeviceCode),
        env.Out);

    public Storage.SharePoint.SharePointListOptions ListOptions(ParseResult parsed) => new() { SiteUrl = parsed.GetValue(Site) ?? "", ListName = parsed.GetValue(List)! };

    /// <summary>Checks the site URL and credentials; writes what is wrong and returns false.</summary>
    public bool Validate(ParseResult parsed, CliEnvironment env, GraphAccessOptions access)
    {
        if (!Uri.TryCreate(parsed.GetValue(Site), UriKind.Absolute, out var site) || site.Scheme != Uri.UriSchemeHttps || !site.Host.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase) && !site.Host.EndsWith(".sharepoint.us", StringComparison.OrdinalIgnoreCase))
        {
            env.Error.WriteLine($"error: --site '{parsed.GetValue(Site)}' is not a SharePoint site URL. Give one like https://contoso.sharepoint.com/sites/internships.");
            return false;
        }

        if (access.Problem() is { } problem)
        {
            env.Error.WriteLine("error: " + problem);
            return false;
        }

        return true;
    }
}
