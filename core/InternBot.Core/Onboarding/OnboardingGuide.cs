using System.Text.Json;
using InternBot.Core.Json;
using InternBot.Core.Text;

namespace InternBot.Core.Onboarding;

/// <summary>The interns' onboarding checklist, from a data file the internship office edits.</summary>
public sealed record OnboardingGuide(IReadOnlyList<OnboardingItem> Items)
{
    public const string PathKey = "Onboarding:Path";

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "onboarding.json");

    /// <summary>Loads the checklist, or throws with every problem (file, field, fix) listed.</summary>
    public static OnboardingGuide Load(string path)
    {
        var source = Path.GetFileName(path);
        var problems = new ProblemList(source);
        if (!File.Exists(path))
        {
            throw new OnboardingLoadException($"{path}: the onboarding file does not exist. Fix: create it (see docs/onboarding-data.md) or set {PathKey}.");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new OnboardingLoadException($"{source}: line {(e.LineNumber ?? 0) + 1}: not valid JSON. Fix: check for a missing comma, quote or bracket.");
        }

        using (doc)
        {
            var root = JsonFieldReader.ForObject(doc.RootElement, "", problems);
            var items = root?.Array("items", (e, p) =>
            {
                var r = JsonFieldReader.ForObject(e, p, problems);
                if (r is null)
                {
                    return null;
                }

                var id = r.String("id", required: true, example: "\"start-date\"");
                var kind = r.Enum<OnboardingSource>("source", required: true);
                var title = r.Text("title", required: true);
                var body = r.Text("body", required: true);
                r.Finish();
                return id is null || kind is null || title is null || body is null ? null : new OnboardingItem(id, kind.Value, title, body);
            }, required: true) ?? [];
            root?.Finish();
            foreach (var duplicate in items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            {
                problems.Add("items", $"the id '{duplicate.Key}' is used {duplicate.Count()} times.", "Give every item its own id.");
            }

            if (problems.Any)
            {
                throw new OnboardingLoadException(string.Join(Environment.NewLine, problems.Items));
            }

            return new OnboardingGuide(items);
        }
    }
}

/// <summary>One step: what the notices state, or an example the internship office should replace.</summary>
public sealed record OnboardingItem(string Id, OnboardingSource Source, LocalizedText Title, LocalizedText Body);

public enum OnboardingSource
{
    Notice,
    Example,
}

public sealed class OnboardingLoadException : Exception
{
    public OnboardingLoadException()
    {
    }

    public OnboardingLoadException(string message)
        : base(message)
    {
    }

    public OnboardingLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
