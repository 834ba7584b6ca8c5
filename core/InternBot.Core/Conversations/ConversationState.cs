using InternBot.Core.Answers;
using InternBot.Core.Text;
using InternBot.Core.Understanding;

namespace InternBot.Core.Conversations;

/// <summary>
/// What the bot remembers about one conversation: the vacancy being discussed, the topics last answered and the
/// person's facts (for follow-ups), the language chosen, and the eligibility form's answers.
/// </summary>
public sealed record ConversationState
{
    public string? CurrentVacancy { get; init; }

    /// <summary>Set when the person asked for a language explicitly ("en français").</summary>
    public Language? PreferredLanguage { get; init; }

    /// <summary>The topics of the last answer, for "and for OCIO?".</summary>
    public IReadOnlyList<Topic> LastTopics { get; init; } = [];

    /// <summary>What the person said about themself (or the person they asked for), for "and someone from Norway?".</summary>
    public PersonalFacts? Profile { get; init; }

    /// <summary>The vacancies named most recently, latest first, for "which of the two closes first?".</summary>
    public IReadOnlyList<string> RecentVacancies { get; init; } = [];

    /// <summary>The section or unit the last answer was about, for "and what's its role?".</summary>
    public string? LastUnit { get; init; }

    /// <summary>How the last answer was asked, where a follow-up keeps it ("how many?" then "and for KM?").</summary>
    public AnswerForms LastForms { get; init; }

    /// <summary>What the last question was about when passages answered it, for "what does it do exactly?".</summary>
    public IReadOnlyList<string> LastSubject { get; init; } = [];

    /// <summary>The precise detail the last answer was asked for, for "and NDS?" after "which programming languages at KM?".</summary>
    public AskedDetail LastDetail { get; init; }

    /// <summary>The aspect no notice covers that the last answer was about, for "and for KM?" after "is the OCIO grant taxed?".</summary>
    public string? LastAspect { get; init; }

    /// <summary>The eligibility form's last values, so "edit answers" reopens it filled in.</summary>
    public IReadOnlyDictionary<string, string> EligibilityForm { get; init; } = new Dictionary<string, string>();

    /// <summary>Optimistic-concurrency version of the stored state.</summary>
    public long Version { get; init; }

    /// <summary>What the answerer needs from this state.</summary>
    public QuestionContext ToQuestionContext(Language? language = null) =>
        new(CurrentVacancy, language ?? PreferredLanguage) { LastTopics = LastTopics, Profile = Profile, RecentVacancies = RecentVacancies, LastUnit = LastUnit, LastForms = LastForms, LastSubject = LastSubject, LastDetail = LastDetail, LastAspect = LastAspect };

    /// <summary>This state after an answer.</summary>
    public ConversationState After(QuestionContext next) =>
        this with { CurrentVacancy = next.CurrentVacancy, PreferredLanguage = next.PreferredLanguage ?? PreferredLanguage, LastTopics = next.LastTopics, Profile = next.Profile, RecentVacancies = next.RecentVacancies, LastUnit = next.LastUnit, LastForms = next.LastForms, LastSubject = next.LastSubject, LastDetail = next.LastDetail, LastAspect = next.LastAspect };

    public bool SameContent(ConversationState other) =>
        CurrentVacancy == other.CurrentVacancy && PreferredLanguage == other.PreferredLanguage && LastTopics.SequenceEqual(other.LastTopics)
        && Equals(Profile, other.Profile) && RecentVacancies.SequenceEqual(other.RecentVacancies) && LastUnit == other.LastUnit && LastForms == other.LastForms && LastSubject.SequenceEqual(other.LastSubject) && LastDetail == other.LastDetail && LastAspect == other.LastAspect && EligibilityForm.Count == other.EligibilityForm.Count && !EligibilityForm.Except(other.EligibilityForm).Any();
}

/// <summary>
/// Keeps conversation state across turns, restarts and instances. Saving is optimistic: a state is saved only over the
/// version it was read at, so two turns of one conversation (on one instance or two) never overwrite each other
/// silently; <see cref="ConversationStates.UpdateAsync"/> re-applies a change that lost the race.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The stored state with its <see cref="ConversationState.Version"/> (0 and empty when none is stored).</summary>
    Task<ConversationState> GetAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="state"/> if the stored version is still <c>state.Version</c> (0: nothing stored yet) and
    /// returns it with its new version; returns null, writing nothing, when another turn saved first.
    /// </summary>
    Task<ConversationState?> TrySaveAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken);
}

public static class ConversationStates
{
    /// <summary>Enough for any real conversation (one person, a few turns a minute); more means something loops.</summary>
    public const int MaxAttempts = 10;

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="read"/> and saves the result; when another turn saved in
    /// between, reads the newer state and applies the change to it again, so what the other turn saved is kept. A
    /// change that alters nothing writes nothing. Returns the state as saved.
    /// </summary>
    public static async Task<ConversationState> UpdateAsync(this IConversationStateStore store, string conversationKey, ConversationState read,
        Func<ConversationState, ConversationState> change, CancellationToken cancellationToken)
    {
        var current = read;
        for (var attempt = 1; ; attempt++)
        {
            var next = change(current);
            if (next.SameContent(current))
            {
                return current;
            }

            if (await store.TrySaveAsync(conversationKey, next with { Version = current.Version }, cancellationToken) is { } saved)
            {
                return saved;
            }

            if (attempt == MaxAttempts)
            {
                throw new ConversationStateConflictException(MaxAttempts);
            }

            // A random pause that grows with each lost race, so writers that keep colliding spread out.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 5 * attempt * attempt)), cancellationToken);
            current = await store.GetAsync(conversationKey, cancellationToken);
        }
    }
}

/// <summary>A conversation's state kept changing under a turn: it gave up rather than overwrite another turn's state.</summary>
public sealed class ConversationStateConflictException(int attempts)
    : Exception($"The conversation's state changed under this turn {attempts} times in a row; the turn gave up rather than overwrite another turn's state.");

/// <summary>Questions the bot could not answer: text only, never who asked, for staff to review.</summary>
public interface IUnansweredQuestionStore
{
    Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken);
}

public sealed record UnansweredQuestion(string Text, string Language, string? Vacancy, DateTimeOffset AskedAt);
