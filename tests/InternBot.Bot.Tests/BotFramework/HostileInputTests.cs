using System.Net;
using System.Text.Json;
using InternBot.Bot.Tests.TestKit;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.BotFramework;

/// <summary>
/// One test per finding of the outside battery: inputs that once made a turn throw or a log lie, each through the
/// real bot with a valid token. None may answer 5xx or log an error.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly BotHost _host = BotHost.Authenticated();
    private readonly RsaSecurityKey _key;

    public HostileInputTests() => _key = _host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "hostile-key", "msteams");

    public void Dispose() => _host.Dispose();

    private async Task<HttpResponseMessage> Post(string json)
    {
        var response = await _host.PostAsync(json, "Bearer " + Tokens.BotConnector(_key));
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {json}");
        return response;
    }

    private void NoErrorsLogged() =>
        Assert.DoesNotContain(_host.Logs, l => l.Level >= LogLevel.Error || l.Message.Contains("Exception", StringComparison.Ordinal));

    private static string Activity(string type, string extra) =>
        $$"""{"type":"{{type}}","id":"{{Guid.NewGuid():N}}","serviceUrl":"{{Tokens.ServiceUrl}}","channelId":"msteams","from":{"id":"29:1abc","aadObjectId":"00000000-0000-0000-0000-0000000000a1"},"conversation":{"id":"a:hostile","conversationType":"personal"},"recipient":{"id":"28:{{Tokens.AppId}}"},"locale":"en-US"{{extra}}}""";

    private static string EligibilityCheck(string yearsCompleted) =>
        Activity("invoke", ""","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"eligibility.check","data":{"vacancy":"km","yearsCompleted":""" + yearsCompleted + "}}}");

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("1e400")]
    [InlineData("\"1e400\"")]
    [InlineData("-1e400")]
    public async Task ANonFiniteNumberInTheEligibilityFormIsAFieldErrorNotAServerError(string value)
    {
        var response = await Post(EligibilityCheck(value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The form comes back with the field empty (a number JSON cannot hold is not put back) and says what is wrong.
        var card = (await BotHost.JsonOf(response)).GetProperty("value").GetRawText();
        Assert.DoesNotContain("Infinity", card, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", card, StringComparison.Ordinal);
        Assert.Contains("yearsCompleted", card, StringComparison.Ordinal);
        NoErrorsLogged();
    }

    [Theory]
    [InlineData("[null]")]
    [InlineData("[null,{\"name\":\"searchQuery\",\"value\":\"km\"}]")]
    [InlineData("[{\"name\":null,\"value\":null}]")]
    [InlineData("[{\"name\":\"searchQuery\",\"value\":42}]")]
    public async Task AMessagingExtensionQueryWithNullOrOddParametersIsAnswered(string parameters)
    {
        var response = await Post(Activity("invoke", $$""","name":"composeExtension/query","value":{"commandId":"searchVacancies","parameters":{{parameters}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("result", (await BotHost.JsonOf(response)).GetProperty("composeExtension").GetProperty("type").GetString());
        NoErrorsLogged();
    }

    [Fact]
    public async Task LoneSurrogatesInValueStringsAreReplacedNotFatal()
    {
        var response = await Post(Activity("invoke", ""","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"ask","data":{"text":"deadline \ud800 for KM \udfff?"}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var search = await Post(Activity("invoke", ""","name":"composeExtension/query","value":{"commandId":"searchVacancies","parameters":[{"name":"searchQuery","value":"\udc00km"}]}"""));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var text = await Post(Activity("message", ""","text":"grant \ud83d please","deliveryMode":"expectReplies" """));
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);

        // A well-formed pair (an emoji) is kept as it is.
        var emoji = await Post(Activity("message", ""","text":"grant \ud83d\ude00 please","deliveryMode":"expectReplies" """));
        Assert.Equal(HttpStatusCode.OK, emoji.StatusCode);
        NoErrorsLogged();
    }

    [Theory]
    [InlineData(""","entities":[null],"text":"hello","deliveryMode":"expectReplies" """)]
    [InlineData(""","entities":[{"type":"mention","mentioned":{"id":12345,"name":"InternBot"},"text":"<at>InternBot</at>"}],"text":"<at>InternBot</at> hello","deliveryMode":"expectReplies" """)]
    [InlineData(""","entities":[{"type":"mention","mentioned":{"id":"28:x"},"text":7}],"text":"hello","deliveryMode":"expectReplies" """)]
    public async Task NullEntitiesAndNumericMentionIdsAreIgnored(string extra)
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(Activity("message", extra))).StatusCode);
        NoErrorsLogged();
    }

    [Fact]
    public async Task NullMembersAddedAreNobody()
    {
        Assert.Equal(HttpStatusCode.Accepted, (await Post(Activity("conversationUpdate", ""","membersAdded":[null],"membersRemoved":[null]"""))).StatusCode);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Empty(_host.Connector.Calls);
        NoErrorsLogged();
    }

    [Fact]
    public async Task ACardVerbWithLineBreaksCannotForgeALogLine()
    {
        var forged = "nope\r\n2026-12-05 info: admin signed in\u2028\u202e";
        await Post(Activity("invoke", ""","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":""" + JsonSerializer.Serialize(forged) + "}}"));
        var logged = Assert.Single(_host.Logs, l => l.Message.Contains("unknown verb", StringComparison.Ordinal)).Message;
        Assert.DoesNotContain('\r', logged);
        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\u2028', logged);
        Assert.DoesNotContain('\u202e', logged);
    }

    [Fact]
    public async Task AHugeActivityIdIsLoggedCapped()
    {
        var id = new string('x', 70_000);
        var json = Activity("invoke", ""","name":"adaptiveCard/action","value":{"action":{"type":"Action.Execute","verb":"help"}}""").Replace("\"type\":\"invoke\",", $"\"type\":\"invoke\",\"idx\":0,", StringComparison.Ordinal);
        json = System.Text.RegularExpressions.Regex.Replace(json, "\"id\":\"[0-9a-f]{32}\"", $"\"id\":\"{id}\"");

        // Twice: the second is a duplicate, which is logged with the activity's kind.
        await Post(json);
        await Post(json);
        Assert.All(_host.Logs, l => Assert.True(l.Message.Length < 2_000, $"a log line of {l.Message.Length} characters"));
    }
}
