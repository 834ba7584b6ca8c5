using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Identity;

/// <summary>
/// The signing keys published behind one OpenID metadata address (its jwks_uri), with each key's endorsements
/// (the channels it may sign for). Keys are cached; an unknown key id triggers one refresh, at most once per
/// <see cref="UnknownKeyRefreshInterval"/>, so a rotated key is picked up without letting forged ids hammer
/// the metadata endpoint.
/// </summary>
public sealed class SigningKeyCache(string metadataUrl, IHttpClientFactory httpClientFactory, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
    public const string HttpClientName = "openid-metadata";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Dictionary<string, SigningKey> _keys = [];
    private DateTimeOffset _lastRefresh = DateTimeOffset.MinValue;

    public string MetadataUrl => metadataUrl;

    public void Dispose() => _refresh.Dispose();

    /// <summary>The key with this id, refreshing the cache when it is stale or the id is new; null if none.</summary>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lastRefresh > RefreshInterval && !await RefreshAsync(force: true, cancellationToken) && _keys.Count == 0)
        {
            throw new SigningKeysUnavailableException(metadataUrl, null);
        }

        if (_keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        await RefreshAsync(force: false, cancellationToken);
        return _keys.GetValueOrDefault(keyId);
    }

    /// <summary>Fetches the keys again; false when the endpoint failed (the keys we had are kept).</summary>
    private async Task<bool> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (!force && now - _lastRefresh < UnknownKeyRefreshInterval)
            {
                return true;
            }

            _lastRefresh = now;
            var http = httpClientFactory.CreateClient(HttpClientName);
            using var metadata = JsonDocument.Parse(await http.GetStringAsync(new Uri(metadataUrl), cancellationToken));
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidOperationException($"{metadataUrl} has no jwks_uri.");
            var jwksJson = await http.GetStringAsync(new Uri(jwksUri), cancellationToken);
            _keys = Parse(jwksJson);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException
                                   || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Keep the keys we had: an outage of the metadata endpoint must not lock out valid callers.
            return false;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static Dictionary<string, SigningKey> Parse(string jwksJson)
    {
        var keys = new ConcurrentDictionary<string, SigningKey>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(jwksJson);
        foreach (var element in doc.RootElement.GetProperty("keys").EnumerateArray())
        {
            var raw = element.GetRawText();
            var jwk = new JsonWebKey(raw);
            if (string.IsNullOrEmpty(jwk.Kid))
            {
                continue;
            }

            var endorsements = element.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : [];
            keys[jwk.Kid] = new SigningKey(jwk, endorsements);
        }

        return new Dictionary<string, SigningKey>(keys, StringComparer.Ordinal);
    }
}

/// <summary>A published signing key and the channels it is endorsed for.</summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);

/// <summary>The signing keys could not be fetched (the metadata endpoint is down or answers garbage).</summary>
public sealed class SigningKeysUnavailableException(string metadataUrl, Exception? inner)
    : Exception($"The signing keys behind {metadataUrl} could not be fetched.", inner);
