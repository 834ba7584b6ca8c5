using System.Globalization;
using InternBot.Core.Conversations;

namespace InternBot.Storage.Sqlite;

/// <summary>Small documents by kind and id, saved only over the version read (see <see cref="IRecordStore"/>).</summary>
public sealed class SqliteRecordStore(SqliteDatabase database, TimeProvider time) : IRecordStore
{
    public async Task<StoredRecord?> GetAsync(string kind, string id, CancellationToken cancellationToken) =>
        (await ReadAsync("WHERE kind = $kind AND id = $id", kind, id, cancellationToken)).SingleOrDefault();

    public Task<long?> TrySaveAsync(string kind, string id, string json, long expectedVersion, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = expectedVersion == 0
                    ? "INSERT INTO record (kind, id, json, version, updated_at) VALUES ($kind, $id, $json, 1, $now) ON CONFLICT(kind, id) DO NOTHING RETURNING version"
                    : "UPDATE record SET json = $json, version = version + 1, updated_at = $now WHERE kind = $kind AND id = $id AND version = $expected RETURNING version";
                command.Parameters.AddWithValue("$kind", kind);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$json", json);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                command.Parameters.AddWithValue("$now", time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                return await command.ExecuteScalarAsync(cancellationToken) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : (long?)null;
            },
            cancellationToken);

    public async Task<bool> RemoveAsync(string kind, string id, CancellationToken cancellationToken) =>
        await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM record WHERE kind = $kind AND id = $id";
                command.Parameters.AddWithValue("$kind", kind);
                command.Parameters.AddWithValue("$id", id);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken) > 0;

    public async Task<IReadOnlyList<StoredRecord>> ListAsync(string kind, CancellationToken cancellationToken) =>
        await ReadAsync("WHERE kind = $kind ORDER BY id", kind, null, cancellationToken);

    private async Task<List<StoredRecord>> ReadAsync(string where, string kind, string? id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT kind, id, json, version, updated_at FROM record {where}";
        command.Parameters.AddWithValue("$kind", kind);
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        var list = new List<StoredRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoredRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)));
        }

        return list;
    }
}
