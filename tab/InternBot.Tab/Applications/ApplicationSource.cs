using Azure.Core;
using Azure.Identity;
using InternBot.Core.Applications;
using InternBot.Storage.SharePoint;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace InternBot.Tab.Applications;

/// <summary>Where the tab reads and writes applications for the current request's user.</summary>
public interface IApplicationSource
{
    IApplicationStore StoreFor(HttpContext context);

    ApplicationCache CacheFor(HttpContext context);
}

/// <summary>The embedded store: one store and one cache for everyone (scoping happens after reading).</summary>
internal sealed class SharedApplicationSource(IApplicationStore store) : IApplicationSource, IDisposable
{
    private readonly ApplicationCache _cache = new(store);

    /// <summary>The one cache, whoever asks (start-up decisions read it before anyone does).</summary>
    public ApplicationCache Cache => _cache;

    public IApplicationStore StoreFor(HttpContext context) => store;

    public ApplicationCache CacheFor(HttpContext context) => _cache;

    public void Dispose() => _cache.Dispose();
}

/// <summary>
/// SharePoint through Graph on behalf of the signed-in user: SharePoint applies the user's own permissions, so
/// each user has their own store and delta cache (kept while they use the tab), and the Graph token is obtained
/// per request from the user's SSO token. Neither token ever reaches the browser.
/// </summary>
internal sealed class OnBehalfOfApplicationSource(
    IOptions<TabOptions> tab,
    IOptions<SharePointListOptions> list,
    SharePointListLocator locator,
    IMemoryCache memory,
    ILoggerFactory loggers,
    HttpClient graphHttp,
    Func<TabOptions, string, TokenCredential>? credentialFactory = null) : IApplicationSource
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);
    private readonly Lock _gate = new();

    public IApplicationStore StoreFor(HttpContext context) => EntryFor(context).Store;

    public ApplicationCache CacheFor(HttpContext context) => EntryFor(context).Cache;

    private UserEntry EntryFor(HttpContext context)
    {
        var user = context.User.ObjectId();
        var token = context.Items[TeamsSsoHandler.UserTokenItem] as string
            ?? throw new InvalidOperationException("SharePoint access needs the user's SSO token; development sign-in reads the embedded store.");
        // One gate for all users: creating an entry is cheap, and MemoryCache.GetOrCreate alone may create two.
        lock (_gate)
        {
            var entry = memory.GetOrCreate($"tab-user:{user}", e =>
            {
                e.SlidingExpiration = Idle;
                e.RegisterPostEvictionCallback((_, value, _, _) => (value as UserEntry)?.Cache.Dispose());
                var assertion = new UserAssertion();
                var credential = new AssertionCredential(assertion, a => (credentialFactory ?? CreateCredential)(tab.Value, a));
                var graph = new GraphServiceClient(graphHttp, new Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider(credential, [new Uri(tab.Value.GraphBaseUrl).Host], null, true, "https://graph.microsoft.com/.default"), tab.Value.GraphBaseUrl);
                var store = new SharePointApplicationStore(graph, list.Value, locator, loggers.CreateLogger<SharePointApplicationStore>());
                return new UserEntry(assertion, store, new ApplicationCache(store));
            })!;
            entry.Assertion.Current = token;
            return entry;
        }
    }

    private static TokenCredential CreateCredential(TabOptions o, string assertion) =>
        new TabAppCredential(Microsoft.Extensions.Options.Options.Create(o)).OnBehalfOf(assertion);

    private sealed record UserEntry(UserAssertion Assertion, SharePointApplicationStore Store, ApplicationCache Cache);

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
