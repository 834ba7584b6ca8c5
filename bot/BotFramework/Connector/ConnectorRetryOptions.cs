namespace InternBot.Bot.BotFramework.Connector;

/// <summary>How calls to the Bot Connector are retried (429, 412, 5xx), bound from "Bot:Retry".</summary>
public sealed class ConnectorRetryOptions
{
    public const string SectionName = "Bot:Retry";

    public int MaxAttempts { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of any single wait, including a Retry-After the connector asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
