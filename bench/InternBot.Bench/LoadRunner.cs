using System.Diagnostics;
using System.Net.Http.Headers;

namespace InternBot.Bench;

/// <summary>Closed-loop load on loopback: N concurrent senders, each sending as soon as its last answer arrived.</summary>
internal static class LoadRunner
{
    public sealed record Result(int Concurrency, int Requests, int Errors, double PerSecond, double P50Ms, double P99Ms);

    public static Task<Result> RunAsync(HttpClient client, string path, Func<int, int, string> body, int concurrency, TimeSpan duration, TimeSpan warmUp) =>
        RunAsync(client, (_, _) => path, body, concurrency, duration, warmUp);

    /// <summary>As above, with the address of each request chosen per sender and turn (several instances behind a router).</summary>
    public static async Task<Result> RunAsync(HttpClient client, Func<int, int, string> path, Func<int, int, string> body, int concurrency, TimeSpan duration, TimeSpan warmUp)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var measuring = false;
        using var stop = new CancellationTokenSource(warmUp + duration);
        var started = Stopwatch.StartNew();
        _ = Task.Delay(warmUp).ContinueWith(_ => { measuring = true; started.Restart(); }, TaskScheduler.Default);

        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(16_384);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                using var content = new StringContent(body(worker, i));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(path(worker, i), content, CancellationToken.None);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                if (measuring && !stop.IsCancellationRequested)
                {
                    mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var elapsed = started.Elapsed.TotalSeconds;
        return new Result(concurrency, all.Length, errors, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
