using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace InternBot.Bot.Tests.TestKit;

/// <summary>
/// The Bot Connector as the bot sees it: records every call (method, path, token, body) and answers
/// {"id": ...}, or what the test scripts (429 with Retry-After, 403 MessageWritesBlocked...).
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _scripted = new();
    private int _ids;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>When set, every call is recorded and then waits for it (a connector that hangs, e.g. while the instance dies).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public void Then(HttpStatusCode status, string? body = null, TimeSpan? retryAfter = null) => _scripted.Enqueue(() =>
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        }

        return response;
    });

    /// <summary>Waits until at least <paramref name="count"/> calls arrived (background turns answer after the 202).</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Calls.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        return Calls.ToList();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.ToString(), body));
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (_scripted.TryDequeue(out var scripted))
        {
            return scripted();
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"id":"sent-{{Interlocked.Increment(ref _ids)}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
    }

}

public sealed record RecordedCall(string Method, Uri Uri, string? Authorization, string? ContentType, string? Body)
{
    public JsonElement Json => JsonDocument.Parse(Body!).RootElement;
}
