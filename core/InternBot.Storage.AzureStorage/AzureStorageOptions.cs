namespace InternBot.Storage.AzureStorage;

/// <summary>
/// Where the shared store lives ("Storage:AzureStorage"): a connection string (Azurite, or account keys where a
/// managed identity is not available) or the account's blob service address with a token credential (Azure: the
/// host's managed identity, no keys).
/// </summary>
public sealed class AzureStorageOptions
{
    public const string SectionName = "Storage:AzureStorage";

    public string? ConnectionString { get; set; }

    /// <summary>The account's blob endpoint, e.g. https://account.blob.core.windows.net; the table endpoint is derived.</summary>
    public string? ServiceUri { get; set; }

    /// <summary>Only when the table endpoint is not the blob endpoint with "table" for "blob" (sovereign clouds, proxies).</summary>
    public string? TableServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one or a developer sign-in.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Starts every table and container name, so several deployments (or test runs) can share one account.</summary>
    public string NamePrefix { get; set; } = "internbot";

    /// <summary>
    /// How long a claimed delivery belongs to the instance that claimed it. A channel retries an unanswered activity
    /// after about 15 seconds; if the claiming instance died, the retry takes over once the lease has run out.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromSeconds(10);

    public Uri BlobEndpoint => new(ServiceUri!);

    public Uri TableEndpoint => TableServiceUri is { Length: > 0 } table
        ? new Uri(table)
        : new UriBuilder(BlobEndpoint) { Host = BlobEndpoint.Host.Replace(".blob.", ".table.", StringComparison.OrdinalIgnoreCase) }.Uri;
}
