namespace InternBot.Bot.BotFramework.Turns;

/// <summary>The bot's turn logic (Bot.Builder's IBot).</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

/// <summary>A per-turn gate or decoration; short-circuit by not calling <c>next</c>.</summary>
public interface IBotMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
