using System.Threading.RateLimiting;
using InternBot.Bot.BotFramework.Connector;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.Cards;
using InternBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Proactive;

/// <summary>How fast the bot writes first ("Proactive"): Teams throttles bots that post faster than a few messages a second.</summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "Proactive";

    public int MessagesPerSecond { get; set; } = 5;
}

/// <summary>
/// Sends cards the bot writes first (answers from the office, reminders, notifications) to a stored conversation
/// address: at most <see cref="ProactiveOptions.MessagesPerSecond"/>, each retried by the connector on 429 with the
/// channel's Retry-After; a conversation the channel says is gone (403, 404) is forgotten so nothing is sent there again.
/// </summary>
internal sealed partial class ProactiveMessenger : IDisposable
{
    private readonly IConnectorClient _connector;
    private readonly IConversationAddressStore _addresses;
    private readonly ILogger<ProactiveMessenger> _logger;
    private readonly TokenBucketRateLimiter _pace;

    public ProactiveMessenger(IConnectorClient connector, IConversationAddressStore addresses, IOptions<ProactiveOptions> options, ILogger<ProactiveMessenger> logger)
    {
        (_connector, _addresses, _logger) = (connector, addresses, logger);
        var perSecond = Math.Clamp(options.Value.MessagesPerSecond, 1, 50);
        _pace = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = int.MaxValue, AutoReplenishment = true,
        });
    }

    /// <summary>Sends the card; false when the conversation is gone (and now forgotten).</summary>
    public async Task<bool> SendAsync(ConversationAddress to, AdaptiveCard card, CancellationToken cancellationToken)
    {
        using var lease = await _pace.AcquireAsync(1, cancellationToken);
        try
        {
            await _connector.SendToConversationAsync(to.ServiceUrl, to.ConversationId, Message(card), cancellationToken);
            return true;
        }
        catch (ConnectorException e) when (e.Status is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
        {
            await _addresses.RemoveAsync(to.ConversationId, cancellationToken);
            LogGone(_logger, (int)e.Status!);
            return false;
        }
    }

    public async Task<string?> PostAsync(ConversationAddress to, AdaptiveCard card, CancellationToken cancellationToken)
    {
        using var lease = await _pace.AcquireAsync(1, cancellationToken);
        return (await _connector.SendToConversationAsync(to.ServiceUrl, to.ConversationId, Message(card), cancellationToken)).Id;
    }

    public async Task UpdateAsync(ConversationAddress where, string activityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        using var lease = await _pace.AcquireAsync(1, cancellationToken);
        await _connector.UpdateActivityAsync(where.ServiceUrl, where.ConversationId, activityId, Message(card), cancellationToken);
    }

    public void Dispose() => _pace.Dispose();

    private static Activity Message(AdaptiveCard card) => new() { Type = ActivityTypes.Message, Attachments = [card.Attachment()] };

    [LoggerMessage(EventId = 3030, Level = LogLevel.Information, Message = "A conversation can no longer be reached ({Status}); it was forgotten.")]
    private static partial void LogGone(ILogger logger, int status);
}
