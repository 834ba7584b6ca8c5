using InternBot.Core.Applications;
using InternBot.Storage.Sqlite;

namespace InternBot.Cli.Tests;

public sealed class SeedAndProvisionCommandTests
{
    [Fact]
    public async Task SeedingAnEmptyDatabaseWritesTheDataSetAndASecondRunRefuses()
    {
        using var files = new Files();
        var db = Path.Combine(files.Folder, "bot.db");
        var first = await CliRun.Of(["seed", "--db", db, "--count", "300"]);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Wrote 300 applications", first.Out, StringComparison.Ordinal);
        var store = new SqliteApplicationStore(new SqliteDatabase(db), TimeProvider.System);
        Assert.Equal(300, (await store.ChangesAsync(null, TestContext.Current.CancellationToken)).Changed.Count);

        var second = await CliRun.Of(["seed", "--db", db]);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("--replace", second.Error, StringComparison.Ordinal);

        var replaced = await CliRun.Of(["seed", "--db", db, "--count", "100", "--replace"]);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal(100, (await store.ChangesAsync(null, TestContext.Current.CancellationToken)).Changed.Count);
    }

    [Fact]
    public async Task WritingTemplatesProducesThePnpTemplateAndTheCliScript()
    {
        using var files = new Files();
        var run = await CliRun.Of(["provision", "--write-templates", files.Folder]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Storage.SharePoint.ProvisioningScripts.PnpTemplate(), await File.ReadAllTextAsync(Path.Combine(files.Folder, "applications-list.pnp.xml"), TestContext.Current.CancellationToken));
        Assert.StartsWith("#!/usr/bin/env bash", await File.ReadAllTextAsync(Path.Combine(files.Folder, "provision-list.sh"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("provision --site http://contoso.sharepoint.com/sites/x --tenant t --client-id c --client-secret s", "not a SharePoint site URL")]
    [InlineData("provision --site https://example.org/sites/x --tenant t --client-id c --client-secret s", "not a SharePoint site URL")]
    [InlineData("provision --site https://contoso.sharepoint.com/sites/x", "Graph credentials are missing")]
    [InlineData("seed --site https://contoso.sharepoint.com/sites/x --tenant t", "Graph credentials are missing")]
    [InlineData("seed --count 0", "--count must be between")]
    public async Task BadSharePointOptionsAreExplained(string commandLine, string message)
    {
        var run = await CliRun.Of(commandLine.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSchemaHasTheColumnsTheIssueAsksFor()
    {
        var names = ApplicationListSchema.Columns.Select(c => c.Name).ToList();
        foreach (var required in new[] { "CandidateId", "Email", "Vacancy", "Campaign", "Nationalities", "DateOfBirth", "Languages", "Documents", "SubmittedAt", "Status", "Supervisors", "Notes" })
        {
            Assert.Contains(required, names);
        }

        Assert.Equal(["Campaign", "CandidateId", "Status", "SubmittedAt", "Vacancy"], ApplicationListSchema.IndexedColumns.Order());
    }
}
