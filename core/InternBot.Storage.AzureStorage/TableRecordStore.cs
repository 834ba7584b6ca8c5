using Azure;
using Azure.Data.Tables;
using InternBot.Core.Conversations;

namespace InternBot.Storage.AzureStorage;

/// <summary>
/// Small documents in one table: partition by kind, row by a hash of the id (ids may hold any character), the
/// entity's ETag making each save conditional, as for conversation state.
/// </summary>
public sealed class TableRecordStore(AzureStorageAccount account, TimeProvider time) : IRecordStore
{
    public async Task<StoredRecord?> GetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var found = await account.Records.GetEntityIfExistsAsync<TableEntity>(kind, AzureStorageAccount.KeyOf(id), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? Read(entity) : null;
    }

    public async Task<long?> TrySaveAsync(string kind, string id, string json, long expectedVersion, CancellationToken cancellationToken)
    {
        var row = AzureStorageAccount.KeyOf(id);
        var entity = new TableEntity(kind, row) { ["Id"] = id, ["Json"] = json, ["Version"] = expectedVersion + 1, ["UpdatedAt"] = time.GetUtcNow() };
        try
        {
            if (expectedVersion == 0)
            {
                await account.Records.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                var stored = await account.Records.GetEntityIfExistsAsync<TableEntity>(kind, row, select: ["Version"], cancellationToken: cancellationToken);
                if (!stored.HasValue || stored.Value!.GetInt64("Version") != expectedVersion)
                {
                    return null;
                }

                await account.Records.UpdateEntityAsync(entity, stored.Value.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return expectedVersion + 1;
        }
        catch (RequestFailedException e) when (AzureStorageAccount.IsConflict(e))
        {
            return null;
        }
    }

    public async Task<bool> RemoveAsync(string kind, string id, CancellationToken cancellationToken)
    {
        try
        {
            return (await account.Records.DeleteEntityAsync(kind, AzureStorageAccount.KeyOf(id), ETag.All, cancellationToken)).Status != 404;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<StoredRecord>> ListAsync(string kind, CancellationToken cancellationToken)
    {
        var list = new List<StoredRecord>();
        await foreach (var entity in account.Records.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {kind}"), cancellationToken: cancellationToken))
        {
            list.Add(Read(entity));
        }

        return list.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    private static StoredRecord Read(TableEntity e) =>
        new(e.PartitionKey, e.GetString("Id") ?? "", e.GetString("Json") ?? "", e.GetInt64("Version") ?? 0, e.GetDateTimeOffset("UpdatedAt") ?? default);
}
