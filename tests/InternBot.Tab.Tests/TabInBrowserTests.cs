using Deque.AxeCore.Playwright;
using System.Text;
using InternBot.Bot.Hosting;
using InternBot.Core.Applications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternBot.Tab.Tests;

/// <summary>The running host on seeded data, one Chromium for the class.</summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"internbot-tab-{Guid.NewGuid():N}.db");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Url { get; private set; } = "";

    public IServiceProvider Services => _app!.Services;

    /// <summary>Screenshots go to docs/tab when INTERNBOT_SCREENSHOTS is set (to refresh the README's), else to a temp folder.</summary>
    public string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("INTERNBOT_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "internbot-tab-screens");

    public async ValueTask InitializeAsync()
    {
        _app = InternBotApp.Build(["--environment", "Development", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--Storage:Sqlite:Path={_database}", "--Storage:Sqlite:SeedOnFirstRun=true", "--Tab:AllowDevelopmentSignIn=true", "--Bot:AllowAnonymous=true", "--Roles:IncludeSeededPeople=true"]);
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}

public sealed class TabInBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private async Task<IPage> SignedIn(string query = "", string person = "Internship office (staff)")
    {
        var context = await host.Browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{host.Url}/tab/applications{query}");
        await page.GetByLabel(person).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = query.Contains("lang=fr", StringComparison.Ordinal) ? "Se connecter" : "Sign in" }).ClickAsync();
        await ApplicationsTable(page).WaitForAsync();
        return page;
    }

    // Screenshots only: lets the drawer's opening animation finish.
    private static Task<IJSHandle> Settled(IPage page) => page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')");

    private static ILocator ApplicationsTable(IPage page) => page.Locator("table[aria-label='Applications'], table[aria-label='Candidatures']");

    private static ILocator Rows(IPage page) => ApplicationsTable(page).Locator("tbody tr");

    [Fact]
    public async Task TheDashboardShowsTheSeededApplicationsWithEligibilityAndFiltersBySearch()
    {
        var page = await SignedIn();
        var total = await page.GetByRole(AriaRole.Status).TextContentAsync();
        Assert.Matches(@"^\d[\d,]* applications$", total);
        Assert.True(int.Parse(total!.Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2000);
        Assert.Equal(50, await Rows(page).CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(host.ScreenshotFolder, "dashboard.png") });

        await page.GetByLabel("Search by name, e-mail or candidate id").FillAsync("Edge");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll(\"table[aria-label='Applications'] tbody tr\")].every(r => r.textContent.includes('Edge'))");
        Assert.InRange(await Rows(page).CountAsync(), 1, 50);
    }

    [Fact]
    public async Task ASupervisorSeesOnlyTheirVacancy()
    {
        var page = await SignedIn(person: "Supervisor of NDS");
        var vacancies = await Rows(page).Locator("td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(vacancies);
        Assert.All(vacancies, v => Assert.Equal("NDS", v));
    }

    [Fact]
    public async Task OpeningAnApplicationShowsEveryCriterionAndAStatusChangeIsSaved()
    {
        var page = await SignedIn();
        await Rows(page).First.ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByRole(AriaRole.List, new() { Name = "Criteria" }).WaitForAsync();
        Assert.True(await drawer.GetByRole(AriaRole.Listitem).CountAsync() >= 4);
        await Settled(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(host.ScreenshotFolder, "detail.png") });

        await drawer.GetByRole(AriaRole.Combobox).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Interview" }).ClickAsync();
        await drawer.GetByLabel("Notes").FillAsync("Invite for the second round");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await drawer.GetByText("Saved.").WaitForAsync();
    }

    [Fact]
    public async Task AChangeMadeMeanwhileIsAConflictThatShowsTheCurrentVersion()
    {
        var page = await SignedIn("?q=Edge");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll(\"table[aria-label='Applications'] tbody tr\")].every(r => r.textContent.includes('Edge'))");
        var name = await Rows(page).First.Locator("td").First.TextContentAsync();
        await Rows(page).First.ClickAsync();
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByRole(AriaRole.List, new() { Name = "Criteria" }).WaitForAsync();

        // Someone else changes the same application after it was opened.
        var store = host.Services.GetRequiredService<IApplicationStore>();
        var all = (await store.ChangesAsync(null, TestContext.Current.CancellationToken)).Changed;
        var record = all.First(a => a.DisplayName == name);
        Assert.Equal(UpdateOutcome.Updated, (await store.UpdateAsync(record.Id, new ApplicationUpdate(ApplicationStatus.Withdrawn, "withdrew by e-mail"), record.Version, "someone else", TestContext.Current.CancellationToken)).Outcome);

        await drawer.GetByLabel("Notes").FillAsync("my note");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await drawer.GetByText("Someone changed this application meanwhile").WaitForAsync();
        Assert.Equal("withdrew by e-mail", await drawer.GetByLabel("Notes").InputValueAsync());
        await Settled(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(host.ScreenshotFolder, "conflict.png") });
    }

    /// <summary>
    /// Someone who uses only the keyboard: Tab reaches the search box, the filters, both exports and the rows, in page
    /// order; Enter opens an application with focus inside the panel; the status is chosen with the arrow keys and saved
    /// with Enter; Escape closes the panel and gives focus back to the row it came from.
    /// </summary>
    [Fact]
    public async Task EverythingCanBeDoneWithTheKeyboardAlone()
    {
        var page = await SignedIn("?q=Edge");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll(\"table[aria-label='Applications'] tbody tr\")].every(r => r.textContent.includes('Edge'))");
        await page.EvaluateAsync("() => document.activeElement?.blur()");

        var visited = new List<string>();
        for (var i = 0; i < 80 && !await FocusIsAsync(page, "tbody tr"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            visited.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e?.getAttribute('aria-label') || e?.labels?.[0]?.textContent?.trim() || e?.textContent?.trim().slice(0, 40) || e?.tagName || ''; }"));
        }

        Assert.True(await FocusIsAsync(page, "tbody tr"), $"Tab never reached a row; it went through: {string.Join(" | ", visited)}");
        Assert.Contains("Search by name, e-mail or candidate id", visited);
        Assert.Contains("Export CSV", visited);
        Assert.Contains("Export Excel (.xlsx)", visited);
        Assert.True(visited.IndexOf("Search by name, e-mail or candidate id") < visited.IndexOf("Export CSV"));
        var row = await page.EvaluateAsync<string>("() => document.activeElement.dataset.id");

        await page.Keyboard.PressAsync("Enter");
        var drawer = page.GetByRole(AriaRole.Dialog);
        await drawer.GetByRole(AriaRole.List, new() { Name = "Criteria" }).WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[role=dialog]')?.contains(document.activeElement)");

        for (var i = 0; i < 30 && !await FocusIsAsync(page, "[role=combobox]"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await FocusIsAsync(page, "[role=combobox]"), "Tab never reached the status in the panel.");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Listbox).WaitForAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        var chosen = await drawer.GetByRole(AriaRole.Combobox).TextContentAsync();

        for (var i = 0; i < 30 && !await FocusIsAsync(page, "button", "Save"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await drawer.GetByText("Saved.").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(chosen));

        await page.Keyboard.PressAsync("Escape");
        await drawer.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.WaitForFunctionAsync("() => document.activeElement?.matches('tbody tr')");
        Assert.Equal(row, await page.EvaluateAsync<string>("() => document.activeElement.dataset.id"));
    }

    private static Task<bool> FocusIsAsync(IPage page, string selector, string? text = null) =>
        page.EvaluateAsync<bool>("([s, t]) => !!document.activeElement?.matches(s) && (!t || document.activeElement.textContent.trim() === t)", new object?[] { selector, text });

    [Fact]
    public async Task TheExportDownloadsTheFilteredViewAsCsv()
    {
        var page = await SignedIn("?q=Edge");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        Assert.Equal("applications.csv", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"internbot-export-{Guid.NewGuid():N}.csv");
        await download.SaveAsAsync(path);
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)).TrimStart('\uFEFF');
        File.Delete(path);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,candidate,name,email,vacancy", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains("Edge", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheChannelConfigurationPageOffersEveryVacancyAndItsSavedAddressShowsOnlyThatVacancy()
    {
        var context = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{host.Url}/tab/config");
        await page.GetByLabel("Internship office (staff)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Applications tab" }).WaitForAsync();
        Assert.True(await page.GetByLabel("Every vacancy I may see").IsCheckedAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^KM") }).CountAsync());
        Assert.Equal(6, await page.GetByRole(AriaRole.Radio).CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(host.ScreenshotFolder, "channel-config.png") });

        // What the page saves for KM (Config.test.tsx checks the saved value) opens the dashboard filtered to KM.
        var configured = await SignedIn("?vacancy=km");
        var vacancies = await Rows(configured).Locator("td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(vacancies);
        Assert.All(vacancies, v => Assert.Equal("KM", v));
    }

    [Theory]
    [InlineData("", "Internship office (staff)")]
    [InlineData("?lang=fr&theme=dark", "Internship office (staff)")]
    [InlineData("?theme=contrast", "Supervisor of KM")]
    public async Task EveryViewHasNoSeriousOrCriticalAccessibilityViolation(string query, string person)
    {
        var page = await SignedIn(query, person);
        var problems = new List<string>();
        async Task Check(string view)
        {
            // Fluent UI's focus manager (tabster) puts hidden, focusable <i data-tabster-dummy> sentinels around focus
            // groups on purpose: they hand focus on to real elements and are never read out (a known false positive of
            // aria-hidden-focus: microsoft/tabster#288; Accessibility Insights suppresses it too). Everything else is checked.
            var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunContext { Exclude = [new Deque.AxeCore.Commons.AxeSelector("[data-tabster-dummy]")] });
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{view}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}"));
        }

        await Check("dashboard");
        await Rows(page).First.Locator("td").First.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).WaitForAsync();
        await Settled(page);
        await Check("detail");
        await page.Keyboard.PressAsync("Escape");
        foreach (var tab in query.Contains("lang=fr", StringComparison.Ordinal) ? new[] { "Offres", "Intégration" } : ["Vacancies", "Onboarding"])
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await Check(tab);
        }

        await page.GotoAsync($"{host.Url}/tab/config{query}");
        await page.GetByRole(AriaRole.Radio).First.WaitForAsync();
        await Check("configuration");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task FrenchAndTheDarkThemeFollowTheLocaleAndTheme()
    {
        var page = await SignedIn("?lang=fr&theme=dark", "Internship office (staff)");
        Assert.Matches(@"candidatures$", await page.GetByRole(AriaRole.Status).TextContentAsync());
        await page.GetByRole(AriaRole.Tab, new() { Name = "Intégration" }).WaitForAsync();
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor");
        var rgb = background.Split('(', ')')[1].Split(',').Select(c => int.Parse(c.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(rgb.Take(3).Average() < 80, $"background {background} is not dark");
        await page.ScreenshotAsync(new() { Path = Path.Combine(host.ScreenshotFolder, "dashboard-fr-dark.png") });
    }
}
