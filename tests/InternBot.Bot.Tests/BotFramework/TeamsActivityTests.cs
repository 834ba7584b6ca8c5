using System.Text.Json;
using InternBot.Bot.BotFramework;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;

namespace InternBot.Bot.Tests.BotFramework;

public sealed class TeamsActivityTests
{
    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    [Fact]
    public void TheTenantComesFromTheConversationOrElseChannelData()
    {
        Assert.Equal("t1", Read("""{"type":"message","conversation":{"id":"c","tenantId":"t1"},"channelData":{"tenant":{"id":"t2"}}}""").TenantId());
        Assert.Equal("t2", Read("""{"type":"message","conversation":{"id":"c"},"channelData":{"tenant":{"id":"t2"}}}""").TenantId());
        Assert.Equal("not-a-guid", Read("""{"type":"message","channelData":{"tenant":{"id":"not-a-guid"}}}""").TenantId());
        Assert.Null(Read("""{"type":"message","channelData":{"tenant":"weird"}}""").TenantId());
    }

    [Fact]
    public void TheBotsMentionIsStrippedAndOthersKeepTheirNames()
    {
        var activity = Read("""
            {"type":"message","text":"<at>InternBot</at> what is the deadline for <at>Jane Doe</at>?",
             "recipient":{"id":"28:bot"},
             "entities":[{"type":"mention","text":"<at>InternBot</at>","mentioned":{"id":"28:bot","name":"InternBot"}},
                         {"type":"mention","text":"<at>Jane Doe</at>","mentioned":{"id":"29:jane","name":"Jane Doe"}},
                         {"type":"clientInfo","locale":"fr-BE"}]}
            """);
        Assert.Equal("what is the deadline for Jane Doe?", activity.TextWithoutMentions());
    }

    [Theory]
    [InlineData("""{"type":"message","conversation":{"id":"c","conversationType":"channel"}}""", "channel")]
    [InlineData("""{"type":"message","conversation":{"id":"c","isGroup":true}}""", "groupChat")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "personal")]
    public void TheConversationTypeIsRead(string json, string expected) => Assert.Equal(expected, Read(json).ConversationType());

    [Fact]
    public void WritingAnActivityLeavesOutNullsAndKeepsRawValues()
    {
        var activity = Read("""{"type":"message","value":{"verb":"x","data":[1,{"a":null}]},"channelData":{"tenant":{"id":"t"}},"unknown":1}""");
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        Assert.Equal("""{"type":"message","channelData":{"tenant":{"id":"t"}},"value":{"verb":"x","data":[1,{"a":null}]}}""", json);
    }

    [Fact]
    public void AReplyIsAddressedBackToTheSender()
    {
        var incoming = Read("""{"type":"message","id":"9","serviceUrl":"https://s/","channelId":"msteams","locale":"fr-FR","from":{"id":"29:u","aadObjectId":"oid"},"recipient":{"id":"28:b","name":"Bot"},"conversation":{"id":"a:1"}}""");
        var reply = incoming.CreateReply("ok");
        Assert.Equal(("28:b", "29:u", "a:1", "9", "https://s/", "fr-FR"), (reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id, reply.ReplyToId, reply.ServiceUrl, reply.Locale));
    }
}
