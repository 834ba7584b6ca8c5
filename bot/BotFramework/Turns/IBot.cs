namespace InternBot.Bot.BotFramework.Turns;

/// <summary>The bot's turn logic (Bot.Builder's IBot).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
