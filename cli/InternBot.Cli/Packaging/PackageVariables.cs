using System.Text.RegularExpressions;

namespace InternBot.Cli.Packaging;

/// <summary>
/// The values an environment file gives the manifest template, each with the shape it must have and where to find
/// it. The same names are the outputs of infra/main.bicep, so a deployment's outputs can be pasted in as they are.
/// </summary>
internal static partial class PackageVariables
{
    public sealed record Variable(string Name, string Meaning, Func<string, bool> IsValid, string Shape);

    public static readonly IReadOnlyList<Variable> All =
    [
        new("TEAMS_APP_ID", "the Teams app's own id (stays the same across versions)", IsGuid, "a GUID; generate one once with `uuidgen` and keep it"),
        new("APP_VERSION", "the app package version", v => SemVer().IsMatch(v), "major.minor.patch, e.g. 1.0.0; raise it for every upload"),
        new("PUBLISHER_NAME", "the publisher shown in Teams", v => v.Trim().Length is > 0 and <= 32, "1 to 32 characters"),
        new("HOST_DOMAIN", "the host name the bot and tab are served from", IsHostName, "a host name without scheme, port or path, e.g. internbot-prod.azurewebsites.net (infra output hostDomain)"),
        new("PRIVACY_URL", "the privacy statement", IsHttpsUrl, "an absolute https URL"),
        new("TERMS_OF_USE_URL", "the terms of use", IsHttpsUrl, "an absolute https URL"),
        new("BOT_ID", "the Azure Bot's Microsoft App ID", IsGuid, "a GUID (infra output botAppId)"),
        new("TAB_CLIENT_ID", "the Entra app registration the tab signs in with (SSO)", IsGuid, "a GUID (the app registration's Application (client) ID)"),
    ];

    public static Variable? Find(string name) => All.FirstOrDefault(v => v.Name == name);

    private static bool IsGuid(string v) => Guid.TryParseExact(v, "D", out _);

    private static bool IsHttpsUrl(string v) => Uri.TryCreate(v, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(u.Host);

    private static bool IsHostName(string v) => HostName().IsMatch(v) && !v.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$")]
    private static partial Regex SemVer();

    // At least two labels; letters, digits and hyphens; no scheme, port, path or wildcard.
    [GeneratedRegex(@"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}
