namespace InternBot.Core.Conversations;

/// <summary>Where a conversation happens: a person's chat with the bot, a group chat, or a team's channel.</summary>
public enum ConversationScope
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>
/// What a proactive message needs to reach a conversation (a Bot Framework conversation reference): where to post
/// and what the conversation is. The person's Entra object id is kept for personal chats only, so "their" chat can be
/// found; nothing else about anyone.
/// </summary>
public sealed record ConversationAddress(
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    ConversationScope Scope,
    string? TenantId,
    string? BotId,
    string? TeamId,
    string? UserObjectId,
    DateTimeOffset UpdatedAt);

/// <summary>
/// The conversations the bot can reach: recorded when it is installed and when it hears from a conversation it did
/// not know, removed when it is uninstalled (or, later, when the channel says the conversation is gone).
/// </summary>
public interface IConversationAddressStore
{
    /// <summary>Adds or replaces the address of <see cref="ConversationAddress.ConversationId"/>.</summary>
    Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken);

    Task<ConversationAddress?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Removes it; true when it was there.</summary>
    Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken);
}
