using InternBot.Core.Text;
using System.Net;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;

namespace InternBot.Bot.BotFramework.Adapter;

/// <summary>Runs one turn through the bot, with the error handler around it (OnTurnError).</summary>
internal sealed partial class TurnRunner(IBot bot, ILogger<TurnRunner> logger)
{
    public async Task RunAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var type = InternBot.Bot.Hosting.Telemetry.Known(context.Activity.Type);
        using var activity = InternBot.Bot.Hosting.Telemetry.Source.StartActivity("turn");
        activity?.SetTag("internbot.activity.type", type);
        try
        {
            await RunGuardedAsync(context, cancellationToken);
        }
        finally
        {
            InternBot.Bot.Hosting.Telemetry.TurnDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("activity.type", type));
        }
    }

    private async Task RunGuardedAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        try
        {
            await bot.OnTurnAsync(context, cancellationToken);
        }
        catch (ConnectorException e) when (context.Activity.Type != ActivityTypes.Invoke)
        {
            // The channel refused the reply (blocked, unknown conversation, throttled past the retries): not a fault of
            // the turn, and an apology would go the same way.
            LogNotDelivered(logger, (int?)e.Status ?? 0, new Untrusted(e.Code), new Untrusted(context.Activity.Type));

            // A connector that failed for a while may take the apology; a blocked or unknown conversation will not.
            if (e.Status is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError)
            {
                await ApologiseAsync(context, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Logged once, here, without the user's text; the user gets a neutral message.
            LogTurnFailed(logger, new Failure(e), new Untrusted(context.Activity.Type), new Untrusted(context.Activity.Id));
            if (context.Activity.Type == ActivityTypes.Invoke)
            {
                context.InvokeResponse = new InvokeResponse(500);
                return;
            }

            await ApologiseAsync(context, cancellationToken);
        }
    }

    private async Task ApologiseAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        try
        {
            var french = context.Activity.Locale?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true;
            await context.SendActivityAsync(french
                ? "Désolé, un problème est survenu de notre côté. Veuillez réessayer."
                : "Sorry, something went wrong on our side. Please try again.", cancellationToken);
        }
        catch (Exception inner) when (inner is not OperationCanceledException)
        {
            LogApologyFailed(logger, inner.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Turn failed ({Failure}) for a {ActivityType} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Failure failure, Untrusted activityType, Untrusted activityId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Reply to a {ActivityType} activity not delivered: the connector answered {Status} ({Code})")]
    private static partial void LogNotDelivered(ILogger logger, int status, Untrusted code, Untrusted activityType);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Could not tell the user the turn failed ({Error})")]
    private static partial void LogApologyFailed(ILogger logger, string error);
}
