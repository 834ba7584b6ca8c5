namespace InternBot.Core.Tests.TestKit;

/// <summary>The published notices in ../shared/seeds (beside the repository), when that folder exists.</summary>
public static class Seeds
{
    public static string? Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InternBot.sln")))
            {
                dir = dir.Parent;
            }

            var seeds = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
            return seeds is not null && Directory.Exists(seeds) ? seeds : null;
        }
    }

    public static IEnumerable<string> Files => Folder is null ? [] : Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal);

    /// <summary>Skips the calling test (with the reason) when the seeds are not beside the repository.</summary>
    public static string Require()
    {
        if (Folder is null)
        {
            Assert.Skip("../shared/seeds is not present beside the repository; the seed tests need it.");
        }

        return Folder!;
    }
}
