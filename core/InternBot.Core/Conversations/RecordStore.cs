namespace InternBot.Core.Conversations;

/// <summary>One small document the bot keeps: its kind, its id, its JSON and the version it was saved at.</summary>
public sealed record StoredRecord(string Kind, string Id, string Json, long Version, DateTimeOffset UpdatedAt);

/// <summary>
/// Small documents the bot keeps beside conversation state (escalated questions, curated answers, settings chosen in
/// chat), as JSON by kind and id. Saving is optimistic, as for state: only over the version read, so two staff pressing
/// the same button on two instances cannot both win. Each store adapter implements it once; Core gives it types.
/// </summary>
public interface IRecordStore
{
    Task<StoredRecord?> GetAsync(string kind, string id, CancellationToken cancellationToken);

    /// <summary>Saves if the stored version is still <paramref name="expectedVersion"/> (0: none yet); the new version, or null when another writer saved first.</summary>
    Task<long?> TrySaveAsync(string kind, string id, string json, long expectedVersion, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string kind, string id, CancellationToken cancellationToken);

    /// <summary>Every record of a kind, by id.</summary>
    Task<IReadOnlyList<StoredRecord>> ListAsync(string kind, CancellationToken cancellationToken);
}

public static class RecordStores
{
    /// <summary>
    /// Reads a record, lets <paramref name="change"/> decide its new JSON from it (null: write nothing) and saves over the
    /// version read; when another writer saved first, reads again and decides again. Returns what the last decision said.
    /// </summary>
    public static async Task<T> UpdateAsync<T>(this IRecordStore records, string kind, string id, Func<StoredRecord?, (string? Json, T Result)> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ConversationStates.MaxAttempts; attempt++)
        {
            var current = await records.GetAsync(kind, id, cancellationToken);
            var (json, result) = change(current);
            if (json is null || await records.TrySaveAsync(kind, id, json, current?.Version ?? 0, cancellationToken) is not null)
            {
                return result;
            }
        }

        throw new ConversationStateConflictException(ConversationStates.MaxAttempts);
    }
}
