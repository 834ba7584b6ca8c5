using System.Threading.Channels;

namespace InternBot.Bot.BotFramework.Adapter;

/// <summary>
/// Turns that answer through the connector run here, after the HTTP request was acknowledged (Teams re-sends
/// after about 15 s). One lane per worker, chosen by conversation, so a conversation's turns stay in order.
/// </summary>
internal sealed partial class BackgroundTurnQueue(ILogger<BackgroundTurnQueue> logger) : BackgroundService
{
    private const int LaneCapacity = 256;
    private readonly Channel<Func<CancellationToken, Task>>[] _lanes = Enumerable.Range(0, Math.Max(4, Environment.ProcessorCount * 2))
        .Select(_ => Channel.CreateBounded<Func<CancellationToken, Task>>(new BoundedChannelOptions(LaneCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }))
        .ToArray();

    /// <summary>Queues a turn; false when its lane is full (the caller answers 503 so the channel retries later).</summary>
    public bool TryEnqueue(string? conversationId, Func<CancellationToken, Task> turn)
    {
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId ?? "") % (uint)_lanes.Length);
        return _lanes[lane].Writer.TryWrite(turn);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => Task.Run(() => DrainAsync(lane.Reader, stoppingToken), stoppingToken)));

    private async Task DrainAsync(ChannelReader<Func<CancellationToken, Task>> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await turn(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // TurnRunner already handles turn errors; this is a last guard so a lane never dies.
                    LogLaneError(logger, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "A background turn failed outside the turn handler ({Error})")]
    private static partial void LogLaneError(ILogger logger, string error);
}
