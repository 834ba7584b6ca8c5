using System.Text.Json;
using System.Text.RegularExpressions;
using InternBot.Bot.BotFramework.Schema;

namespace InternBot.Bot.BotFramework.Turns;

/// <summary>Teams facts carried by an activity: tenant, user object id, conversation type, mentions.</summary>
public static partial class TeamsActivityExtensions
{
    /// <summary>The Entra tenant: conversation.tenantId, else channelData.tenant.id. Never parsed as a GUID.</summary>
    public static string? TenantId(this Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data &&
               data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object &&
               tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    /// <summary>The sender's Entra object id (what roles are granted to).</summary>
    public static string? AadObjectId(this Activity activity) => activity.From?.AadObjectId;

    /// <summary>personal, groupChat or channel.</summary>
    public static string ConversationType(this Activity activity) =>
        activity.Conversation?.ConversationType ?? (activity.Conversation?.IsGroup == true ? "groupChat" : "personal");

    /// <summary>
    /// The message text without the bot's @mention ("&lt;at&gt;InternBot&lt;/at&gt; deadline?" -> "deadline?"), as
    /// Teams puts it in group chats and channels.
    /// </summary>
    public static string TextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            // Entities arrive as the client wrote them: null entries, ids that are numbers, text that is not a string.
            if (entity?.Type != "mention" || entity.Properties is null)
            {
                continue;
            }

            var mentionsBot = entity.Properties.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object &&
                              mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == activity.Recipient?.Id;
            if (mentionsBot && entity.Properties.TryGetValue("text", out var mentionText) && mentionText.ValueKind == JsonValueKind.String && mentionText.GetString() is { Length: > 0 } m)
            {
                text = text.Replace(m, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Other people's mentions keep their names; only the markup goes.
        return SpacePattern().Replace(AtPattern().Replace(text, "$1"), " ").Trim();
    }

    [GeneratedRegex("<at>([^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
