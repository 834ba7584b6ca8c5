using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.BotFramework.Connector;

/// <summary>
/// Decides which service URLs may receive the bot's token: the Bot Framework and Teams hosts, hosts configured in
/// Bot:TrustedServiceHosts, service URLs seen on authenticated inbound activities, and loopback in Development.
/// Anything else never sees the token (a forged serviceUrl must not be a way to steal it).
/// </summary>
internal sealed class ServiceUrlTrust(IOptions<BotOptions> options, IHostEnvironment environment)
{
    private const int MaxRemembered = 10_000;
    private static readonly string[] KnownHosts = ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.OrdinalIgnoreCase);

    public bool IsTrusted(Uri serviceUrl)
    {
        if (environment.IsDevelopment() && serviceUrl.IsLoopback)
        {
            return true;
        }

        if (serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = serviceUrl.Host;
        return KnownHosts.Concat(options.Value.TrustedServiceHosts).Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase))
               || _seen.ContainsKey(Key(serviceUrl));
    }

    /// <summary>Remembers the service URL of an authenticated activity (Teams may move a conversation to a new one).</summary>
    public void Remember(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && _seen.Count < MaxRemembered)
        {
            _seen.TryAdd(Key(uri), 0);
        }
    }

    private static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
