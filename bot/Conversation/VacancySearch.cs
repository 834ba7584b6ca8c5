using InternBot.Bot.BotFramework.Schema;
using InternBot.Bot.Cards;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Conversation;

/// <summary>The messaging extension: search vacancies and insert a vacancy card into any chat.</summary>
internal static class VacancySearch
{
    public const string CommandId = "searchVacancies";
    private const int MaxCardBytes = 28 * 1024;

    public static MessagingExtensionResponse Respond(MessagingExtensionQuery query, VacancyCatalogue catalogue, DateTimeOffset now, Language l)
    {
        var text = query.Parameters?.FirstOrDefault(p => p?.Name == "searchQuery")?.Value is { ValueKind: System.Text.Json.JsonValueKind.String } v ? v.GetString()?.Trim() ?? "" : "";
        var initialRun = query.Parameters?.Any(p => p?.Name == "initialRun") == true;
        IEnumerable<Vacancy> found = initialRun || text.Length == 0 ? catalogue.All : Search(catalogue, text);
        var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
        var count = Math.Clamp(query.QueryOptions?.Count ?? 25, 1, 25);
        var attachments = found.Skip(skip).Take(count).Select(vacancy =>
        {
            var card = VacancyCards.Compact(vacancy, now, l);
            if (card.Size > MaxCardBytes)
            {
                card = new AdaptiveCard { Lang = l.Code() }.Add(new TextBlock(CardText.In(vacancy.Title, l)) { Weight = "Bolder" });
            }

            var preview = new Attachment
            {
                ContentType = "application/vnd.microsoft.card.thumbnail",
                Content = new { title = $"{CardText.Name(vacancy)} — {CardText.In(vacancy.Title, l)}", text = vacancy.Deadline.IsOpenAt(now) ? CardText.T(l, "Open", "Ouvert") : CardText.T(l, "Closed", "Clôturé") },
            };
            return new MessagingExtensionAttachment(AdaptiveCard.ContentType, card.ToJson(), preview);
        }).ToList();
        return new MessagingExtensionResponse(new MessagingExtensionResult("result", "list", attachments));
    }

    private static IEnumerable<Vacancy> Search(VacancyCatalogue catalogue, string text)
    {
        var match = catalogue.Find(text);
        if (match.Candidates.Count > 0)
        {
            return match.Candidates;
        }

        var words = VacancyNames.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return catalogue.All.Where(v => words.All(w => VacancyNames.Normalise($"{v.Title.En} {v.Title.Fr} {v.ShortName} {string.Join(' ', v.Aliases)} {v.Division?.En}").Contains(w, StringComparison.Ordinal)));
    }
}
