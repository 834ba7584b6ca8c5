using Azure.Data.Tables;
using InternBot.Core.Conversations;

namespace InternBot.Storage.AzureStorage;

/// <summary>
/// Unanswered questions in a table: text, language, vacancy and time, never who asked. Partitioned by month and keyed
/// newest first, so listing reads the newest questions first and stops at the limit.
/// </summary>
public sealed class TableUnansweredQuestionStore(AzureStorageAccount account) : IUnansweredQuestionStore
{
    /// <summary>As in every store: the text staff need to improve answers, not essays.</summary>
    public const int MaxTextLength = 500;

    public async Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(AzureStorageAccount.NewestFirstMonth(question.AskedAt), AzureStorageAccount.NewestFirstKey(question.AskedAt))
        {
            ["Text"] = question.Text.Length > MaxTextLength ? question.Text[..MaxTextLength] : question.Text,
            ["Language"] = question.Language,
            ["Vacancy"] = question.Vacancy,
            ["AskedAt"] = question.AskedAt.ToUniversalTime(),
        };
        await account.Questions.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        var list = new List<UnansweredQuestion>();
        if (limit <= 0)
        {
            return list;
        }

        // Months newer than "since" have smaller partition keys: the scan stops at since's month.
        var filter = since is { } s ? TableClient.CreateQueryFilter($"PartitionKey le {AzureStorageAccount.NewestFirstMonth(s)} and AskedAt ge {s.ToUniversalTime()}") : null;
        await foreach (var e in account.Questions.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken))
        {
            list.Add(new UnansweredQuestion(e.GetString("Text") ?? "", e.GetString("Language") ?? "", e.GetString("Vacancy"), e.GetDateTimeOffset("AskedAt") ?? default));
            if (list.Count == limit)
            {
                break;
            }
        }

        return list;
    }
}
