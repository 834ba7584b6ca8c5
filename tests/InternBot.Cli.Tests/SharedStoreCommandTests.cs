using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using InternBot.Storage.AzureStorage;
using InternBot.Testing;
using Microsoft.Extensions.Options;

namespace InternBot.Cli.Tests;

/// <summary>`unanswered` and `audit` read what several instances recorded in Azure Storage (Azurite here).</summary>
public sealed class SharedStoreCommandTests(Azurite azurite) : IClassFixture<Azurite>
{
    private readonly string _prefix = Azurite.NewPrefix();

    private async Task<AzureStorageAccount> AccountAsync()
    {
        var account = new AzureStorageAccount(Options.Create(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = _prefix }));
        await account.InitializeAsync(TestContext.Current.CancellationToken);
        return account;
    }

    [Fact]
    public async Task UnansweredQuestionsAreReadFromTheSharedStoreNamedOnTheCommandLineOrByTheBotsSettings()
    {
        var account = await AccountAsync();
        await new TableUnansweredQuestionStore(account).AddAsync(new UnansweredQuestion("Is there a canteen?", "en", "km", CliRun.Today.AddDays(-1)), TestContext.Current.CancellationToken);

        var env = new Dictionary<string, string> { ["Storage__AzureStorage__NamePrefix"] = _prefix };
        var named = await CliRun.Of(["unanswered", "--storage", azurite.ConnectionString], env);
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("Is there a canteen?", named.Out, StringComparison.Ordinal);

        env["Storage__Provider"] = "AzureStorage";
        env["Storage__AzureStorage__ConnectionString"] = azurite.ConnectionString;
        var configured = await CliRun.Of(["unanswered", "--format", "csv"], env);
        Assert.Equal("Is there a canteen?", Assert.Single(Core.Csv.CsvTable.Parse(configured.Out).Rows)[3]);
    }

    [Fact]
    public async Task TheAuditLogIsListedAndPurgedInTheSharedStore()
    {
        var log = new TableAuditLog(await AccountAsync());
        await log.RecordAsync(new AuditEntry(CliRun.Today.AddYears(-2), "oid-old", AuditAction.Viewed, "app-1"), TestContext.Current.CancellationToken);
        await log.RecordAsync(new AuditEntry(CliRun.Today.AddDays(-1), "oid-new", AuditAction.Exported, null, "vacancy=km; 12 rows"), TestContext.Current.CancellationToken);
        var env = new Dictionary<string, string> { ["Storage__AzureStorage__NamePrefix"] = _prefix };

        var listed = await CliRun.Of(["audit", "--storage", azurite.ConnectionString], env);
        Assert.Contains("oid-new", listed.Out, StringComparison.Ordinal);
        Assert.Contains("oid-old", listed.Out, StringComparison.Ordinal);

        var purged = await CliRun.Of(["audit", "--storage", azurite.ConnectionString, "--purge", "--before", "2026-01-01"], env);
        Assert.Contains("Purged 1 audit entry", purged.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("oid-old", (await CliRun.Of(["audit", "--storage", azurite.ConnectionString], env)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreThatCannotBeUsedIsExplained()
    {
        var http = await CliRun.Of(["unanswered", "--storage", "http://account.blob.core.windows.net"]);
        Assert.Equal(2, http.ExitCode);
        Assert.Contains("Storage:AzureStorage", http.Error, StringComparison.Ordinal);

        var nothing = await CliRun.Of(["audit"], new Dictionary<string, string> { ["Storage__Provider"] = "AzureStorage" });
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("neither Storage:AzureStorage:ServiceUri nor Storage:AzureStorage:ConnectionString is set", nothing.Error, StringComparison.Ordinal);
    }
}
