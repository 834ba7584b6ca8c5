using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using InternBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternBot.Storage.AzureStorage;

/// <summary>
/// Delivery claims as blobs named by the hashed delivery key. A claim creates the blob only if it does not exist
/// (If-None-Match: *), so exactly one instance wins; the winner writes the outcome into it when done. A claim left
/// without an outcome for longer than the lease (its instance died) is taken over by replacing exactly the blob that
/// was read (If-Match: its ETag), so again one instance wins. Old claims are deleted by the account's lifecycle rule.
/// </summary>
public sealed class BlobDeliveryLedger(AzureStorageAccount account, IOptions<AzureStorageOptions> options, TimeProvider time) : IDeliveryLedger
{
    public TimeSpan Lease => options.Value.DeliveryLease;

    public async Task<DeliveryClaim> ClaimAsync(string key, CancellationToken cancellationToken)
    {
        var blob = account.Deliveries.GetBlobClient(AzureStorageAccount.KeyOf(key));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await blob.UploadAsync(Pending(), new BlobUploadOptions { Conditions = new() { IfNoneMatch = ETag.All } }, cancellationToken);
                return DeliveryClaim.Won;
            }
            catch (RequestFailedException e) when (AzureStorageAccount.IsConflict(e))
            {
            }

            BlobDownloadResult existing;
            try
            {
                existing = (await blob.DownloadContentAsync(cancellationToken)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                continue;
            }

            Stored? stored = null;
            try
            {
                stored = existing.Content.ToObjectFromJson<Stored>(JsonOptions);
            }
            catch (JsonException)
            {
                // Not ours or damaged: treated as a claim without an outcome, taken over once its lease has run out.
            }

            if (stored?.Status is { } status)
            {
                return new DeliveryClaim(DeliveryClaimResult.Done, status, stored.Body);
            }

            // The claim's own time (the blob's Last-Modified has whole seconds only).
            if (time.GetUtcNow() - (stored?.ClaimedAt ?? existing.Details.LastModified) < Lease)
            {
                return DeliveryClaim.Running;
            }

            try
            {
                await blob.UploadAsync(Pending(), new BlobUploadOptions { Conditions = new() { IfMatch = existing.Details.ETag } }, cancellationToken);
                return DeliveryClaim.Won;
            }
            catch (RequestFailedException e) when (AzureStorageAccount.IsConflict(e))
            {
                // Another instance took it over (or finished it) first: read again.
            }
        }

        return DeliveryClaim.Running;
    }

    public async Task CompleteAsync(string key, int status, string? body, CancellationToken cancellationToken)
    {
        var blob = account.Deliveries.GetBlobClient(AzureStorageAccount.KeyOf(key));
        await blob.UploadAsync(BinaryData.FromObjectAsJson(new Stored(status, body), JsonOptions), overwrite: true, cancellationToken);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private BinaryData Pending() => BinaryData.FromObjectAsJson(new Stored(null, null, time.GetUtcNow()), JsonOptions);

    private sealed record Stored(int? Status, string? Body, DateTimeOffset? ClaimedAt = null);
}
