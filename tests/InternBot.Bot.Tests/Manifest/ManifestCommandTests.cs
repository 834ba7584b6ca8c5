using System.Text.Json.Nodes;
using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Manifest;

/// <summary>The commands Teams suggests from the manifest, in English and French, are ones the bot understands.</summary>
public sealed class ManifestCommandTests
{
    private static readonly QuestionAnswerer Answerer = new(VacancyCatalogueLoader.LoadOrThrow(VacancyCatalogueLoader.DefaultPath), new EligibilityEngine(TimeProvider.System), TimeProvider.System);

    private static readonly JsonNode Template = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "manifest", "manifest.template.json")))!;

    private static readonly JsonObject French = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "manifest", "fr.json")))!.AsObject();

    public static TheoryData<int, int> Commands()
    {
        var data = new TheoryData<int, int>();
        var lists = Template["bots"]![0]!["commandLists"]!.AsArray();
        for (var list = 0; list < lists.Count; list++)
        {
            for (var command = 0; command < lists[list]!["commands"]!.AsArray().Count; command++)
            {
                data.Add(list, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EachCommandIsUnderstoodInBothLanguagesAndMeansTheSame(int list, int command)
    {
        var english = Template["bots"]![0]!["commandLists"]![list]!["commands"]![command]!["title"]!.GetValue<string>();
        var french = French[$"bots[0].commandLists[{list}].commands[{command}].title"]?.GetValue<string>();
        Assert.False(french is null, $"fr.json has no translation for command '{english}'");

        var inEnglish = Answerer.Answer(english, "en-US", new QuestionContext()).Reply;
        var inFrench = Answerer.Answer(french, "fr-FR", new QuestionContext()).Reply;
        foreach (var (text, reply) in new[] { (english, inEnglish), (french, inFrench) })
        {
            Assert.False(reply is NotUnderstoodReply or NotCoveredReply, $"'{text}' is not understood on its own: {reply.GetType().Name}");
        }

        Assert.Equal(inEnglish.GetType(), inFrench.GetType());
        if (inEnglish is not LanguageSwitchedReply)
        {
            Assert.Equal(Language.English, inEnglish.Language);
            Assert.Equal(Language.French, inFrench.Language);
        }
    }

    [Fact]
    public void EveryStringTheManifestLocalisesHasAFrenchTranslation()
    {
        var staticTabs = Template["staticTabs"]!.AsArray().Select((t, i) => (t, i)).Where(x => x.t!["name"] is not null).Select(x => $"staticTabs[{x.i}].name");
        var search = Template["composeExtensions"]![0]!["commands"]![0]!;
        string[] expected = ["name.short", "name.full", "description.short", "description.full", .. staticTabs, "composeExtensions[0].commands[0].title", "composeExtensions[0].commands[0].description", .. search["parameters"]!.AsArray().SelectMany((_, i) => new[] { $"composeExtensions[0].commands[0].parameters[{i}].title", $"composeExtensions[0].commands[0].parameters[{i}].description" })];
        Assert.All(expected, key => Assert.True(French.ContainsKey(key), $"fr.json lacks {key}"));
        Assert.Equal("searchVacancies", search["id"]!.GetValue<string>());
        Assert.Equal(Bot.Conversation.VacancySearch.CommandId, search["id"]!.GetValue<string>());
    }
}
