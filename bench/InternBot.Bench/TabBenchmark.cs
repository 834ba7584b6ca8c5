using InternBot.Tab.Applications;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using InternBot.Bot.Hosting;
using InternBot.Core.Applications;
using InternBot.Core.Vacancies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace InternBot.Bench;

/// <summary>
/// The supervisors' dashboard over 10,000 applications in the embedded store: API latency for the first page and a
/// filtered search (each decided by the eligibility engine), and time to first render in Debian's Chromium.
/// </summary>
internal static class TabBenchmark
{
    private const int Count = 10_000;

    public static async Task<int> RunAsync(int requests)
    {
        var database = Path.Combine(Path.GetTempPath(), $"internbot-bench-{Guid.NewGuid():N}.db");
        // One person sends every request: the per-person API limit is lifted so that the benchmark measures the API.
        string[] args = ["--environment", "Development", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Tab:ApiRequestsPerMinute=1000000", "--Tab:SignInRequestsPerMinute=1000",
            $"--Storage:Sqlite:Path={database}", "--Storage:Sqlite:SeedOnFirstRun=false", "--Tab:AllowDevelopmentSignIn=true", "--Bot:AllowAnonymous=true", "--Roles:IncludeSeededPeople=true"];

        // The store is filled by a first run; the measured host is a restart over it, as after a deployment.
        var filling = InternBotApp.Build(args);
        await filling.StartAsync();
        await filling.Services.GetRequiredService<IApplicationStore>().AddAsync(SeedData.Generate(filling.Services.GetRequiredService<VacancyCatalogue>(), Count), CancellationToken.None);
        await filling.StopAsync();
        await filling.DisposeAsync();

        var app = InternBotApp.Build(args);
        await app.StartAsync();
        try
        {
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Development", SeedData.StaffMember);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count:N0} applications in SQLite, each decided by the eligibility engine; {requests} sequential requests per row after the first; {Environment.ProcessorCount} cores, client and server in one process on loopback"));
            Console.WriteLine();
            var started = Stopwatch.StartNew();
            var atStart = await Time(http, "/api/tab/applications?pageSize=50");
            var warmUp = app.Services.GetRequiredService<DecisionWarmUp>();
            await warmUp.Completed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"After a restart: the start-up decisions of all {Count:N0} applications took {warmUp.Elapsed.TotalMilliseconds:0} ms in the background; a first page asked the moment the host started answered in {atStart:0} ms (it decides what is still missing alongside)."));
            Console.WriteLine();
            Console.WriteLine("| request (after the start-up decisions) | first ms | p50 ms | p99 ms |");
            Console.WriteLine("|---|---:|---:|---:|");
            await Row(http, "first page (50, newest first), staff", "/api/tab/applications?pageSize=50", requests);
            await Row(http, "filtered search: vacancy, eligibility, name contains, sorted by name", "/api/tab/applications?vacancy=nds&eligibility=Eligible&q=an&sort=name&pageSize=50", requests);
            using var supervisor = new HttpClient { BaseAddress = new Uri(url) };
            supervisor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Development", SeedData.SupervisorOf("km"));
            await Row(supervisor, "first page, supervisor of one vacancy", "/api/tab/applications?pageSize=50", requests);
            await Row(http, "CSV export of one vacancy", "/api/tab/applications/export.csv?vacancy=km", Math.Max(10, requests / 10));

            Console.WriteLine();
            await RenderAsync(url);
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }

        return 0;
    }

    private static async Task Row(HttpClient http, string label, string path, int requests)
    {
        var cold = await Time(http, path);
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            times.Add(await Time(http, path));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {cold:0.0} | {times[times.Count / 2]:0.0} | {times[(int)(times.Count * 0.99)]:0.0} |"));
    }

    private static async Task<double> Time(HttpClient http, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    // From navigation to the sign-in form (bundle loaded and started), and from signing in to the table's first rows.
    private static async Task RenderAsync(string url)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Console.WriteLine("| in Chromium (fresh context, no cache) | ms |");
        Console.WriteLine("|---|---:|");
        var load = new List<double>();
        var table = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            var watch = Stopwatch.StartNew();
            await page.GotoAsync($"{url}/tab/applications");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).WaitForAsync();
            load.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.Locator("table[aria-label='Applications'] tbody tr").First.WaitForAsync();
            table.Add(watch.Elapsed.TotalMilliseconds);
            await context.CloseAsync();
        }

        load.Sort();
        table.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| page load to sign-in form, median of 5 | {load[2]:0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sign-in to first rows of the dashboard, median of 5 | {table[2]:0} |"));
    }
}
