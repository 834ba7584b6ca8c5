using InternBot.Bot.Tests.TestKit;
using InternBot.Tab.Applications;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Tab;

public sealed class DecisionWarmUpTests
{
    [Fact]
    public async Task AfterAStartEveryStoredApplicationIsDecidedBeforeAnyoneAsks()
    {
        using var host = new BotHost(new() { ["Bot:AllowAnonymous"] = "true", ["Storage:Sqlite:SeedOnFirstRun"] = "true" }, "Development");
        var warmUp = host.Services.GetRequiredService<DecisionWarmUp>();
        await warmUp.Completed.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var stored = await host.Services.GetRequiredService<Core.Applications.IApplicationStore>().ChangesAsync(null, TestContext.Current.CancellationToken);
        Assert.True(stored.Changed.Count >= 2000);
        Assert.Equal(stored.Changed.Count, host.Services.GetRequiredService<ApplicationViews>().Decided);
    }
}
