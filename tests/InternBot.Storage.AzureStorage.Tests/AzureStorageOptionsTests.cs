using InternBot.Testing;
using Microsoft.Extensions.Options;

namespace InternBot.Storage.AzureStorage.Tests;

public sealed class AzureStorageOptionsTests(Azurite azurite)
{
    private static string[] Failures(AzureStorageOptions options) =>
        new AzureStorageOptionsValidator().Validate(null, options) is { Failed: true } result ? result.Failures.ToArray() : [];

    [Fact]
    public void AConnectionStringOrAManagedIdentityAddressIsValid()
    {
        Assert.Empty(Failures(new AzureStorageOptions { ConnectionString = "UseDevelopmentStorage=true" }));
        var identity = new AzureStorageOptions { ServiceUri = "https://internbotstate.blob.core.windows.net" };
        Assert.Empty(Failures(identity));
        Assert.Equal("https://internbotstate.table.core.windows.net/", identity.TableEndpoint.ToString());
    }

    [Theory]
    [InlineData(null, null, "neither Storage:AzureStorage:ServiceUri nor Storage:AzureStorage:ConnectionString is set")]
    [InlineData("UseDevelopmentStorage=true", "https://a.blob.core.windows.net", "are both set")]
    [InlineData(null, "http://a.blob.core.windows.net", "is not an https address")]
    [InlineData(null, "https://storage.example.org", "the table endpoint cannot be derived")]
    [InlineData("Server=sql;Database=x", null, "is not a storage connection string")]
    public void MissingOrContradictorySettingsNameTheSettingAndTheFix(string? connectionString, string? serviceUri, string expected)
    {
        var failure = Assert.Single(Failures(new AzureStorageOptions { ConnectionString = connectionString, ServiceUri = serviceUri }));
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.Contains("Storage:AzureStorage:", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Internbot")]
    [InlineData("in-ternbot")]
    [InlineData("1abc")]
    [InlineData("")]
    public void ANamePrefixTablesCannotBeNamedWithIsRefused(string prefix) =>
        Assert.Contains("NamePrefix", Assert.Single(Failures(new AzureStorageOptions { ConnectionString = "UseDevelopmentStorage=true", NamePrefix = prefix })), StringComparison.Ordinal);

    [Fact]
    public void ALeaseOutsideItsRangeIsRefused() =>
        Assert.Contains("DeliveryLease", Assert.Single(Failures(new AzureStorageOptions { ConnectionString = "UseDevelopmentStorage=true", DeliveryLease = TimeSpan.FromHours(1) })), StringComparison.Ordinal);

    [Fact]
    public async Task TheProbeSaysWhenTheStoreDoesNotAnswerAndWhenItDoes()
    {
        var good = new AzureStorageAccount(Options.Create(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = Azurite.NewPrefix() }));
        await good.InitializeAsync(TestContext.Current.CancellationToken);
        Assert.Null(await good.ProblemAsync(TestContext.Current.CancellationToken));

        // A port nothing listens on (Azurite's blob port + table port is never one of them on loopback in practice: use a closed socket's port).
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var bad = new AzureStorageAccount(Options.Create(new AzureStorageOptions { ConnectionString = azurite.ConnectionString.Replace($":{azurite.TablePort}/", $":{port}/", StringComparison.Ordinal), NamePrefix = Azurite.NewPrefix() }));
        Assert.Equal("Azure Storage cannot be reached", await bad.ProblemAsync(TestContext.Current.CancellationToken));
    }
}
