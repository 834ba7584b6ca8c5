using InternBot.Core.Applications;
using InternBot.Testing;

namespace InternBot.Storage.SharePoint.Tests;

public sealed class ProvisioningTests
{
    [Fact]
    public async Task ProvisioningCreatesTheListWithIndexedColumnsAndASecondRunChangesNothing()
    {
        var fake = new FakeGraph();
        var first = await SharePointListProvisioner.ProvisionAsync(fake.Client(), GraphOnFake.Options, TestContext.Current.CancellationToken);
        Assert.True(first.CreatedList);
        var list = fake.List(ApplicationListSchema.DefaultListName)!;
        Assert.Equal(ApplicationListSchema.Columns.Select(c => c.Name).Order(), list.Columns.Keys.Order());
        Assert.Equal(ApplicationListSchema.IndexedColumns.Order(), list.Columns.Values.Where(c => c.Indexed).Select(c => c.Name).Order());

        var second = await SharePointListProvisioner.ProvisionAsync(fake.Client(), GraphOnFake.Options, TestContext.Current.CancellationToken);
        Assert.False(second.Changed);
    }

    [Fact]
    public async Task ProvisioningAddsMissingColumnsAndIndexesWhatShouldBeIndexed()
    {
        var fake = new FakeGraph();
        var list = fake.CreateList(ApplicationListSchema.DefaultListName, indexed: false);
        list.Columns.Remove("Notes");
        var result = await SharePointListProvisioner.ProvisionAsync(fake.Client(), GraphOnFake.Options, TestContext.Current.CancellationToken);
        Assert.Equal(["Notes"], result.AddedColumns);
        Assert.Equal(ApplicationListSchema.IndexedColumns.Order(), result.IndexedColumns.Order());
    }

    [Fact]
    public void EveryColumnHasExactlyOneFacet()
    {
        foreach (var column in ApplicationListSchema.Columns)
        {
            var d = SharePointListProvisioner.Definition(column);
            Assert.Equal(1, new object?[] { d.Text, d.Number, d.DateTime, d.Choice }.Count(f => f is not null));
        }
    }

    [Fact]
    public void TheCommittedPnpTemplateAndCliScriptMatchTheSchema()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InternBot.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir!.FullName, "infra", "sharepoint");
        Assert.True(File.ReadAllText(Path.Combine(folder, "applications-list.pnp.xml")) == ProvisioningScripts.PnpTemplate(),
            "infra/sharepoint/applications-list.pnp.xml is out of date: run: dotnet run --project cli/InternBot.Cli -- provision --write-templates infra/sharepoint.");
        Assert.True(File.ReadAllText(Path.Combine(folder, "provision-list.sh")) == ProvisioningScripts.CliForMicrosoft365Script(),
            "infra/sharepoint/provision-list.sh is out of date: run: dotnet run --project cli/InternBot.Cli -- provision --write-templates infra/sharepoint.");
    }

    [Fact]
    public void TheTemplateIsWellFormedXmlWithEveryColumn()
    {
        var xml = System.Xml.Linq.XDocument.Parse(ProvisioningScripts.PnpTemplate());
        var fields = xml.Descendants().Where(e => e.Name.LocalName == "Field").ToList();
        Assert.Equal(ApplicationListSchema.Columns.Count, fields.Count);
        Assert.All(fields.Where(f => (string?)f.Attribute("Indexed") == "TRUE"), f => Assert.Contains((string)f.Attribute("Name")!, ApplicationListSchema.IndexedColumns));
    }
}
