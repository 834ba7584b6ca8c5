using InternBot.Identity;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InternBot.Bot.BotFramework;
using InternBot.Bot.BotFramework.Auth;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace InternBot.Bot.Tests.TestKit;

/// <summary>
/// The real host in memory, with the outside world faked: Entra/Bot Connector metadata, the connector, the
/// outbound token. Settings pick anonymous (Development) or authenticated mode.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Func<IServiceProvider, IBot>? _bot;

    public BotHost(Dictionary<string, string?> settings, string environment, Func<IServiceProvider, IBot>? bot = null)
    {
        _settings = new Dictionary<string, string?>(settings) { ["Storage:Sqlite:Path"] = DatabasePath };

        // Outside Development the host requires the tab's sign-in settings; bot tests use the fake tenant's.
        if (environment != "Development")
        {
            _settings.TryAdd("Tab:ClientId", Tokens.TabClientId);
            _settings.TryAdd("Tab:TenantId", Tokens.TenantId);
            _settings.TryAdd("Tab:MetadataUrlTemplate", FakeIdentityProvider.EntraMetadataTemplate);
        }
        _environment = environment;
        _bot = bot;
    }

    public FakeIdentityProvider Identity { get; } = new();

    /// <summary>More settings and services for one test; set before the first request.</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    public Action<IServiceCollection>? ExtraServices { get; set; }

    /// <summary>This host's own SQLite file (never the developer's).</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"internbot-test-{Guid.NewGuid():N}.db");

    public FakeConnector Connector { get; } = new();

    /// <summary>The host's clock: real time plus whatever the test adds.</summary>
    public MovableTime Time { get; } = new();

    public ConcurrentQueue<(EventId Id, LogLevel Level, string Message)> Logs { get; } = new();

    /// <summary>When set, requests appear to come from this address (the test server has none).</summary>
    public IPAddress? RemoteAddress { get; set; }

    public static BotHost Anonymous(Func<IServiceProvider, IBot>? bot = null) =>
        new(new() { ["Bot:AllowAnonymous"] = "true" }, "Development", bot);

    public static BotHost Authenticated(string appType = "MultiTenant", Func<IServiceProvider, IBot>? bot = null, string environment = "Production")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AllowAnonymous"] = "false",
            ["Bot:AppId"] = Tokens.AppId,
            ["Bot:AppType"] = appType,
            ["Bot:BotConnectorMetadataUrl"] = FakeIdentityProvider.BotConnectorMetadata,
            ["Bot:EntraMetadataUrlTemplate"] = FakeIdentityProvider.EntraMetadataTemplate,
            ["Bot:Retry:BaseDelay"] = "00:00:00.010",
            ["Bot:Retry:MaxDelay"] = "00:00:00.050",
        };
        if (appType is "SingleTenant" or "UserAssignedMSI")
        {
            settings["Bot:TenantId"] = Tokens.TenantId;
        }

        if (appType is "SingleTenant" or "MultiTenant")
        {
            settings["Bot:ClientSecret"] = "not-a-real-secret";
        }

        return new BotHost(settings, environment, bot);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings.Concat(ExtraSettings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(SigningKeyCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Identity);
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedToken("outbound-test-token"));
            if (_bot is not null)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton(_bot);
            }

            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RemoteAddressFilter(() => RemoteAddress));
            ExtraServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A pooled connection may still hold the file for a moment; the temp folder is cleaned anyway.
            }
        }
    }

    /// <summary>POSTs an activity (a JSON string or an object) with an optional Authorization header.</summary>
    public async Task<HttpResponseMessage> PostAsync(object activity, string? authorization = null)
    {
        var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = activity is string json
                ? new StringContent(json, Encoding.UTF8, "application/json")
                : JsonContent.Create(activity, activity.GetType(), options: BotJson.Options),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    private sealed class FixedToken(string token) : IBotTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
    }

    private sealed class RemoteAddressFilter(Func<IPAddress?> address) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(async (Microsoft.AspNetCore.Http.HttpContext context, Func<Task> nextMiddleware) =>
            {
                if (address() is { } ip)
                {
                    context.Connection.RemoteIpAddress = ip;
                }

                await nextMiddleware();
            });
            next(app);
        };
    }
}

/// <summary>Real time, shifted by what the test adds.</summary>
public sealed class MovableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Offset;

    /// <summary>Makes "now" this instant (time still moves on from there).</summary>
    public void FixAt(DateTimeOffset instant) => Offset = instant - DateTimeOffset.UtcNow;
}

internal sealed class CapturingLoggerProvider(ConcurrentQueue<(EventId Id, LogLevel Level, string Message)> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(logs);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(EventId Id, LogLevel Level, string Message)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((eventId, logLevel, exception is null ? formatter(state, exception) : $"{formatter(state, exception)} | {exception}"));
    }
}
