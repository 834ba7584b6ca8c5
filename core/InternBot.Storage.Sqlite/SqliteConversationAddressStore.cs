using System.Globalization;
using InternBot.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite;

/// <summary>The conversations the bot can reach, one row per conversation id.</summary>
public sealed class SqliteConversationAddressStore(SqliteDatabase database) : IConversationAddressStore
{
    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    INSERT INTO conversation_address (conversation_id, service_url, channel_id, scope, tenant_id, bot_id, team_id, user_object_id, updated_at)
                    VALUES ($id, $service, $channel, $scope, $tenant, $bot, $team, $user, $at)
                    ON CONFLICT(conversation_id) DO UPDATE SET service_url = excluded.service_url, channel_id = excluded.channel_id, scope = excluded.scope,
                        tenant_id = excluded.tenant_id, bot_id = excluded.bot_id, team_id = excluded.team_id, user_object_id = excluded.user_object_id, updated_at = excluded.updated_at
                    """;
                command.Parameters.AddWithValue("$id", address.ConversationId);
                command.Parameters.AddWithValue("$service", address.ServiceUrl);
                command.Parameters.AddWithValue("$channel", address.ChannelId);
                command.Parameters.AddWithValue("$scope", address.Scope.ToString());
                command.Parameters.AddWithValue("$tenant", (object?)address.TenantId ?? DBNull.Value);
                command.Parameters.AddWithValue("$bot", (object?)address.BotId ?? DBNull.Value);
                command.Parameters.AddWithValue("$team", (object?)address.TeamId ?? DBNull.Value);
                command.Parameters.AddWithValue("$user", (object?)address.UserObjectId ?? DBNull.Value);
                command.Parameters.AddWithValue("$at", address.UpdatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public async Task<ConversationAddress?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadAsync("WHERE conversation_id = $id", conversationId, cancellationToken)).SingleOrDefault();

    public async Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM conversation_address WHERE conversation_id = $id";
                command.Parameters.AddWithValue("$id", conversationId);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken) > 0;

    public async Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken) =>
        await ReadAsync("ORDER BY conversation_id", null, cancellationToken);

    private async Task<List<ConversationAddress>> ReadAsync(string where, string? id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT conversation_id, service_url, channel_id, scope, tenant_id, bot_id, team_id, user_object_id, updated_at FROM conversation_address {where}";
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        var list = new List<ConversationAddress>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ConversationAddress(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                Enum.TryParse<ConversationScope>(reader.GetString(3), out var scope) ? scope : ConversationScope.Personal,
                Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)));
        }

        return list;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
