using InternBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Proactive;

/// <summary>When scheduled work runs ("Scheduler").</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    public bool Enabled { get; set; } = true;

    /// <summary>How often due work is looked for; the lease lasts three rounds, so a dead holder is replaced within them.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The hour (UTC) from which each day's supervisor digest is sent.</summary>
    public int DigestHourUtc { get; set; } = 7;

    /// <summary>The tab's address, for links in digests (https://host/tab/applications); none when empty.</summary>
    public string? TabUrl { get; set; }
}

/// <summary>One kind of scheduled message: finds what is due at <c>now</c> and sends each occurrence once.</summary>
internal interface IScheduledJob
{
    Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// Runs the scheduled jobs on one instance at a time (whichever holds the lease in the shared store), every interval.
/// What was sent is kept in the store too (<see cref="SentOccurrences"/>), so a restart or another instance taking
/// over sends nothing twice.
/// </summary>
internal sealed partial class Scheduler(WorkLease lease, IEnumerable<IScheduledJob> jobs, IOptions<SchedulerOptions> options, TimeProvider time, ILogger<Scheduler> logger) : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(o.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: take or keep the lease, then run every job; a failing job is logged and the others still run.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await lease.TryAcquireAsync("scheduler", _instance, options.Value.Interval * 3, cancellationToken))
            {
                return;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, "lease", e.GetType().Name);
            return;
        }

        foreach (var job in jobs)
        {
            try
            {
                await job.RunAsync(time.GetUtcNow(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, job.GetType().Name, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 3040, Level = LogLevel.Warning, Message = "Scheduled work {Job} failed ({Error}); it is tried again next round.")]
    private static partial void LogFailed(ILogger logger, string job, string error);
}
