using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.TestKit;

/// <summary>
/// Serves OpenID metadata and a JWKS the way login.botframework.com and login.microsoftonline.com document them
/// (keys with "kid" and, for the Bot Connector, "endorsements"), from RSA keys made in the test.
/// </summary>
public sealed class FakeIdentityProvider : HttpMessageHandler
{
    public const string BotConnectorMetadata = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string EntraMetadataTemplate = "https://login.entra.test/{tenant}/v2.0/.well-known/openid-configuration";

    private readonly Dictionary<string, List<(RsaSecurityKey Key, string[] Endorsements)>> _keysByJwks = new(StringComparer.Ordinal);

    public int MetadataRequests { get; private set; }

    /// <summary>Every metadata address asked for, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> MetadataUrls { get; } = new();

    public bool Down { get; set; }

    /// <summary>Makes a key, publishes it behind the metadata address, and returns it for signing.</summary>
    public RsaSecurityKey Publish(string metadataUrl, string keyId, params string[] endorsements)
    {
        var key = NewKey(keyId);
        Keys(metadataUrl).Add((key, endorsements));
        return key;
    }

    /// <summary>Publishes a key another fake already publishes (several instances of one bot trust the same keys).</summary>
    public void Publish(string metadataUrl, RsaSecurityKey key, params string[] endorsements) => Keys(metadataUrl).Add((key, endorsements));

    public void Unpublish(string metadataUrl, string keyId) => Keys(metadataUrl).RemoveAll(k => k.Key.KeyId == keyId);

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private List<(RsaSecurityKey Key, string[] Endorsements)> Keys(string metadataUrl)
    {
        var jwks = JwksUri(metadataUrl);
        if (!_keysByJwks.TryGetValue(jwks, out var list))
        {
            _keysByJwks[jwks] = list = [];
        }

        return list;
    }

    private static string JwksUri(string metadataUrl) => metadataUrl.Replace(".well-known/openid-configuration", "keys", StringComparison.Ordinal).Replace(".well-known/openidconfiguration", "keys", StringComparison.Ordinal);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        if (Down)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }

        if (url.Contains(".well-known", StringComparison.Ordinal))
        {
            MetadataRequests++;
            MetadataUrls.Enqueue(url);
            var body = new JsonObject { ["issuer"] = "ignored", ["jwks_uri"] = JwksUri(url), ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") };
            return Task.FromResult(Json(body));
        }

        if (_keysByJwks.TryGetValue(url, out var keys))
        {
            var array = new JsonArray();
            foreach (var (key, endorsements) in keys)
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
                var node = new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
                if (endorsements.Length > 0)
                {
                    node["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray());
                }

                array.Add(node);
            }

            return Task.FromResult(Json(new JsonObject { ["keys"] = array }));
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private static HttpResponseMessage Json(JsonNode node) => new(HttpStatusCode.OK) { Content = new StringContent(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };

}
