using System.Diagnostics;
using InternBot.Core.Applications;
using InternBot.Core.Roles;
using InternBot.Tab.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InternBot.Tab.Applications;

/// <summary>
/// Decides every application of the embedded store once the host has started, in the background, so the first
/// dashboard after a restart finds its decisions made instead of making 10,000 of them. (SharePoint is read on
/// behalf of each person, so there is nothing to read before someone signs in.)
/// </summary>
public sealed partial class DecisionWarmUp(IServiceProvider services, ILogger<DecisionWarmUp> logger) : BackgroundService
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up decisions are made (or were not needed, or failed).</summary>
    public Task Completed => _done.Task;

    /// <summary>How long the start-up decisions took.</summary>
    public TimeSpan Elapsed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never delay the host's start
        try
        {
            // Resolved only now: building the source reads the tab's options, whose start-up check must not run before the
            // host's own (a misconfigured host names its first problem, not the tab's).
            if (services.GetRequiredService<IApplicationSource>() is SharedApplicationSource shared)
            {
                var views = services.GetRequiredService<ApplicationViews>();
                var started = Stopwatch.GetTimestamp();
                var all = await shared.Cache.GetAllAsync(stoppingToken);
                views.Visible(TabUser.Principal("start-up", null, [Role.Staff], TabUser.TeamsSsoScheme), all);
                Elapsed = Stopwatch.GetElapsedTime(started);
                LogDecided(logger, all.Count, (long)Elapsed.TotalMilliseconds);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal: the first request decides what is missing.
            LogFailed(logger, new Core.Text.Failure(e));
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Decided {Count} applications at start-up in {Milliseconds} ms")]
    private static partial void LogDecided(ILogger logger, int count, long milliseconds);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Start-up decisions failed ({Failure}); the first request will make them")]
    private static partial void LogFailed(ILogger logger, Core.Text.Failure failure);
}
