using InternBot.Core.Text;

namespace InternBot.Core.Conversations;

/// <summary>What the bot remembers about one conversation: the vacancy being discussed, the language, the form.</summary>
public sealed record ConversationState
{
    public string? CurrentVacancy { get; init; }

    /// <summary>Set when the person asked for a language explicitly ("en français").</summary>
    public Language? PreferredLanguage { get; init; }

    /// <summary>The topic of an unanswered "which vacancy?" question.</summary>
    public Answers.Topic? PendingTopic { get; init; }

    /// <summary>The eligibility form's last values, so "edit answers" reopens it filled in.</summary>
    public IReadOnlyDictionary<string, string> EligibilityForm { get; init; } = new Dictionary<string, string>();

    /// <summary>Optimistic-concurrency version of the stored state.</summary>
    public long Version { get; init; }
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
