using InternBot.Core.Answers;
using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using InternBot.Core.Roles;

namespace InternBot.Bot.Conversation;

/// <summary>
/// What a reply needs from outside Core before it can be drawn: the asker's onboarding progress, and the application
/// counts when the asker is staff (the one role provider decides). The only reads on the way from a reply to a card.
/// </summary>
internal sealed class ReplyData(OnboardingProgress progress, IRoleProvider roles, IApplicationStatistics? statistics = null)
{
    public async Task<ReplyInputs> LoadAsync(Reply reply, Caller caller, CancellationToken cancellationToken) => reply switch
    {
        OnboardingReply => new ReplyInputs { OnboardingDone = caller.AadObjectId is { Length: > 0 } me ? await progress.DoneAsync(me, cancellationToken) : null },
        StaffCountsReply => !(await roles.GetRolesAsync(caller.TenantId, caller.AadObjectId, cancellationToken)).Contains(Role.Staff)
            ? new ReplyInputs { Counts = StaffCounts.NotStaff }
            : statistics is null
                ? new ReplyInputs { Counts = StaffCounts.NoStore }
                : new ReplyInputs { Counts = new StaffCounts(await statistics.CountByVacancyAndStatusAsync(cancellationToken)) },
        _ => ReplyInputs.None,
    };
}

/// <summary>What <see cref="ReplyData"/> read for a reply; nothing for most.</summary>
internal sealed record ReplyInputs
{
    public static readonly ReplyInputs None = new();

    public IReadOnlySet<string>? OnboardingDone { get; init; }

    public StaffCounts? Counts { get; init; }
}

/// <summary>Application counts for staff, or why there are none (not staff, no store).</summary>
internal sealed record StaffCounts(IReadOnlyList<ApplicationCount>? Counts, bool Refused = false)
{
    public static readonly StaffCounts NotStaff = new(null, Refused: true);
    public static readonly StaffCounts NoStore = new(Counts: null);
}
