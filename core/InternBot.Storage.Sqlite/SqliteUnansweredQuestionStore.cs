using System.Globalization;
using InternBot.Core.Conversations;

namespace InternBot.Storage.Sqlite;

/// <summary>Unanswered questions in SQLite: text, language, vacancy and time, never who asked.</summary>
public sealed class SqliteUnansweredQuestionStore(SqliteDatabase database) : IUnansweredQuestionStore
{
    /// <summary>Longer questions are cut: the store keeps what staff need to improve answers, not essays.</summary>
    public const int MaxTextLength = 500;

    public async Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO unanswered_question (text, language, vacancy, asked_at) VALUES ($text, $language, $vacancy, $at)";
                command.Parameters.AddWithValue("$text", question.Text.Length > MaxTextLength ? question.Text[..MaxTextLength] : question.Text);
                command.Parameters.AddWithValue("$language", question.Language);
                command.Parameters.AddWithValue("$vacancy", (object?)question.Vacancy ?? DBNull.Value);
                command.Parameters.AddWithValue("$at", question.AskedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text, language, vacancy, asked_at FROM unanswered_question WHERE asked_at >= $since ORDER BY asked_at DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$since", (since ?? DateTimeOffset.MinValue).UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$limit", limit);
        var list = new List<UnansweredQuestion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new UnansweredQuestion(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)));
        }

        return list;
    }
}
