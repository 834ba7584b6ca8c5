namespace InternBot.Core.Conversations;

/// <summary>
/// Which instance handles a delivery when a channel sends the same activity to several instances (a retry routed
/// elsewhere, or two at once). The first claim wins atomically; a claim whose instance died (its lease ran out with no
/// outcome) may be taken over by one other instance; a finished delivery keeps its outcome so later copies answer the
/// same. Keys are opaque (the host hashes them).
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>How long a claim without an outcome belongs to its instance before another may take it over.</summary>
    TimeSpan Lease { get; }

    Task<DeliveryClaim> ClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>Records the outcome of a claimed delivery: an HTTP status and the JSON body, if any.</summary>
    Task CompleteAsync(string key, int status, string? body, CancellationToken cancellationToken);
}

public enum DeliveryClaimResult
{
    /// <summary>This instance handles the delivery.</summary>
    Won,

    /// <summary>Another instance is handling it now.</summary>
    Running,

    /// <summary>Another instance handled it; <see cref="DeliveryClaim.Status"/> and body say how it answered.</summary>
    Done,
}

public sealed record DeliveryClaim(DeliveryClaimResult Result, int Status = 0, string? Body = null)
{
    public static readonly DeliveryClaim Won = new(DeliveryClaimResult.Won);
    public static readonly DeliveryClaim Running = new(DeliveryClaimResult.Running);
}

/// <summary>Whether the store the host keeps conversation records in answers: null when it does, else why not (never data).</summary>
public interface IStateStoreProbe
{
    Task<string?> ProblemAsync(CancellationToken cancellationToken);
}
