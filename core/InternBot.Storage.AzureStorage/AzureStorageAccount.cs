using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using InternBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternBot.Storage.AzureStorage;

/// <summary>
/// The storage account's clients, one per table and container this app uses, created once. Tables hold small records
/// read by key or listed in order (state, questions, the audit log, conversation addresses, small documents such as escalated questions); blobs hold delivery claims, because a blob can be
/// created only-if-absent and lifecycle management deletes old ones without a sweep (Table storage has no expiry).
/// </summary>
public sealed class AzureStorageAccount : IStateStoreProbe
{
    public AzureStorageAccount(IOptions<AzureStorageOptions> options)
    {
        var o = options.Value;
        // Few retries, quickly: a turn waits on these calls and a channel retries the whole activity anyway.
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        foreach (var retry in new[] { tableOptions.Retry, blobOptions.Retry })
        {
            retry.MaxRetries = 2;
            retry.Delay = TimeSpan.FromMilliseconds(100);
            retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        }

        TableServiceClient tables;
        BlobServiceClient blobs;
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            tables = new TableServiceClient(o.ConnectionString, tableOptions);
            blobs = new BlobServiceClient(o.ConnectionString, blobOptions);
        }
        else
        {
            TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) ? null : o.ManagedIdentityClientId });
            tables = new TableServiceClient(o.TableEndpoint, credential, tableOptions);
            blobs = new BlobServiceClient(o.BlobEndpoint, credential, blobOptions);
        }

        States = tables.GetTableClient(o.NamePrefix + TableSuffixes[0]);
        Questions = tables.GetTableClient(o.NamePrefix + TableSuffixes[1]);
        Audit = tables.GetTableClient(o.NamePrefix + TableSuffixes[2]);
        References = tables.GetTableClient(o.NamePrefix + TableSuffixes[3]);
        Records = tables.GetTableClient(o.NamePrefix + TableSuffixes[4]);
        Deliveries = blobs.GetBlobContainerClient(o.NamePrefix + DeliveriesSuffix);
    }

    /// <summary>The tables, named by the prefix and these (infra/modules/storage.bicep creates the same).</summary>
    public static readonly IReadOnlyList<string> TableSuffixes = ["state", "questions", "audit", "references", "records"];

    public const string DeliveriesSuffix = "-deliveries";

    public TableClient States { get; }

    public TableClient Questions { get; }

    public TableClient Audit { get; }

    public TableClient References { get; }

    public TableClient Records { get; }

    public BlobContainerClient Deliveries { get; }

    /// <summary>Creates the tables and the container when missing (the host's identity has the data roles that allow it).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { States, Questions, Audit, References, Records })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }

        await Deliveries.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in States.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return null;
        }
        catch (Exception e) when (e is RequestFailedException { Status: 0 } or AggregateException { InnerException: RequestFailedException { Status: 0 } })
        {
            // No HTTP answer at all (refused, timed out), after the client's own retries.
            return "Azure Storage cannot be reached";
        }
        catch (RequestFailedException e)
        {
            return $"Azure Storage does not answer as expected (HTTP {e.Status}, {e.ErrorCode ?? "no error code"})";
        }
        catch (AuthenticationFailedException)
        {
            return "Azure Storage refused the host's identity (check the managed identity and its storage data roles)";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return "Azure Storage cannot be reached";
        }
    }

    /// <summary>A key safe for PartitionKey, RowKey and blob names, whatever characters the channel's ids hold.</summary>
    public static string KeyOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>
    /// Row keys that sort newest first: the ticks counted down from the maximum, fixed width, then a unique suffix
    /// so two records of the same instant never collide.
    /// </summary>
    public static string NewestFirstKey(DateTimeOffset at) => (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");

    /// <summary>Partitions by month, newest month first, so a scan of the table reads the newest records first.</summary>
    public static string NewestFirstMonth(DateTimeOffset at) => (999999 - (at.UtcDateTime.Year * 100 + at.UtcDateTime.Month)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsConflict(RequestFailedException e) => e.Status is 409 or 412;
}
