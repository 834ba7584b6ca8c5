using InternBot.Testing;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Cards;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Onboarding;
using InternBot.Core.Vacancies;

namespace InternBot.Bot.Tests.Cards;

/// <summary>Every card the bot can send passes Microsoft's adaptivecards library at version 1.5 without a warning.</summary>
public sealed class AdaptiveCardValidationTests(ITestOutputHelper output)
{
    private static readonly List<(string Name, AdaptiveCard Card)> Gallery =
        CardGallery.All(VacancyCatalogueLoader.LoadOrThrow(VacancyCatalogueLoader.DefaultPath), OnboardingGuide.Load(OnboardingGuide.DefaultPath)).ToList();

    [Fact]
    public async Task EveryCardParsesAtVersion15WithoutErrorsOrWarnings()
    {
        var file = Path.Combine(Path.GetTempPath(), $"internbot-cards-{Guid.NewGuid():N}.json");
        var array = new JsonArray(Gallery.Select(g => (JsonNode)new JsonObject { ["name"] = g.Name, ["card"] = g.Card.ToJson() }).ToArray());
        await File.WriteAllTextAsync(file, array.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var results = JsonDocument.Parse(await Repository.NodeAsync("tests/cards", "validate.mjs", file)).RootElement.EnumerateArray().ToList();
            Assert.Equal(Gallery.Count, results.Count);
            var problems = results.Where(r => r.GetProperty("problems").GetArrayLength() > 0)
                .Select(r => $"{r.GetProperty("name").GetString()}: {string.Join("; ", r.GetProperty("problems").EnumerateArray().Select(p => p.GetString()))}")
                .ToList();
            output.WriteLine($"{results.Count} cards validated by the adaptivecards library, {problems.Count} with problems");
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TheGalleryCoversEveryKindOfCardInBothLanguages()
    {
        foreach (var kind in new[] { "welcome", "help", "vacancy-list", "vacancy-nds", "vacancy-nds-compact", "answer-Deadline", "answer-same-for-all", "answer-across", "answer-latest", "timeline", "passages", "unit", "not-covered", "not-understood", "quick-eligibility", "eligibility-form", "eligibility-form-errors", "eligibility-result-eligible", "eligibility-result-not-eligible", "eligibility-result-cannot-decide", "onboarding", "staff-counts" })
        {
            Assert.Contains(Gallery, g => g.Name == $"{kind}-en");
            Assert.Contains(Gallery, g => g.Name == $"{kind}-fr");
        }
    }

    [Fact]
    public void CardsStayWellUnderTeamsSizeLimits()
    {
        Assert.All(Gallery, g => Assert.True(g.Card.Size < 40 * 1024, $"{g.Name} is {g.Card.Size} bytes"));
        Assert.All(Gallery.Where(g => g.Name.Contains("compact", StringComparison.Ordinal)), g => Assert.True(g.Card.Size < 28 * 1024, $"{g.Name} is {g.Card.Size} bytes"));
    }

    [Fact]
    public void EveryButtonUsesAVerbTheBotHandles()
    {
        var verbs = Gallery.SelectMany(g => Verbs(g.Card.ToJson())).Distinct().ToList();
        Assert.NotEmpty(verbs);
        Assert.All(verbs, v => Assert.Contains(v, CardVerbs.All));

        // And the handler acts on each of them: none falls through to "unknown verb".
        var handler = File.ReadAllText(Path.Combine(InternBot.Testing.Repository.Root, "bot", "Conversation", "InternBotHandler.cs"));
        Assert.All(typeof(CardVerbs).GetFields().Where(f => f.IsLiteral).Select(f => f.Name), name => Assert.Contains($"CardVerbs.{name}", handler, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryInputHasALabelForScreenReaders() =>
        Assert.All(Gallery.SelectMany(g => Inputs(g.Card.ToJson())), input => Assert.False(string.IsNullOrWhiteSpace(input["label"]?.GetValue<string>())));

    [Fact]
    public void FrenchCardsSayNothingInEnglishWhereTheDataHasFrench()
    {
        var french = Gallery.Where(g => g.Name.EndsWith("-fr", StringComparison.Ordinal)).Select(g => g.Card.ToJson().ToJsonString());
        Assert.All(french, json => Assert.DoesNotContain("(en anglais uniquement)", json, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Execute" => [o["verb"]!.GetValue<string>()],
        JsonObject o => o.SelectMany(p => Verbs(p.Value)),
        JsonArray a => a.SelectMany(Verbs),
        _ => [],
    };

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
