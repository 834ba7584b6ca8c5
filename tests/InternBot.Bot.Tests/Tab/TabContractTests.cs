using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Tests.TestKit;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Tab;

/// <summary>
/// The tab API's contract: the OpenAPI document the host serves is the one the front end's types are generated from
/// (tab/web/openapi/tab.json), so a change to a response record that the page does not follow fails the front end's
/// type check, and a document not refreshed fails here.
/// </summary>
public sealed class TabContractTests
{
    private static readonly string Committed = Path.Combine(Repository.Root, "tab", "web", "openapi", "tab.json");

    [Fact]
    public async Task TheFrontEndIsBuiltFromTheDocumentTheApiServes()
    {
        using var host = BotHost.Anonymous();
        var served = JsonNode.Parse(await host.CreateClient().GetStringAsync("/openapi/tab.json", TestContext.Current.CancellationToken))!;
        if (JsonNode.DeepEquals(served, JsonNode.Parse(File.ReadAllText(Committed))))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("INTERNBOT_UPDATE_OPENAPI") == "1")
        {
            File.WriteAllText(Committed, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        Assert.Fail($"The tab API changed but {Committed} was not refreshed. Run INTERNBOT_UPDATE_OPENAPI=1 dotnet test tests/InternBot.Bot.Tests --filter TabContractTests, then build (npm run generate makes the front end's types from it) and commit the file.");
    }

    [Fact]
    public async Task EveryApiRouteIsInTheDocumentWithATypedSuccessResponse()
    {
        using var host = BotHost.Anonymous();
        var document = JsonNode.Parse(await host.CreateClient().GetStringAsync("/openapi/tab.json", TestContext.Current.CancellationToken))!;
        var paths = document["paths"]!.AsObject();
        foreach (var route in new[] { "/api/tab/me", "/api/tab/labels", "/api/tab/vacancies", "/api/tab/onboarding", "/api/tab/applications", "/api/tab/applications/{id}", "/api/tab/applications/{id}/audit", "/api/tab/applications/export-link" })
        {
            var operations = Assert.IsType<JsonObject>(paths[route], exactMatch: false).Where(o => o.Key is "get" or "post" or "patch").ToList();
            Assert.NotEmpty(operations);
            Assert.All(operations, o => Assert.NotNull(o.Value!["responses"]!["200"]!["content"]!["application/json"]!["schema"]));
        }

        // The change and its conflict are typed too, and no route of the bot is in the tab's document.
        Assert.NotNull(paths["/api/tab/applications/{id}"]!["patch"]!["requestBody"]);
        Assert.NotNull(paths["/api/tab/applications/{id}"]!["patch"]!["responses"]!["409"]);
        Assert.DoesNotContain(paths, p => !p.Key.StartsWith("/api/tab/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDocumentIsServedInDevelopmentOnly()
    {
        using var host = BotHost.Authenticated();
        Assert.Equal(HttpStatusCode.NotFound, (await host.CreateClient().GetAsync("/openapi/tab.json", TestContext.Current.CancellationToken)).StatusCode);
    }
}
