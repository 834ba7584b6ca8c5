using InternBot.Bot.BotFramework.Adapter;
using InternBot.Bot.Conversation;
using InternBot.Bot.Proactive;
using InternBot.Bot.Roles;
using InternBot.Storage.SharePoint;
using InternBot.Tab;

namespace InternBot.Bot.Hosting;

/// <summary>The host's table of contents: what it registers and what it maps. Program and the benchmarks build it.</summary>
public static class InternBotApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));

        builder.AddInternBotTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddInternBotCore(builder.Configuration);
        builder.Services.AddInternBotStorage(builder.Configuration);
        builder.Services.AddRoles(builder.Configuration);
        builder.Services.AddSingleton<ReplyData>();
        builder.Services.AddSingleton<ReplyRenderer>();
        builder.Services.AddSingleton<ConversationAddressRecorder>();
        builder.Services.AddEscalation(builder.Configuration);
        builder.Services.AddProactive(builder.Configuration);
        builder.Services.AddBotFramework<InternBotHandler>(builder.Configuration);
        builder.Services.AddInternBotTab(builder.Configuration);
        builder.Services.AddTabAdapters(builder.Configuration);
        builder.Services.AddHealthProbes();

        var app = builder.Build();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseTabSecurityHeaders(builder.Configuration.GetSection(SharePointListOptions.SectionName).Get<SharePointListOptions>()?.SiteUrl);
        app.MapTabPages();
        app.UseAuthorization();
        // After authorization, so the tab's per-person limit knows the person.
        app.UseRateLimiter();
        app.MapHealthProbes();
        app.MapBotMessages();
        app.MapInternBotTab();
        app.MapTabOpenApi();
        app.PrintHowToChat();
        return app;
    }
}
