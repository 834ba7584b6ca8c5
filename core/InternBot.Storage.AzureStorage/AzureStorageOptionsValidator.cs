using Microsoft.Extensions.Options;

namespace InternBot.Storage.AzureStorage;

/// <summary>Checks the shared store's settings at start-up: each problem names the setting and the fix.</summary>
public sealed class AzureStorageOptionsValidator : IValidateOptions<AzureStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureStorageOptions options)
    {
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasServiceUri = !string.IsNullOrWhiteSpace(options.ServiceUri);
        if (hasConnectionString == hasServiceUri)
        {
            failures.Add(hasConnectionString
                ? "Storage:AzureStorage:ConnectionString and Storage:AzureStorage:ServiceUri are both set. Choose one: ServiceUri with the host's managed identity in Azure (no keys), or ConnectionString for Azurite."
                : "Storage:Provider is AzureStorage but neither Storage:AzureStorage:ServiceUri nor Storage:AzureStorage:ConnectionString is set. In Azure set ServiceUri to the account's blob endpoint (https://<account>.blob.core.windows.net); locally set ConnectionString to Azurite's (UseDevelopmentStorage=true).");
        }

        if (hasConnectionString && !hasServiceUri && !IsConnectionString(options.ConnectionString!))
        {
            failures.Add("Storage:AzureStorage:ConnectionString is not a storage connection string (its value is not shown). Use UseDevelopmentStorage=true for Azurite, or the account's connection string (DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...).");
        }

        if (hasServiceUri && !IsHttps(options.ServiceUri))
        {
            failures.Add($"Storage:AzureStorage:ServiceUri '{options.ServiceUri}' is not an https address. Set it to the account's blob endpoint, e.g. https://<account>.blob.core.windows.net.");
        }
        else if (hasServiceUri && string.IsNullOrWhiteSpace(options.TableServiceUri) && !options.BlobEndpoint.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Storage:AzureStorage:ServiceUri '{options.ServiceUri}' is not a blob endpoint (<account>.blob.<suffix>), so the table endpoint cannot be derived. Set Storage:AzureStorage:TableServiceUri too.");
        }

        if (!string.IsNullOrWhiteSpace(options.TableServiceUri) && !IsHttps(options.TableServiceUri))
        {
            failures.Add($"Storage:AzureStorage:TableServiceUri '{options.TableServiceUri}' is not an https address.");
        }

        if (string.IsNullOrEmpty(options.NamePrefix) || options.NamePrefix.Length > 40 || !char.IsAsciiLetterLower(options.NamePrefix[0]) || !options.NamePrefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            failures.Add($"Storage:AzureStorage:NamePrefix '{options.NamePrefix}' must be 1 to 40 lower-case letters or digits, starting with a letter (it begins table and container names).");
        }

        if (options.DeliveryLease < TimeSpan.FromMilliseconds(100) || options.DeliveryLease > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Storage:AzureStorage:DeliveryLease '{options.DeliveryLease}' is out of range; give a time span between 00:00:00.1 and 00:05:00 (default 00:00:10).");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            // Parsing only: no request is made.
            _ = new Azure.Data.Tables.TableServiceClient(value);
            _ = new Azure.Storage.Blobs.BlobServiceClient(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsHttps(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
