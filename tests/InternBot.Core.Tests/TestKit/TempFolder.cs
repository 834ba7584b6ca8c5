namespace InternBot.Core.Tests.TestKit;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "internbot-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    /// <summary>Copies shipped vacancy files, optionally changed, into this folder.</summary>
    public void CopyShipped(params string[] slugs)
    {
        foreach (var slug in slugs)
        {
            File.Copy(System.IO.Path.Combine(InternBot.Core.Vacancies.VacancyCatalogueLoader.DefaultPath, slug + ".json"), System.IO.Path.Combine(Path, slug + ".json"));
        }
    }

    public void Edit(string slug, Action<System.Text.Json.Nodes.JsonObject> change)
    {
        var file = System.IO.Path.Combine(Path, slug + ".json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        change(node);
        File.WriteAllText(file, node.ToJsonString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
