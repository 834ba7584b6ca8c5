using System.Net;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>The bot keeps the address of each conversation it is in (for proactive messages) and forgets it when removed.</summary>
public sealed class ConversationAddressTests : IDisposable
{
    private readonly BotHost _host = BotHost.Anonymous();

    public void Dispose() => _host.Dispose();

    private IConversationAddressStore Store => _host.Services.GetRequiredService<IConversationAddressStore>();

    private async Task PostAsync(Dictionary<string, object?> activity)
    {
        activity["deliveryMode"] = "expectReplies";
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(activity)).StatusCode);
    }

    private static Dictionary<string, object?> Installation(string action, string conversation = "a:personal-1")
    {
        var activity = Activities.Message("", conversation: conversation);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        return activity;
    }

    [Fact]
    public async Task InstallingInAPersonalChatRecordsWhereToWriteAndWhoseChatItIs()
    {
        await PostAsync(Installation("add"));
        var address = await Store.GetAsync("a:personal-1", TestContext.Current.CancellationToken);
        Assert.NotNull(address);
        Assert.Equal((Tokens.ServiceUrl, "msteams", ConversationScope.Personal, Tokens.TenantId, $"28:{Tokens.AppId}", "00000000-0000-0000-0000-0000000000a1"),
            (address.ServiceUrl, address.ChannelId, address.Scope, address.TenantId, address.BotId, address.UserObjectId));
    }

    [Fact]
    public async Task AChannelMessageRecordsTheChannelAndTeamNotTheThreadOrThePerson()
    {
        var message = Activities.Message("deadline for KM", conversation: "19:general@thread.tacv2;messageid=1700000000000");
        message["conversation"] = new { id = "19:general@thread.tacv2;messageid=1700000000000", conversationType = "channel", tenantId = Tokens.TenantId };
        message["channelData"] = new { tenant = new { id = Tokens.TenantId }, team = new { id = "19:team@thread.tacv2" }, channel = new { id = "19:general@thread.tacv2" } };
        await PostAsync(message);

        var address = Assert.Single(await Store.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("19:general@thread.tacv2", ConversationScope.Channel, "19:team@thread.tacv2", (string?)null), (address.ConversationId, address.Scope, address.TeamId, address.UserObjectId));
    }

    [Fact]
    public async Task AKnownConversationIsNotWrittenAgainOnEveryMessage()
    {
        await PostAsync(Activities.Message("help", conversation: "a:chatty"));
        var first = await Store.GetAsync("a:chatty", TestContext.Current.CancellationToken);
        _host.Time.Offset += TimeSpan.FromHours(1);
        await PostAsync(Activities.Message("deadline for NDS", conversation: "a:chatty"));
        Assert.Equal(first!.UpdatedAt, (await Store.GetAsync("a:chatty", TestContext.Current.CancellationToken))!.UpdatedAt);
    }

    [Fact]
    public async Task UninstallingOrRemovingTheBotForgetsTheConversation()
    {
        await PostAsync(Installation("add"));
        await PostAsync(Installation("remove"));
        Assert.Null(await Store.GetAsync("a:personal-1", TestContext.Current.CancellationToken));

        await PostAsync(Activities.Message("help", conversation: "19:group@thread.v2"));
        var removed = Activities.Message("", conversation: "19:group@thread.v2");
        removed["type"] = "conversationUpdate";
        removed["membersRemoved"] = new object[] { new { id = $"28:{Tokens.AppId}" } };
        await PostAsync(removed);
        Assert.Empty(await Store.ListAsync(TestContext.Current.CancellationToken));

        // Installed again later: recorded again, although this instance had seen it.
        await PostAsync(Activities.Message("help", conversation: "19:group@thread.v2"));
        Assert.NotNull(await Store.GetAsync("19:group@thread.v2", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ActivitiesWithoutAUsableAddressAreAnsweredAndNotRecorded()
    {
        var message = Activities.Message("help", conversation: "a:" + new string('x', 300));
        await PostAsync(message);
        var noServiceUrl = Activities.Message("help", conversation: "a:no-url");
        noServiceUrl["serviceUrl"] = "not a url";
        await PostAsync(noServiceUrl);
        Assert.Empty(await Store.ListAsync(TestContext.Current.CancellationToken));
    }
}
