using Azure.Core;
using Azure.Identity;
using InternBot.Core.Roles;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.CheckMemberGroups;
using Microsoft.Kiota.Abstractions;

namespace InternBot.Bot.Roles;

/// <summary>
/// Roles from Entra group membership: one call to Graph's checkMemberGroups per person (transitive membership of
/// the configured groups), cached for a few minutes in a bounded cache (at most <see cref="CacheCapacity"/> people,
/// so a flood of unknown ids cannot grow memory). A Graph failure grants nothing: roles open doors, so an error must
/// never open one. Least privilege: the application permission GroupMember.Read.All, nothing about other objects.
/// </summary>
internal sealed partial class EntraGroupRoleProvider(GraphServiceClient graph, IOptionsMonitor<RoleOptions> options, TimeProvider time, ILogger<EntraGroupRoleProvider> logger) : IRoleProvider, IDisposable
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);
    public const int CacheCapacity = 10_000;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheCapacity, Clock = new TimeProviderClock(time) });

    public void Dispose() => _cache.Dispose();

    /// <summary>A Graph client with the SDK's middleware (retries on 429/503 with Retry-After) and app-only credentials.</summary>
    public static GraphServiceClient CreateGraphClient(GraphAccess access, HttpMessageHandler? finalHandler)
    {
        TokenCredential credential = access.ManagedIdentityClientId is { } mi
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(mi))
            : new ClientSecretCredential(access.TenantId, access.ClientId, access.ClientSecret);
        var http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: finalHandler);
        return new GraphServiceClient(http, credential, ["https://graph.microsoft.com/.default"], access.BaseUrl);
    }

    public async Task<IReadOnlySet<Role>> GetRolesAsync(string? tenantId, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return new HashSet<Role>();
        }

        var key = aadObjectId.Trim().ToLowerInvariant();
        if (_cache.TryGetValue(key, out IReadOnlySet<Role>? cached) && cached is not null)
        {
            return cached;
        }

        var groups = options.CurrentValue.Groups;
        var byGroup = new[] { (groups.Staff, Role.Staff), (groups.Supervisor, Role.Supervisor), (groups.Intern, Role.Intern) }
            .Where(g => !string.IsNullOrWhiteSpace(g.Item1)).ToList();
        try
        {
            var response = await CheckMemberGroupsAsync(aadObjectId, byGroup.Select(g => g.Item1!).ToList(), cancellationToken);
            var member = (response?.Value ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            IReadOnlySet<Role> roles = byGroup.Where(g => member.Contains(g.Item1!)).Select(g => g.Item2).ToHashSet();
            _cache.Set(key, roles, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = CacheFor });
            return roles;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return new HashSet<Role>(); // not a user of this tenant
        }
        catch (Exception e) when (e is ODataError or ApiException or AggregateException or HttpRequestException or AuthenticationFailedException)
        {
            LogGraphFailed(logger, e.GetType().Name);
            return new HashSet<Role>();
        }
    }

    /// <summary>
    /// The SDK's retry middleware does not replay POST bodies (it only retries buffered requests), so this POST
    /// honours 429/503/504 and Retry-After itself, twice at most.
    /// </summary>
    private async Task<Microsoft.Graph.Users.Item.CheckMemberGroups.CheckMemberGroupsPostResponse?> CheckMemberGroupsAsync(string user, List<string> groupIds, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await graph.Users[user].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
                    new CheckMemberGroupsPostRequestBody { GroupIds = groupIds }, cancellationToken: cancellationToken);
            }
            catch (ApiException e) when (attempt < 3 && e.ResponseStatusCode is 429 or 503 or 504)
            {
                var wait = e.ResponseHeaders.TryGetValue("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds)
                    ? TimeSpan.FromSeconds(Math.Min(seconds, 10))
                    : TimeSpan.FromSeconds(attempt);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Roles could not be read from Entra ({Error}); no role granted")]
    private static partial void LogGraphFailed(ILogger logger, string error);
}

/// <summary>The memory cache's clock from the host's <see cref="TimeProvider"/>, so expiry follows the same time as everything else.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
