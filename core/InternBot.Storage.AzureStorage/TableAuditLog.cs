using Azure.Data.Tables;
using InternBot.Core.Applications;

namespace InternBot.Storage.AzureStorage;

/// <summary>
/// The audit log in a table: who (object id), when, what, which application; partitioned by month and keyed newest
/// first like the questions, so the newest entries are read first and a purge deletes whole old months.
/// </summary>
public sealed class TableAuditLog(AzureStorageAccount account) : IAuditLog
{
    /// <summary>As in every store: details are short descriptions, never free text people typed.</summary>
    public const int MaxDetailLength = 300;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(AzureStorageAccount.NewestFirstMonth(entry.At), AzureStorageAccount.NewestFirstKey(entry.At))
        {
            ["At"] = entry.At.ToUniversalTime(),
            ["Actor"] = entry.Actor,
            ["Action"] = entry.Action.ToString(),
            ["ApplicationId"] = entry.ApplicationId,
            ["Detail"] = entry.Detail is { Length: > MaxDetailLength } d ? d[..MaxDetailLength] : entry.Detail,
        };
        await account.Audit.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? applicationId, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        var list = new List<AuditEntry>();
        if (limit <= 0)
        {
            return list;
        }

        var conditions = new List<string>();
        if (since is { } s)
        {
            conditions.Add(TableClient.CreateQueryFilter($"PartitionKey le {AzureStorageAccount.NewestFirstMonth(s)} and At ge {s.ToUniversalTime()}"));
        }

        if (applicationId is not null)
        {
            conditions.Add(TableClient.CreateQueryFilter($"ApplicationId eq {applicationId}"));
        }

        var filter = conditions.Count > 0 ? string.Join(" and ", conditions.Select(c => $"({c})")) : null;
        await foreach (var e in account.Audit.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken))
        {
            if (!Enum.TryParse<AuditAction>(e.GetString("Action"), out var action))
            {
                continue;
            }

            list.Add(new AuditEntry(e.GetDateTimeOffset("At") ?? default, e.GetString("Actor") ?? "", action, e.GetString("ApplicationId"), e.GetString("Detail")));
            if (list.Count == limit)
            {
                break;
            }
        }

        return list;
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var old = new List<TableEntity>();
        await foreach (var e in account.Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"At lt {before.ToUniversalTime()}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            old.Add(e);
        }

        // A transaction holds up to 100 operations of one partition.
        foreach (var batch in old.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(100)))
        {
            await account.Audit.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e)), cancellationToken);
        }

        return old.Count;
    }
}
