using System.Text.Json.Nodes;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Cards;

/// <summary>Pieces every card uses: the two languages, a vacancy's name, the closed/open line, buttons.</summary>
internal static class CardText
{
    public static string T(Language l, string en, string fr) => l == Language.French ? fr : en;

    public static string Name(Vacancy v) => v.Reference is null ? v.ShortName : $"{v.ShortName} ({v.Reference})";

    /// <summary>"Closed on 22 June 2025 at 23:59 (Brussels time)" or "Open until ..." as a coloured banner.</summary>
    public static Container Status(Vacancy v, DateTimeOffset now, Language l)
    {
        var when = Formats.DateTime(v.Deadline.LastMinute.Local, l);
        var open = v.Deadline.IsOpenAt(now);
        var text = open
            ? T(l, $"Open: applications for {v.ShortName} close on {when} (Brussels time), {Ahead(v.Deadline.LastMinute, now, l)}.", $"Ouvert : les candidatures pour {v.ShortName} ferment le {when} (heure de Bruxelles), {Ahead(v.Deadline.LastMinute, now, l)}.")
            : T(l, $"Closed: applications for {v.ShortName} closed on {when} (Brussels time), {Ago(v.Deadline.LastMinute, now, l)}.", $"Clôturé : les candidatures pour {v.ShortName} ont été clôturées le {when} (heure de Bruxelles), {Ago(v.Deadline.LastMinute, now, l)}.");
        return new Container([new TextBlock(text) { Weight = "Bolder", Color = open ? "Good" : "Attention" }]) { Style = open ? "good" : "attention" };
    }

    /// <summary>"17 months ago" for a moment in a zone, counted in that zone's days from now.</summary>
    public static string Ahead(ZonedDateTime future, DateTimeOffset now, Language l) =>
        Formats.Ahead(DateOnly.FromDateTime(future.Local), DateOnly.FromDateTime(ZonedDateTime.LocalIn(future.Zone, now)), l);

    public static string Ago(ZonedDateTime past, DateTimeOffset now, Language l) =>
        Formats.Ago(DateOnly.FromDateTime(past.Local), DateOnly.FromDateTime(ZonedDateTime.LocalIn(past.Zone, now)), l);

    /// <summary>Marks text a data file has in English only when a French reader sees it.</summary>
    public static string In(LocalizedText text, Language l) =>
        l == Language.French && !text.HasFrench ? text.En + " (en anglais uniquement)" : text.In(l);

    /// <summary>
    /// Text someone typed, shown as typed: the Markdown that cards render (links, emphasis, lists, headings) is escaped,
    /// so a question cannot put a link or formatting into a card others read.
    /// </summary>
    public static string Plain(string text)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '~' or '#' or '<' or '>' or '!' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A one-line card: a short reply to a command.</summary>
    public static AdaptiveCard Note(Language l, string en, string fr) => new AdaptiveCard { Lang = l.Code() }.Add(new TextBlock(T(l, en, fr)));

    /// <summary>A text value a button or form sent in its data; null when absent or not text.</summary>
    public static string? Value(System.Text.Json.JsonElement? data, string name) =>
        data is { ValueKind: System.Text.Json.JsonValueKind.Object } d && d.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;

    public static ExecuteAction Ask(string title, string question, string? vacancy = null) =>
        new(title, CardVerbs.Ask, Data(("text", question), ("vacancy", vacancy)));

    public static ExecuteAction Detail(Vacancy v, Language l) => new(T(l, $"About {v.ShortName}", $"À propos de {v.ShortName}"), CardVerbs.VacancyDetail, Data(("vacancy", v.Slug)));

    public static ExecuteAction CheckEligibility(Language l, string? vacancy) =>
        new(T(l, "Check eligibility", "Vérifier l'éligibilité"), CardVerbs.EligibilityForm, Data(("vacancy", vacancy)));

    public static JsonObject Data(params (string Key, string? Value)[] values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            if (value is not null)
            {
                json[key] = value;
            }
        }

        return json;
    }
}
