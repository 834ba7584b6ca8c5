using InternBot.Core.Answers;
using InternBot.Core.Text;

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

    /// <summary>The eligibility form's last values, so "edit answers" reopens it filled in.</summary>
    public IReadOnlyDictionary<string, string> EligibilityForm { get; init; } = new Dictionary<string, string>();

    /// <summary>Optimistic-concurrency version of the stored state.</summary>
    public long Version { get; init; }

    /// <summary>What the answerer needs from this state.</summary>
    public QuestionContext ToQuestionContext(Language? language = null) =>
        new(CurrentVacancy, language ?? PreferredLanguage) { LastTopics = LastTopics, Profile = Profile, RecentVacancies = RecentVacancies };

    /// <summary>This state after an answer.</summary>
    public ConversationState After(QuestionContext next) =>
        this with { CurrentVacancy = next.CurrentVacancy, PreferredLanguage = next.PreferredLanguage ?? PreferredLanguage, LastTopics = next.LastTopics, Profile = next.Profile, RecentVacancies = next.RecentVacancies };

    public bool SameContent(ConversationState other) =>
        CurrentVacancy == other.CurrentVacancy && PreferredLanguage == other.PreferredLanguage && LastTopics.SequenceEqual(other.LastTopics)
        && Equals(Profile, other.Profile) && RecentVacancies.SequenceEqual(other.RecentVacancies) && EligibilityForm.Count == other.EligibilityForm.Count && !EligibilityForm.Except(other.EligibilityForm).Any();
}

/// <summary>Keeps conversation state across turns and restarts.</summary>
public interface IConversationStateStore
{
    Task<ConversationState> GetAsync(string conversationKey, CancellationToken cancellationToken);

    Task SaveAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken);
}

/// <summary>Questions the bot could not answer: text only, never who asked, for staff to review.</summary>
public interface IUnansweredQuestionStore
{
    Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken);
}

public sealed record UnansweredQuestion(string Text, string Language, string? Vacancy, DateTimeOffset AskedAt);
