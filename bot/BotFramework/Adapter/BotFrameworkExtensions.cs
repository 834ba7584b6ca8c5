using InternBot.Identity;
using InternBot.Bot.BotFramework.Auth;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.BotFramework.Adapter;

/// <summary>Registration and endpoint mapping for the Bot Framework protocol: the one door into this folder.</summary>
public static class BotFrameworkExtensions
{
    public static IServiceCollection AddBotFramework<TBot>(this IServiceCollection services, IConfiguration configuration)
        where TBot : class, IBot
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddOptions<ConnectorRetryOptions>().Bind(configuration.GetSection(ConnectorRetryOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSigningKeys();
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));

        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<IActivityDeduplicator, ActivityDeduplicator>();
        services.AddSingleton<BackgroundTurnQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurnQueue>());
        services.TryAddSingleton<IBotTokenProvider>(sp => AzureIdentityBotTokenProvider.For(sp.GetRequiredService<IOptions<BotOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IConnectorClient>(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<BotOptions>>().Value.AllowAnonymous ? null : sp.GetRequiredService<IBotTokenProvider>(),
            sp.GetRequiredService<ServiceUrlTrust>(),
            sp.GetRequiredService<IOptions<ConnectorRetryOptions>>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>()));
        // With a shared delivery ledger (several instances on one store), deliveries also pass the shared gate.
        services.AddSingleton(sp => sp.GetService<Core.Conversations.IDeliveryLedger>() is { } ledger
            ? ActivatorUtilities.CreateInstance<BotAdapter>(sp, ActivatorUtilities.CreateInstance<SharedDeliveryGate>(sp, ledger))
            : ActivatorUtilities.CreateInstance<BotAdapter>(sp));
        services.AddScoped<TurnRunner>();
        services.AddSingleton<IBot, TBot>();
        return services;
    }

    /// <summary>POST /api/messages for the channel; every other method is 405.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        endpoints.MapMethods(pattern, ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "POST";
            return Results.Problem(statusCode: 405, title: "Method not allowed", detail: "Send activities with POST.");
        }).ExcludeFromDescription();
        return endpoints.MapPost(pattern, (HttpContext http, BotAdapter adapter) => adapter.ProcessAsync(http, http.RequestAborted))
            .DisableAntiforgery();
    }
}
