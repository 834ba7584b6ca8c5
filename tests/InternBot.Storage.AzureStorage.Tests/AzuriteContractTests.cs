using InternBot.Core.Conversations;
using InternBot.Testing;
using Microsoft.Extensions.Options;

[assembly: AssemblyFixture(typeof(Azurite))]

namespace InternBot.Storage.AzureStorage.Tests;

/// <summary>The state-store contract on Azure Storage, against Azurite; each "instance" has its own clients.</summary>
public sealed class AzuriteStateStoreContractTests(Azurite azurite) : StateStoreContract
{
    private readonly string _prefix = Azurite.NewPrefix();

    protected override async Task<StateStores> OpenAsync()
    {
        var account = await Open(azurite, _prefix, TimeSpan.FromSeconds(10));
        return new(new TableConversationStateStore(account.Account), new TableUnansweredQuestionStore(account.Account), new TableAuditLog(account.Account), new TableConversationAddressStore(account.Account), new TableRecordStore(account.Account, TimeProvider.System));
    }

    internal static async Task<(AzureStorageAccount Account, IOptions<AzureStorageOptions> Options)> Open(Azurite azurite, string prefix, TimeSpan lease)
    {
        var options = Options.Create(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = prefix, DeliveryLease = lease });
        var account = new AzureStorageAccount(options);
        await account.InitializeAsync(TestContext.Current.CancellationToken);
        return (account, options);
    }
}

public sealed class AzuriteDeliveryLedgerContractTests(Azurite azurite) : DeliveryLedgerContract
{
    private readonly string _prefix = Azurite.NewPrefix();

    protected override async Task<IDeliveryLedger> OpenAsync(TimeSpan lease)
    {
        var (account, options) = await AzuriteStateStoreContractTests.Open(azurite, _prefix, lease);
        return new BlobDeliveryLedger(account, options, TimeProvider.System);
    }
}
