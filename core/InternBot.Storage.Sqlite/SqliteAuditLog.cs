using System.Globalization;
using InternBot.Core.Applications;

namespace InternBot.Storage.Sqlite;

/// <summary>The audit log in SQLite: one row per event, who (object id), when, what, which application.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    /// <summary>Details are short descriptions (a filter, a status change), never free text people typed.</summary>
    public const int MaxDetailLength = 300;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO audit_entry (at, actor, action, application_id, detail) VALUES ($at, $actor, $action, $application, $detail)";
                command.Parameters.AddWithValue("$at", Stamp(entry.At));
                command.Parameters.AddWithValue("$actor", entry.Actor);
                command.Parameters.AddWithValue("$action", entry.Action.ToString());
                command.Parameters.AddWithValue("$application", (object?)entry.ApplicationId ?? DBNull.Value);
                command.Parameters.AddWithValue("$detail", entry.Detail is null ? DBNull.Value : entry.Detail.Length > MaxDetailLength ? entry.Detail[..MaxDetailLength] : entry.Detail);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? applicationId, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, actor, action, application_id, detail FROM audit_entry WHERE at >= $since AND ($application IS NULL OR application_id = $application) ORDER BY at DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$since", Stamp(since ?? DateTimeOffset.MinValue));
        command.Parameters.AddWithValue("$application", (object?)applicationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new AuditEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reader.GetString(1),
                Enum.Parse<AuditAction>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return list;
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM audit_entry WHERE at < $before";
                command.Parameters.AddWithValue("$before", Stamp(before));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    // UTC round-trip text, as every table here stores time: it sorts as time does, so SQL compares it directly.
    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
