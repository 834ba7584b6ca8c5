using System.Xml.Linq;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Infra;

/// <summary>
/// Dependencies point inward (docs/architecture.md): Core depends on nothing; each adapter and the tab on Core only;
/// the CLI on Core and adapters; only the host (and what measures or tests it) sees everything.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Core = "InternBot.Core";
    private static readonly string[] Adapters = ["InternBot.Identity", "InternBot.Storage.Sqlite", "InternBot.Storage.SharePoint", "InternBot.Storage.AzureStorage"];

    private static List<string> ProjectReferences(string project)
    {
        var file = Directory.GetFiles(Repository.Root, $"{project}.csproj", SearchOption.AllDirectories).Single(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
    }

    [Fact]
    public void CoreDependsOnNoProjectAndNoPackage()
    {
        Assert.Empty(ProjectReferences(Core));
        var file = Path.Combine(Repository.Root, "core", Core, $"{Core}.csproj");
        Assert.Empty(XDocument.Load(file).Descendants("PackageReference"));
    }

    [Theory]
    [InlineData("InternBot.Tab")]
    [InlineData("InternBot.Identity")]
    [InlineData("InternBot.Storage.Sqlite")]
    [InlineData("InternBot.Storage.SharePoint")]
    [InlineData("InternBot.Storage.AzureStorage")]
    public void TheTabAndEachAdapterReferenceCoreOnly(string project) =>
        Assert.Equal([Core], ProjectReferences(project));

    [Fact]
    public void TheCliUsesCoreAndAdaptersButNotTheHostOrTheTab() =>
        Assert.All(ProjectReferences("InternBot.Cli"), r => Assert.True(r == Core || Adapters.Contains(r), $"the CLI references {r}"));

    [Fact]
    public void TheCompiledTabUsesNoAdapter()
    {
        // The project file could be right while a copied DLL or a shared source file is not: ask the compiled assembly.
        var ours = typeof(InternBot.Tab.TabRegistration).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!).Where(n => n.StartsWith("InternBot.", StringComparison.Ordinal)).ToList();
        Assert.Equal([Core], ours);
    }
}
