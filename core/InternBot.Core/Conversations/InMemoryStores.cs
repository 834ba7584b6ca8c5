using System.Collections.Concurrent;

namespace InternBot.Core.Conversations;

/// <summary>Conversation state in memory: for tests and single-process demos (lost on restart).</summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, ConversationState> _states = new(StringComparer.Ordinal);

    public Task<ConversationState> GetAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetValueOrDefault(conversationKey) ?? new ConversationState());

    public Task SaveAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken)
    {
        _states.AddOrUpdate(conversationKey, state with { Version = 1 }, (_, old) => state with { Version = old.Version + 1 });
        return Task.CompletedTask;
    }
}

/// <summary>Unanswered questions in memory: for tests.</summary>
public sealed class InMemoryUnansweredQuestionStore : IUnansweredQuestionStore
{
    private readonly ConcurrentQueue<UnansweredQuestion> _questions = new();

    public Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        _questions.Enqueue(question with { Text = question.Text.Length > 500 ? question.Text[..500] : question.Text });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredQuestion>>(_questions.Where(q => since is null || q.AskedAt >= since).OrderByDescending(q => q.AskedAt).Take(limit).ToList());
}
