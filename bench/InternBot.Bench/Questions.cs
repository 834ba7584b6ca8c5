using System.Text.Json;

namespace InternBot.Bench;

/// <summary>Questions people wrote from the notices (the development sets), to load the bot with real variety.</summary>
internal static class Questions
{
    public static List<string> Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "InternBot.Bot.Tests", "Conversation");
        var questions = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "qa-dev*.json").Order(StringComparer.Ordinal))
        {
            foreach (var c in JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("cases").EnumerateArray())
            {
                if (c.TryGetProperty("q", out var q))
                {
                    questions.Add(q.GetString()!);
                }
                else
                {
                    questions.AddRange(c.GetProperty("conversation").EnumerateArray().Select(t => t.GetProperty("q").GetString()!));
                }
            }
        }

        return questions;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InternBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (InternBot.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
