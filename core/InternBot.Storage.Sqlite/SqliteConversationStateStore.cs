using System.Globalization;
using InternBot.Core.Conversations;

namespace InternBot.Storage.Sqlite;

/// <summary>
/// Conversation state in SQLite, so a restart loses nothing. Keys are opaque conversation ids. A SQLite file belongs
/// to one process, and every write goes through this store, so the states of recent conversations are also kept in
/// memory (two generations of at most <see cref="Remembered"/>): most turns read no row at all. Several instances
/// cannot share a SQLite file; they share the Azure Storage store instead.
/// </summary>
public sealed class SqliteConversationStateStore(SqliteDatabase database, TimeProvider time) : IConversationStateStore
{
    public const int Remembered = 10_000;
    private readonly Lock _generations = new();
    private System.Collections.Concurrent.ConcurrentDictionary<string, ConversationState> _recent = new(StringComparer.Ordinal);
    private System.Collections.Concurrent.ConcurrentDictionary<string, ConversationState> _older = new(StringComparer.Ordinal);
    private int _recentCount;

    public async Task<ConversationState> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (_recent.TryGetValue(conversationKey, out var known) || _older.TryGetValue(conversationKey, out known))
        {
            return known;
        }

        var state = await ReadAsync(conversationKey, cancellationToken);
        Remember(conversationKey, state);
        return state;
    }

    private void Remember(string conversationKey, ConversationState state)
    {
        _recent[conversationKey] = state;
        if (Interlocked.Increment(ref _recentCount) >= Remembered)
        {
            lock (_generations)
            {
                if (_recentCount >= Remembered)
                {
                    _older = _recent;
                    _recent = new(StringComparer.Ordinal);
                    _recentCount = 0;
                }
            }
        }
    }

    private async Task<ConversationState> ReadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state_json, version FROM conversation_state WHERE conversation_key = $key";
        command.Parameters.AddWithValue("$key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return new ConversationState();
        }

        return ConversationStateJson.Read(reader.GetString(0), reader.GetInt64(1));
    }

    public async Task<ConversationState?> TrySaveAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken)
    {
        var json = ConversationStateJson.Write(state);
        var version = await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                // Only over the version the turn read: a first save inserts, a later one updates that version's row.
                command.CommandText = state.Version == 0
                    ? """
                      INSERT INTO conversation_state (conversation_key, state_json, version, updated_at) VALUES ($key, $json, 1, $now)
                      ON CONFLICT(conversation_key) DO NOTHING
                      RETURNING version
                      """
                    : """
                      UPDATE conversation_state SET state_json = $json, version = version + 1, updated_at = $now
                      WHERE conversation_key = $key AND version = $expected
                      RETURNING version
                      """;
                command.Parameters.AddWithValue("$key", conversationKey);
                command.Parameters.AddWithValue("$json", json);
                command.Parameters.AddWithValue("$expected", state.Version);
                command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                return await command.ExecuteScalarAsync(cancellationToken) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : (long?)null;
            },
            cancellationToken);
        if (version is not { } saved)
        {
            // Another writer got there first: forget what this process remembered, so the retry reads the row.
            _recent.TryRemove(conversationKey, out _);
            _older.TryRemove(conversationKey, out _);
            return null;
        }

        var result = state with { Version = saved };
        Remember(conversationKey, result);
        return result;
    }
}
