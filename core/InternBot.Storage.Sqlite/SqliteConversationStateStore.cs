using System.Globalization;
using InternBot.Core.Conversations;

namespace InternBot.Storage.Sqlite;

/// <summary>Conversation state in SQLite, so a restart loses nothing. Keys are opaque conversation ids.</summary>
public sealed class SqliteConversationStateStore(SqliteDatabase database, TimeProvider time) : IConversationStateStore
{
    public async Task<ConversationState> GetAsync(string conversationKey, CancellationToken cancellationToken)
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

    public async Task SaveAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken)
    {
        var json = ConversationStateJson.Write(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation_state (conversation_key, state_json, version, updated_at) VALUES ($key, $json, 1, $now)
            ON CONFLICT(conversation_key) DO UPDATE SET state_json = excluded.state_json, version = version + 1, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$key", conversationKey);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
