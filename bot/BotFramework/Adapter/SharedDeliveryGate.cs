using System.Text.Json;
using InternBot.Core.Conversations;

namespace InternBot.Bot.BotFramework.Adapter;

/// <summary>
/// When several instances share a store, a delivery is handled by the one instance that claims it in the shared
/// ledger; another instance receiving the same delivery waits for that outcome and answers with it (an invoke's card
/// or an expectReplies list), or takes the delivery over if the claiming instance died (its lease ran out). The
/// in-memory deduplicator still coalesces retries within one instance before this gate is reached.
/// </summary>
internal sealed partial class SharedDeliveryGate(IDeliveryLedger ledger, TimeProvider time, ILogger<SharedDeliveryGate> logger)
{
    /// <summary>Runs <paramref name="run"/> if this instance wins the delivery, else answers with the winner's outcome.</summary>
    public async Task<TurnOutcome> RunAsync(DeliveryKey? key, Func<Task<TurnOutcome>> run, CancellationToken cancellationToken)
    {
        if (key is not { } k)
        {
            return await run();
        }

        var giveUpAt = time.GetUtcNow() + ledger.Lease + ledger.Lease;
        var pause = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var claim = await ledger.ClaimAsync(k.Value, cancellationToken);
            switch (claim.Result)
            {
                case DeliveryClaimResult.Won:
                    var outcome = await run();
                    var body = outcome.Body is null ? null : JsonSerializer.Serialize(outcome.Body, outcome.Body.GetType(), BotJson.Options);
                    await ledger.CompleteAsync(k.Value, outcome.Status, body, CancellationToken.None);
                    return outcome;
                case DeliveryClaimResult.Done:
                    LogHandledElsewhere(logger);
                    return new TurnOutcome(claim.Status, claim.Body is null ? null : JsonDocument.Parse(claim.Body).RootElement.Clone());
            }

            if (time.GetUtcNow() >= giveUpAt)
            {
                // The other instance is alive but still busy after two leases: say so rather than run it twice.
                LogStillRunningElsewhere(logger);
                return new TurnOutcome(503);
            }

            await Task.Delay(pause, time, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 500));
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "A delivery already handled by another instance was answered with its outcome.")]
    private static partial void LogHandledElsewhere(ILogger logger);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "A delivery is still being handled by another instance after two leases; answered 503.")]
    private static partial void LogStillRunningElsewhere(ILogger logger);
}
