using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>
/// The question-answering accuracy suite (Conversation/qa-suite.json) run through /api/messages with expectReplies:
/// prints the score and every miss, and fails below 95 %.
/// </summary>
public sealed class QuestionAnsweringAccuracyTests(ITestOutputHelper output)
{
    private sealed record Turn(string Question, string? Locale, string[] Expect, string[] Reject);

    [Fact]
    public async Task AtLeast95PercentOfTheSuiteIsAnsweredWithTheExpectedFacts()
    {
        using var host = BotHost.Anonymous();
        host.Time.FixAt(DateTimeOffset.Parse("2026-11-21T12:00:00Z", CultureInfo.InvariantCulture));
        var conversations = Load();
        int turns = 0, passed = 0, english = 0, french = 0;
        var misses = new List<string>();
        var n = 0;
        foreach (var conversation in conversations)
        {
            var conversationId = $"a:accuracy-{n++}";
            foreach (var turn in conversation)
            {
                turns++;
                if (turn.Locale?.StartsWith("fr", StringComparison.Ordinal) == true || Core.Answers.LanguageDetector.LooksFrench(turn.Question))
                {
                    french++;
                }
                else
                {
                    english++;
                }

                var activity = TestKit.Activities.Message(turn.Question, conversation: conversationId, expectReplies: true);
                activity["locale"] = turn.Locale ?? "en-US";
                var response = await host.PostAsync(activity);
                var text = CardText(await BotHost.JsonOf(response));
                var missing = turn.Expect.Where(e => !text.Contains(e, StringComparison.OrdinalIgnoreCase)).ToList();
                var unwanted = turn.Reject.Where(r => text.Contains(r, StringComparison.OrdinalIgnoreCase)).ToList();
                if (missing.Count == 0 && unwanted.Count == 0)
                {
                    passed++;
                }
                else
                {
                    misses.Add($"\"{turn.Question}\": missing [{string.Join(", ", missing)}] unwanted [{string.Join(", ", unwanted)}] in: {(text.Length > 300 ? text[..300] : text)}");
                }
            }
        }

        var score = (double)passed / turns;
        output.WriteLine($"Accuracy: {passed}/{turns} = {score:P1} ({english} English, {french} French questions)");
        foreach (var miss in misses)
        {
            output.WriteLine("MISS " + miss);
        }

        Assert.True(english >= 80, $"only {english} English questions");
        Assert.True(french >= 30, $"only {french} French questions");
        Assert.True(score >= 0.95, $"accuracy {score:P1} is below 95%:{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");
    }

    /// <summary>Every text a person sees on the reply cards, with non-breaking spaces as spaces.</summary>
    private static string CardText(JsonElement body)
    {
        var parts = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var name in new[] { "text", "title", "value" })
                    {
                        if (o[name] is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            parts.Add(s);
                        }
                    }

                    foreach (var p in o)
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var i in a)
                    {
                        Walk(i);
                    }

                    break;
            }
        }

        foreach (var activity in body.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "message"))
        {
            Walk(JsonNode.Parse(activity.GetRawText()));
        }

        return string.Join(" | ", parts).Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }

    private static List<List<Turn>> Load()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conversation", "qa-suite.json")))!;
        Turn TurnOf(JsonNode n) => new(n["q"]!.GetValue<string>(), n["locale"]?.GetValue<string>(),
            n["expect"]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? [], n["reject"]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? []);
        return json["cases"]!.AsArray().Select(c => c!["conversation"] is JsonArray turns ? turns.Select(t => TurnOf(t!)).ToList() : [TurnOf(c!)]).ToList();
    }
}
