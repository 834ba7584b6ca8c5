using System.Globalization;
using InternBot.Bot.Cards;
using InternBot.Core.Conversations;
using InternBot.Core.Onboarding;
using InternBot.Core.Roles;
using InternBot.Core.Text;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Proactive;

/// <summary>
/// Once a week (from the digest hour on Mondays), each intern who has the bot in a personal chat and has not finished
/// their onboarding checklist gets it, with their own progress and a "done" button per item: the start date and the
/// documents to bring are items of the checklist (onboarding data). Interns who finished get nothing.
/// </summary>
internal sealed class InternReminders(
    IConversationAddressStore addresses,
    IConversationStateStore states,
    IRoleProvider roles,
    OnboardingGuide guide,
    OnboardingProgress progress,
    SentOccurrences sent,
    ProactiveMessenger messenger,
    IOptions<SchedulerOptions> options) : IScheduledJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var utc = now.UtcDateTime;
        if (utc.DayOfWeek != DayOfWeek.Monday || utc.Hour < options.Value.DigestHourUtc)
        {
            return;
        }

        var week = $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):D2}";
        foreach (var chat in await addresses.ListAsync(cancellationToken))
        {
            if (chat.Scope != ConversationScope.Personal || chat.UserObjectId is not { } person)
            {
                continue;
            }

            var occurrence = $"onboarding:{week}:{person}";
            if (await sent.WasSentAsync(occurrence, cancellationToken) || !(await roles.GetRolesAsync(chat.TenantId, person, cancellationToken)).Contains(Role.Intern))
            {
                continue;
            }

            var done = await progress.DoneAsync(person, cancellationToken);
            if (guide.Items.All(i => done.Contains(i.Id)) || !await sent.TryClaimAsync(occurrence, cancellationToken))
            {
                continue;
            }

            // In the language the intern chose in that chat, else English.
            var language = (await states.GetAsync(chat.ConversationId, cancellationToken)).PreferredLanguage ?? Language.English;
            await messenger.SendAsync(chat, GeneralCards.Onboarding(guide, language, done), cancellationToken);
        }
    }
}
