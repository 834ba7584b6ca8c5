namespace InternBot.Bot.Tests.TestKit;

/// <summary>Activities shaped like the ones Teams sends.</summary>
public static class Activities
{
    public static Dictionary<string, object?> Message(string text, string? id = null, string conversation = "a:1x2y3z", string serviceUrl = Tokens.ServiceUrl, string channelId = "msteams", bool expectReplies = false)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = id ?? Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-21T10:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new { id = "29:1abc", name = "Jane Staff", aadObjectId = "00000000-0000-0000-0000-0000000000a1" },
            ["conversation"] = new { conversationType = "personal", id = conversation, tenantId = Tokens.TenantId },
            ["recipient"] = new { id = $"28:{Tokens.AppId}", name = "InternBot" },
            ["text"] = text,
            ["locale"] = "en-US",
            ["channelData"] = new { tenant = new { id = Tokens.TenantId } },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static Dictionary<string, object?> Invoke(string name, object? value, string? id = null)
    {
        var activity = Message("", id);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = value;
        activity.Remove("text");
        return activity;
    }
}
