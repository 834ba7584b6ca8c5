using InternBot.Core.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InternBot.Bot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.BotFramework.Connector;

/// <summary>The calls the bot makes to the Bot Connector (v3 REST API).</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}

/// <summary>
/// Calls the connector with the bot's token (only to trusted service URLs), joins URLs without losing path
/// segments such as "/_connector", escapes ids (Teams ids contain ':', ';', '@', '='), and retries 429, 412
/// and 5xx with exponential backoff, jitter and the connector's Retry-After.
/// </summary>
internal sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider? tokens,
    ServiceUrlTrust trust,
    IOptions<ConnectorRetryOptions> retry,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "bot-connector";

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <summary>serviceUrl + relative path, keeping every segment of the service URL ("https://x/amer/" + "v3/...").</summary>
    internal static Uri Join(string serviceUrl, string relative)
    {
        if (!Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var baseUri) ||
            (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ConnectorException(null, "BadServiceUrl", "the activity's serviceUrl is not an absolute http(s) address.");
        }

        return new Uri(baseUri, relative);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string relative, object? body, CancellationToken cancellationToken)
        where T : class, new()
    {
        var uri = Join(serviceUrl, relative);
        string? token = null;
        if (tokens is not null)
        {
            if (!trust.IsTrusted(uri))
            {
                LogUntrusted(logger, new Untrusted(uri.Host));
                throw new ConnectorException(null, "UntrustedServiceUrl", $"{uri.Host} is not a trusted service URL; the bot's token is never sent there.");
            }

            token = await tokens.GetTokenAsync(cancellationToken);
        }

        var http = httpClientFactory.CreateClient(HttpClientName);
        var options = retry.Value;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, BotJson.Options);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (response.Content.Headers.ContentLength == 0 || response.StatusCode == HttpStatusCode.NoContent)
                {
                    return new T();
                }

                try
                {
                    return await response.Content.ReadFromJsonAsync<T>(BotJson.Options, cancellationToken) ?? new T();
                }
                catch (JsonException)
                {
                    return new T(); // a success without a readable body (some channels answer "{}" or nothing)
                }
            }

            var status = (int)response.StatusCode;
            var retryable = status is 429 or 412 or >= 500;
            if (!retryable || attempt >= options.MaxAttempts)
            {
                var (code, message) = await ErrorOf(response, cancellationToken);
                LogConnectorError(logger, status, new Untrusted(code), attempt);
                throw new ConnectorException(response.StatusCode, code, message);
            }

            var delay = Delay(response, attempt, options);
            LogRetry(logger, status, attempt, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, cancellationToken);
        }
    }

    private static TimeSpan Delay(HttpResponseMessage response, int attempt, ConnectorRetryOptions options)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        var backoff = TimeSpan.FromMilliseconds(options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4)));
        var delay = asked is { } a && a > TimeSpan.Zero ? a : backoff;
        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }

    private static async Task<(string Code, string Message)> ErrorOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var error = doc.RootElement.GetProperty("error");
            return (error.GetProperty("code").GetString() ?? "Unknown", error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (response.StatusCode.ToString(), "no error body");
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Bot Connector answered {Status} ({Code}) after {Attempts} attempt(s)")]
    private static partial void LogConnectorError(ILogger logger, int status, Untrusted code, int attempts);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Bot Connector answered {Status}; retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, int status, int attempt, int delayMs);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Refused to send the bot token to untrusted host {Host}")]
    private static partial void LogUntrusted(ILogger logger, Untrusted host);
}
