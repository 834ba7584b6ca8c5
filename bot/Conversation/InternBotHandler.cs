using System.Globalization;
using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.BotFramework.Turns;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Conversation;

/// <summary>InternBot's turn logic: turns each activity into a call to Core and a reply.</summary>
public sealed class InternBotHandler(VacancyCatalogue catalogue, TimeProvider time) : ActivityHandler
{
    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(
            "Hello! I'm InternBot. I answer questions about NATO HQ internship vacancies. Name one (for example 'NDS' or '250775') or type 'vacancies'.",
            cancellationToken);

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.TextWithoutMentions();
        var match = text.Length == 0 ? VacancyMatch.None : catalogue.Find(text);
        if (match.Vacancy is { } v)
        {
            var status = v.Deadline.IsOpenAt(time.GetUtcNow()) ? "open until" : "closed on";
            return turnContext.SendActivityAsync(
                $"{v.Title.En}{(v.Reference is null ? "" : $" ({v.Reference})")}: applications {status} {Formats.DateTime(v.Deadline.LastMinute.Local, Language.English)} Brussels time.",
                cancellationToken);
        }

        var list = string.Join("; ", catalogue.All.Select(x => $"{x.ShortName}{(x.Reference is null ? "" : $" ({x.Reference})")}"));
        return turnContext.SendActivityAsync(string.Create(CultureInfo.InvariantCulture, $"The vacancies I know: {list}. Name one to hear about it."), cancellationToken);
    }
}
