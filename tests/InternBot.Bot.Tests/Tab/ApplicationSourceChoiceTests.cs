using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Applications;
using InternBot.Storage.SharePoint;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Tab;

/// <summary>The host picks where the tab reads applications once, from Tab:ApplicationStore.</summary>
public sealed class ApplicationSourceChoiceTests
{
    [Fact]
    public void ByDefaultEveryoneReadsTheEmbeddedStore()
    {
        using var host = BotHost.Authenticated();
        Assert.IsType<SharedApplicationSource>(host.Services.GetRequiredService<IApplicationSource>());
    }

    [Theory]
    [InlineData("SharePoint")]
    [InlineData("sharepoint")]
    public void SharePointIsReadOnBehalfOfEachPerson(string value)
    {
        using var host = BotHost.Authenticated();
        host.ExtraSettings["Tab:ApplicationStore"] = value;
        host.ExtraSettings["Tab:ClientSecret"] = "obo-secret";
        host.ExtraSettings["Storage:SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/internships";
        Assert.IsType<OnBehalfOfApplicationSource>(host.Services.GetRequiredService<IApplicationSource>());
    }
}
