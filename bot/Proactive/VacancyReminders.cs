using InternBot.Bot.Cards;
using InternBot.Bot.Conversation;
using InternBot.Core.Conversations;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Proactive;

/// <summary>
/// Reminds the internship office's channel of what is coming for open vacancies: a deadline 7 days and 1 day before it
/// closes, an info session the day before. Nothing is sent until a channel is chosen; an occurrence still due when one
/// is chosen is sent then.
/// </summary>
internal sealed class VacancyReminders(VacancyCatalogue catalogue, EscalationDesk desk, IOptions<EscalationOptions> escalation, SentOccurrences sent, ProactiveMessenger messenger) : IScheduledJob
{
    private static readonly TimeSpan[] BeforeDeadline = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];
    private static readonly TimeSpan[] BeforeInfoSession = [TimeSpan.FromDays(1)];

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Due(now).ToList();
        if (due.Count == 0 || (await desk.ChannelAsync(cancellationToken) ?? escalation.Value.Channel(now)) is not { } channel)
        {
            return;
        }

        foreach (var (occurrence, card) in due)
        {
            if (!await sent.WasSentAsync(occurrence, cancellationToken) && await sent.TryClaimAsync(occurrence, cancellationToken))
            {
                await messenger.SendAsync(channel, card, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The reminder due at <paramref name="now"/> for an event: each lead time (longest first) owns the time from its
    /// moment to the next one's, the last until the event, so a late first round sends the nearest reminder only.
    /// </summary>
    private static TimeSpan? Window(TimeSpan[] leads, DateTimeOffset at, DateTimeOffset now)
    {
        for (var i = 0; i < leads.Length; i++)
        {
            var end = i + 1 < leads.Length ? at - leads[i + 1] : at;
            if (now >= at - leads[i] && now < end)
            {
                return leads[i];
            }
        }

        return null;
    }

    /// <summary>The reminders due at <paramref name="now"/>.</summary>
    internal IEnumerable<(string Occurrence, AdaptiveCard Card)> Due(DateTimeOffset now)
    {
        foreach (var v in catalogue.All)
        {
            var closes = v.Deadline.ClosesAt;
            if (Window(BeforeDeadline, closes, now) is { } before)
            {
                yield return ($"deadline:{v.Slug}:{closes.UtcTicks}:{before.TotalDays}d", ReminderCards.Deadline(v, before));
            }

            if (v.InfoSession?.Start.ToInstant() is { } session && Window(BeforeInfoSession, session, now) is { } ahead)
            {
                yield return ($"info-session:{v.Slug}:{session.UtcTicks}:{ahead.TotalDays}d", ReminderCards.InfoSession(v, ahead));
            }
        }
    }
}

/// <summary>Reminder cards for the office's channel (English, then French).</summary>
internal static class ReminderCards
{
    public static AdaptiveCard Deadline(Vacancy v, TimeSpan before) => Card(
        $"{v.ShortName} ({v.Reference ?? v.Slug}) closes in {Days(before, Language.English)}: {Formats.DateTime(v.Deadline.LastMinute.Local, Language.English)} ({v.Deadline.LastMinute.Zone.Id}).",
        $"{v.ShortName} ({v.Reference ?? v.Slug}) ferme dans {Days(before, Language.French)} : {Formats.DateTime(v.Deadline.LastMinute.Local, Language.French)} ({v.Deadline.LastMinute.Zone.Id}).");

    public static AdaptiveCard InfoSession(Vacancy v, TimeSpan before) => Card(
        $"The {v.ShortName} info session is in {Days(before, Language.English)}: {Formats.DateTime(v.InfoSession!.Start.Local, Language.English)} ({v.InfoSession.Start.Zone.Id}).",
        $"La séance d'information {v.ShortName} a lieu dans {Days(before, Language.French)} : {Formats.DateTime(v.InfoSession.Start.Local, Language.French)} ({v.InfoSession.Start.Zone.Id}).");

    private static AdaptiveCard Card(string en, string fr) =>
        new AdaptiveCard { Lang = "en" }.Add(
            new TextBlock("Reminder / Rappel") { Weight = "Bolder", Style = "heading" },
            new TextBlock(en),
            new TextBlock(fr) { IsSubtle = true });

    private static string Days(TimeSpan before, Language l) => (before.TotalDays, l) switch
    {
        (1, Language.French) => "un jour",
        (1, _) => "one day",
        (var d, Language.French) => $"{d} jours",
        (var d, _) => $"{d} days",
    };
}
