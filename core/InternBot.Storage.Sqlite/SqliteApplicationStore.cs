using System.Globalization;
using InternBot.Core.Applications;
using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite;

/// <summary>
/// Applications in SQLite: the embedded default behind <see cref="IApplicationStore"/>. Keyset paging by id,
/// optimistic concurrency on a row version, and a change feed from a global change sequence (deletions kept as
/// tombstones) so repeat loads only read what changed.
/// </summary>
public sealed class SqliteApplicationStore(SqliteDatabase database, TimeProvider time) : IApplicationStore
{
    private const string Columns = "id, candidate_id, display_name, email, vacancy, campaign, nationalities, date_of_birth, enrolled_student, years_completed, " +
        "equivalent_education, degree_level, degree_awarded_on, degree_relevant, final_stage_of_masters, languages, advanced_it_user, prior_experience, " +
        "documents, submitted_at, status, supervisors, notes, modified, modified_by, version";

    public async Task<ApplicationPage> ListAsync(ApplicationQuery query, CancellationToken cancellationToken)
    {
        var after = query.ContinuationToken is { } token && long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var size = Math.Clamp(query.PageSize, 1, 5000);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM application
            WHERE id > $after
              AND ($vacancy IS NULL OR vacancy = $vacancy)
              AND ($status IS NULL OR status = $status)
              AND ($supervisor IS NULL OR instr(';' || IFNULL(supervisors, '') || ';', ';' || $supervisor || ';') > 0)
            ORDER BY id LIMIT $take
            """;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$vacancy", (object?)query.Vacancy ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", (object?)query.Status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$supervisor", (object?)query.Supervisor ?? DBNull.Value);
        command.Parameters.AddWithValue("$take", size + 1);
        var items = await ReadAllAsync(command, cancellationToken);
        return items.Count > size ? new ApplicationPage(items.Take(size).ToList(), items[size - 1].Id) : new ApplicationPage(items, null);
    }

    public async Task<ApplicationRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, key, cancellationToken);
    }

    public async Task<UpdateResult> UpdateAsync(string id, ApplicationUpdate update, string expectedVersion, string modifiedBy, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return UpdateResult.NotFound;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var seq = await NextChangeAsync(connection, transaction, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE application SET status = COALESCE($status, status), notes = COALESCE($notes, notes), modified = $now, modified_by = $by,
                version = version + 1, change_seq = $seq
            WHERE id = $id AND version = $version
            """;
        command.Parameters.AddWithValue("$status", (object?)update.Status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$notes", (object?)update.Notes ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$by", modifiedBy);
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$id", key);
        command.Parameters.AddWithValue("$version", long.TryParse(expectedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1);
        var changed = await command.ExecuteNonQueryAsync(cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var current = await GetAsync(connection, key, cancellationToken);
            return current is null ? UpdateResult.NotFound : UpdateResult.Conflict(current);
        }

        var updated = await GetAsync(connection, key, cancellationToken, transaction);
        await transaction.CommitAsync(cancellationToken);
        return UpdateResult.Updated(updated!);
    }

    public async Task<IReadOnlyList<ApplicationCount>> CountByVacancyAndStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT vacancy, status, COUNT(*) FROM application GROUP BY vacancy, status ORDER BY vacancy, status";
        var counts = new List<ApplicationCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new ApplicationCount(reader.GetString(0), Enum.Parse<ApplicationStatus>(reader.GetString(1)), reader.GetInt32(2)));
        }

        return counts;
    }

    public async Task<ApplicationChanges> ChangesAsync(string? token, CancellationToken cancellationToken)
    {
        var since = token is not null && long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var now = connection.CreateCommand();
        now.Transaction = transaction;
        now.CommandText = "SELECT value FROM change_counter";
        var latest = (long)(await now.ExecuteScalarAsync(cancellationToken))!;
        await using var changed = connection.CreateCommand();
        changed.Transaction = transaction;
        changed.CommandText = $"SELECT {Columns} FROM application WHERE change_seq > $since ORDER BY id";
        changed.Parameters.AddWithValue("$since", since);
        var items = await ReadAllAsync(changed, cancellationToken);
        var deleted = new List<string>();
        if (since >= 0)
        {
            await using var gone = connection.CreateCommand();
            gone.Transaction = transaction;
            gone.CommandText = "SELECT id FROM application_deleted WHERE change_seq > $since";
            gone.Parameters.AddWithValue("$since", since);
            await using var reader = await gone.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                deleted.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
            }
        }

        return new ApplicationChanges(items, deleted, latest.ToString(CultureInfo.InvariantCulture), FullResync: since < 0);
    }

    public async Task<int> AddAsync(IReadOnlyList<ApplicationRecord> applications, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var a in applications)
        {
            var seq = await NextChangeAsync(connection, transaction, cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO application ({Columns[4..]}, change_seq) VALUES ($candidate, $name, $email, $vacancy, $campaign, $nationalities, $born, $enrolled,
                $years, $equivalent, $degree, $awarded, $relevant, $finalStage, $languages, $it, $experience, $documents, $submitted, $status, $supervisors,
                $notes, $modified, $by, 1, $seq)
                """;
            Bind(command, a);
            command.Parameters.AddWithValue("$modified", (a.Modified ?? time.GetUtcNow()).ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$by", (object?)a.ModifiedBy ?? DBNull.Value);
            command.Parameters.AddWithValue("$seq", seq);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return applications.Count;
    }

    /// <summary>Deletes an application, leaving a tombstone for the change feed.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var seq = await NextChangeAsync(connection, transaction, cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM application WHERE id = $id; INSERT INTO application_deleted (id, change_seq) SELECT $id, $seq WHERE changes() > 0;";
        command.Parameters.AddWithValue("$id", long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : -1);
        command.Parameters.AddWithValue("$seq", seq);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<long> NextChangeAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE change_counter SET value = value + 1 RETURNING value";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<ApplicationRecord?> GetAsync(SqliteConnection connection, long id, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM application WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadAllAsync(command, cancellationToken)).FirstOrDefault();
    }

    private static void Bind(SqliteCommand c, ApplicationRecord a)
    {
        object N(object? v) => v ?? DBNull.Value;
        c.Parameters.AddWithValue("$candidate", a.CandidateId);
        c.Parameters.AddWithValue("$name", a.DisplayName);
        c.Parameters.AddWithValue("$email", N(a.Email));
        c.Parameters.AddWithValue("$vacancy", a.Vacancy);
        c.Parameters.AddWithValue("$campaign", a.Campaign);
        c.Parameters.AddWithValue("$nationalities", N(a.Nationalities));
        c.Parameters.AddWithValue("$born", N(a.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        c.Parameters.AddWithValue("$enrolled", N(a.EnrolledStudent));
        c.Parameters.AddWithValue("$years", N(a.YearsCompleted));
        c.Parameters.AddWithValue("$equivalent", N(a.EquivalentEducation));
        c.Parameters.AddWithValue("$degree", N(a.DegreeLevel));
        c.Parameters.AddWithValue("$awarded", N(a.DegreeAwardedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        c.Parameters.AddWithValue("$relevant", N(a.DegreeRelevant));
        c.Parameters.AddWithValue("$finalStage", N(a.FinalStageOfMasters));
        c.Parameters.AddWithValue("$languages", N(a.Languages));
        c.Parameters.AddWithValue("$it", N(a.AdvancedItUser));
        c.Parameters.AddWithValue("$experience", N(a.PriorExperience));
        c.Parameters.AddWithValue("$documents", N(a.Documents));
        c.Parameters.AddWithValue("$submitted", N(a.SubmittedAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        c.Parameters.AddWithValue("$status", a.Status.ToString());
        c.Parameters.AddWithValue("$supervisors", N(a.Supervisors));
        c.Parameters.AddWithValue("$notes", N(a.Notes));
    }

    private static async Task<List<ApplicationRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var list = new List<ApplicationRecord>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            bool? B(int i) => r.IsDBNull(i) ? null : r.GetInt64(i) != 0;
            DateOnly? D(int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DateTimeOffset? T(int i) => r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            list.Add(new ApplicationRecord
            {
                Id = r.GetInt64(0).ToString(CultureInfo.InvariantCulture), CandidateId = r.GetString(1), DisplayName = r.GetString(2), Email = S(3),
                Vacancy = r.GetString(4), Campaign = r.GetString(5), Nationalities = S(6), DateOfBirth = D(7), EnrolledStudent = B(8),
                YearsCompleted = r.IsDBNull(9) ? null : (decimal)r.GetDouble(9), EquivalentEducation = B(10), DegreeLevel = S(11), DegreeAwardedOn = D(12),
                DegreeRelevant = B(13), FinalStageOfMasters = B(14), Languages = S(15), AdvancedItUser = B(16), PriorExperience = B(17), Documents = S(18),
                SubmittedAt = T(19), Status = Enum.Parse<ApplicationStatus>(r.GetString(20)), Supervisors = S(21), Notes = S(22), Modified = T(23),
                ModifiedBy = S(24), Version = r.GetInt64(25).ToString(CultureInfo.InvariantCulture),
            });
        }

        return list;
    }
}
