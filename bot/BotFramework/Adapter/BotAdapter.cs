using InternBot.Core.Text;
using InternBot.Identity;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.BotFramework.Auth;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.BotFramework.Adapter;

/// <summary>
/// Turns one POST /api/messages into a turn: checks the request (400/401/413), authenticates it, then runs the
/// turn inline (invokes and expectReplies, whose answers are the HTTP body) or in the background (ordinary
/// messages, answered through the connector after a 202). When instances share a store (<see cref="SharedDeliveryGate"/>),
/// one instance runs each delivery, and messages too run before the answer: a 200 then means the turn's state is saved,
/// so an instance that dies mid-turn has acknowledged nothing and the channel's retry runs the turn elsewhere.
/// </summary>
internal sealed partial class BotAdapter(
    IOptions<BotOptions> options,
    InboundAuthenticator authenticator,
    IActivityDeduplicator deduplicator,
    BackgroundTurnQueue queue,
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    ILogger<BotAdapter> logger,
    SharedDeliveryGate? shared = null)
{
    /// <summary>Teams messages are under 100 KB; this leaves room for card submissions and nothing more.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task ProcessAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var anonymous = options.Value.AllowAnonymous;
        if (anonymous && !IsLoopback(http))
        {
            await Problem(http, 401, "Unauthorized", "Anonymous mode accepts requests from this machine only.");
            return;
        }

        var authorization = anonymous ? null : request.Headers.Authorization.ToString();
        if (!anonymous && !authorization!.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            LogRejected(logger, "missing-bearer-token");
            await Problem(http, 401, "Unauthorized", "A Bot Framework bearer token is required.");
            return;
        }

        var (activity, error, status) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            await Problem(http, status, status == 413 ? "Payload too large" : "Bad request", error!);
            return;
        }

        if (!anonymous)
        {
            AuthResult auth;
            try
            {
                auth = await authenticator.AuthenticateAsync(authorization, activity, cancellationToken);
            }
            catch (SigningKeysUnavailableException)
            {
                LogRejected(logger, "signing-keys-unavailable");
                await Problem(http, 503, "Service unavailable", "The token's signing keys cannot be fetched right now; try again.");
                return;
            }

            if (!auth.Succeeded)
            {
                LogRejected(logger, auth.Failure!);
                await Problem(http, 401, "Unauthorized", "The token is not valid for this bot.");
                return;
            }
        }

        var key = DeliveryKey.Of(activity);
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        TurnOutcome outcome;
        bool duplicate;
        if (activity.Type == ActivityTypes.Invoke || expectReplies)
        {
            outcome = await deduplicator.RunOnceAsync(key, () => Once(key, () => RunInlineAsync(activity, expectReplies, cancellationToken), cancellationToken), out duplicate);
        }
        else if (shared is not null)
        {
            outcome = await deduplicator.RunOnceAsync(key, () => shared.RunAsync(key, () => RunMessageAsync(activity, cancellationToken), cancellationToken), out duplicate);
            if (duplicate)
            {
                outcome = new TurnOutcome(200);
            }
        }
        else
        {
            outcome = await deduplicator.RunOnceAsync(key, () => Task.FromResult(Enqueue(activity)), out duplicate);
            if (duplicate)
            {
                outcome = new TurnOutcome(200);
            }
        }

        if (duplicate)
        {
            LogDuplicate(logger, new Untrusted(activity.Type));
        }

        http.Response.StatusCode = outcome.Status;
        if (outcome.Body is not null)
        {
            await http.Response.WriteAsJsonAsync(outcome.Body, outcome.Body.GetType(), BotJson.Options, "application/json; charset=utf-8", cancellationToken);
        }
    }

    private TurnOutcome Enqueue(Activity activity)
    {
        var accepted = queue.TryEnqueue(activity.Conversation?.Id, async stopping =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<TurnRunner>();
            await runner.RunAsync(new TurnContext(activity, new ConnectorReplyChannel(connector)), stopping);
        });
        return accepted ? TurnOutcome.Accepted : new TurnOutcome(503);
    }

    private Task<TurnOutcome> Once(DeliveryKey? key, Func<Task<TurnOutcome>> run, CancellationToken cancellationToken) =>
        shared is null ? run() : shared.RunAsync(key, run, cancellationToken);

    private async Task<TurnOutcome> RunMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<TurnRunner>();
        await runner.RunAsync(new TurnContext(activity, new ConnectorReplyChannel(connector)), cancellationToken);
        return new TurnOutcome(200);
    }

    private async Task<TurnOutcome> RunInlineAsync(Activity activity, bool expectReplies, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<TurnRunner>();
        var buffer = expectReplies ? new BufferedReplyChannel() : null;
        var context = new TurnContext(activity, buffer ?? (IReplyChannel)new ConnectorReplyChannel(connector));
        await runner.RunAsync(context, cancellationToken);
        if (activity.Type == ActivityTypes.Invoke)
        {
            var response = context.InvokeResponse ?? InvokeResponse.NotImplemented;
            return new TurnOutcome(response.Status, response.Body);
        }

        return new TurnOutcome(200, new ExpectedReplies(buffer!.Replies));
    }

    private static async Task<(Activity? Activity, string? Error, int Status)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, $"The body is larger than {MaxBodyBytes / 1024} KB.", 413);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, $"The body is larger than {MaxBodyBytes / 1024} KB.", 413);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, "The body is empty; send an activity as JSON.", 400);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(WellFormed(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), BotJson.Options);
        }
        catch (InvalidOperationException)
        {
            return (null, "The body is not a valid activity: it holds text that is not valid Unicode.", 400);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            return (null, $"The body is not a valid activity{where}: {(e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) ? "it is nested too deeply" : "malformed JSON or a field of the wrong type")}.", 400);
        }

        if (activity is null)
        {
            return (null, "The body is not an activity object.", 400);
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "The activity has no 'type'.", 400);
        }

        return (activity, null, 200);
    }

    /// <summary>
    /// The body with every escaped lone surrogate ("\ud800" without its pair) replaced by U+FFFD. Such an escape is
    /// valid JSON but not text: System.Text.Json refuses to read it as a string, and every later write of it (a card
    /// echoing an input, a log, storage) would fail. The replacement has the same length, so it is done in a copy of
    /// the bytes, and only when the body holds a backslash-u escape of a surrogate at all.
    /// </summary>
    private static ReadOnlySpan<byte> WellFormed(ReadOnlySpan<byte> body)
    {
        byte[]? copy = null;
        for (var i = 0; i < body.Length - 1; i++)
        {
            if (body[i] != (byte)'\\')
            {
                continue;
            }

            if (body[i + 1] != (byte)'u' || Escaped(body, i) is not { } unit)
            {
                i++; // "\\", "\n"...: an escape that is not \uXXXX
                continue;
            }

            if (char.IsHighSurrogate(unit) && i + 11 < body.Length && body[i + 6] == (byte)'\\' && body[i + 7] == (byte)'u' && Escaped(body, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i += 11; // a well-formed pair
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                copy ??= body.ToArray();
                "\\uFFFD"u8.CopyTo(copy.AsSpan(i));
            }

            i += 5;
        }

        return copy ?? body;

        static char? Escaped(ReadOnlySpan<byte> text, int at) =>
            at + 5 < text.Length && ushort.TryParse(text.Slice(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? (char)value : null;
    }

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip ? IPAddress.IsLoopback(ip) : http.Connection.LocalIpAddress is null; // the test server has no sockets

    private static Task Problem(HttpContext http, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(http);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Rejected an inbound activity: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Duplicate {ActivityType} delivery answered once")]
    private static partial void LogDuplicate(ILogger logger, Untrusted activityType);
}
