using Azure.Core;
using InternBot.Core.Applications;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace InternBot.Storage.SharePoint;

/// <summary>
/// SharePoint through Graph on behalf of the signed-in user: SharePoint applies the user's own permissions, so
/// each user has their own store and delta cache (kept while they use the tab), and the Graph token is obtained
/// per request from the user's SSO token. Neither token ever reaches the browser.
/// </summary>
/// <param name="onBehalfOf">The app's on-behalf-of credential for a user's token (the identity adapter's, chosen by the host).</param>
public sealed class OnBehalfOfApplicationSource(
    IOptions<SharePointListOptions> list,
    SharePointListLocator locator,
    IMemoryCache memory,
    ILoggerFactory loggers,
    HttpClient graphHttp,
    Func<string, TokenCredential> onBehalfOf) : IApplicationSource
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);
    private readonly Lock _gate = new();

    public IApplicationStore StoreFor(ApplicationReader reader) => EntryFor(reader).Store;

    public ApplicationCache CacheFor(ApplicationReader reader) => EntryFor(reader).Cache;

    private UserEntry EntryFor(ApplicationReader reader)
    {
        var token = reader.AccessToken
            ?? throw new InvalidOperationException("SharePoint access needs the user's SSO token; development sign-in reads the embedded store.");
        // One gate for all users: creating an entry is cheap, and MemoryCache.GetOrCreate alone may create two.
        lock (_gate)
        {
            var entry = memory.GetOrCreate($"sharepoint-reader:{reader.ObjectId}", e =>
            {
                e.SlidingExpiration = Idle;
                e.RegisterPostEvictionCallback((_, value, _, _) => (value as UserEntry)?.Cache.Dispose());
                var assertion = new UserAssertion();
                var credential = new AssertionCredential(assertion, onBehalfOf);
                var graph = new GraphServiceClient(graphHttp, new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(credential, [new Uri(list.Value.GraphBaseUrl).Host], null, true, "https://graph.microsoft.com/.default"), list.Value.GraphBaseUrl);
                var store = new AccessTranslatingStore(new SharePointApplicationStore(graph, list.Value, locator, loggers.CreateLogger<SharePointApplicationStore>()));
                return new UserEntry(assertion, store, new ApplicationCache(store));
            })!;
            entry.Assertion.Current = token;
            return entry;
        }
    }

    private sealed record UserEntry(UserAssertion Assertion, IApplicationStore Store, ApplicationCache Cache);

    private sealed class UserAssertion
    {
        public volatile string Current = "";
    }

    /// <summary>An on-behalf-of credential for whatever SSO token the user sent last (they are short-lived).</summary>
    private sealed class AssertionCredential(UserAssertion assertion, Func<string, TokenCredential> create) : TokenCredential
    {
        private (string Assertion, TokenCredential Credential)? _last;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            Current().GetToken(requestContext, cancellationToken);

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            Current().GetTokenAsync(requestContext, cancellationToken);

        private TokenCredential Current()
        {
            var now = assertion.Current;
            var last = _last;
            if (last is { } l && l.Assertion == now)
            {
                return l.Credential;
            }

            var credential = create(now);
            _last = (now, credential);
            return credential;
        }
    }
}
