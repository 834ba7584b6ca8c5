using System.Net;
using System.Text;
using InternBot.Bot.Tests.TestKit;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.BotFramework;

/// <summary>POST /api/messages behaves as Bot Framework channels expect, through a fake channel and connector.</summary>
public sealed class ProtocolTests : IDisposable
{
    private readonly ScriptedBot _bot = new();
    private readonly BotHost _host;
    private readonly RsaSecurityKey _key;

    public ProtocolTests()
    {
        _host = BotHost.Authenticated(bot: _ => _bot);
        _key = _host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "k1", "msteams");
    }

    public void Dispose() => _host.Dispose();

    private string Auth(string serviceUrl = Tokens.ServiceUrl) => "Bearer " + Tokens.BotConnector(_key, serviceUrl: serviceUrl);

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OnlyPostIsAllowed(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");
        var response = await _host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var v) ? v : []));
    }

    [Fact]
    public async Task AMessageIsAcknowledgedAtOnceAndAnsweredThroughTheConnector()
    {
        var activity = TestKit.Activities.Message("hello", id: "1681", conversation: "a:1;messageid=1681", serviceUrl: "https://smba.trafficmanager.net/emea/_x/");
        var response = await _host.PostAsync(activity, Auth("https://smba.trafficmanager.net/emea/_x/"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var call = Assert.Single(await _host.Connector.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        // serviceUrl path kept, ids escaped: ':', ';' and '=' must not break the path.
        Assert.Equal("https://smba.trafficmanager.net/emea/_x/v3/conversations/a%3A1%3Bmessageid%3D1681/activities/1681", call.Uri.AbsoluteUri);
        Assert.Equal("Bearer outbound-test-token", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        var reply = call.Json;
        Assert.Equal("echo: hello", reply.GetProperty("text").GetString());
        Assert.Equal($"28:{Tokens.AppId}", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:1abc", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("1681", reply.GetProperty("replyToId").GetString());
        Assert.DoesNotContain("null", call.Body!, StringComparison.Ordinal); // no nulls written
    }

    [Fact]
    public async Task ExpectRepliesReturnsTheTurnsRepliesInTheBody()
    {
        var response = await _host.PostAsync(TestKit.Activities.Message("hello", expectReplies: true), Auth());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (await BotHost.JsonOf(response)).GetProperty("activities");
        Assert.Equal("echo: hello", Assert.Single(activities.EnumerateArray()).GetProperty("text").GetString());
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task AnInvokeIsAnsweredInTheHttpBody()
    {
        var value = new { action = new { type = "Action.Execute", id = "a1", verb = "refresh", data = new { x = 1 } } };
        var response = await _host.PostAsync(TestKit.Activities.Invoke("adaptiveCard/action", value), Auth());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BotHost.JsonOf(response);
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("verb refresh", body.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    [InlineData("composeExtension/query")] // the scripted bot has no messaging extension
    public async Task AnUnhandledInvokeIs501(string name) =>
        Assert.Equal(HttpStatusCode.NotImplemented, (await _host.PostAsync(TestKit.Activities.Invoke(name, new { commandId = "x" }), Auth())).StatusCode);

    [Fact]
    public async Task AnAdaptiveCardInvokeWithoutAnActionIs400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostAsync(TestKit.Activities.Invoke("adaptiveCard/action", new { nothing = 1 }), Auth())).StatusCode);

    [Fact]
    public async Task ADuplicateDeliveryOfAMessageIsAnsweredOnce()
    {
        var activity = TestKit.Activities.Message("once", id: "dup-1");
        var first = await _host.PostAsync(activity, Auth());
        var second = await _host.PostAsync(activity, Auth());
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _host.Connector.WaitForCallsAsync(2, TimeSpan.FromMilliseconds(500));
        Assert.Single(_host.Connector.Calls);
        Assert.Equal(1, _bot.Messages);
    }

    [Fact]
    public async Task ADuplicateInvokeRunsOnceAndGetsTheSameAnswer()
    {
        var activity = TestKit.Activities.Invoke("test/count", new { }, id: "dup-invoke");
        var responses = await Task.WhenAll(_host.PostAsync(activity, Auth()), _host.PostAsync(activity, Auth()));
        Assert.Equal(1, _bot.Invokes);
        var bodies = await Task.WhenAll(responses.Select(BotHost.JsonOf));
        Assert.All(bodies, b => Assert.Equal(1, b.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task TheSameActivityIdInAnotherConversationIsNotADuplicate()
    {
        await _host.PostAsync(TestKit.Activities.Message("a", id: "same", conversation: "a:one"), Auth());
        await _host.PostAsync(TestKit.Activities.Message("b", id: "same", conversation: "a:two"), Auth());
        Assert.Equal(2, (await _host.Connector.WaitForCallsAsync(2)).Count);
    }

    [Fact]
    public async Task AConnector429IsRetriedAfterItsRetryAfter()
    {
        _host.Connector.Then(HttpStatusCode.TooManyRequests, """{"error":{"code":"ThrottledRequest","message":"slow down"}}""", TimeSpan.FromMilliseconds(20));
        await _host.PostAsync(TestKit.Activities.Message("retry me"), Auth());
        var calls = await _host.Connector.WaitForCallsAsync(2);
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Uri, calls[1].Uri);
        Assert.Contains(_host.Logs, l => l.Id.Id == 2002 && l.Message.Contains("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AConnector5xxIsRetriedWithBackoffThenGivenUp()
    {
        for (var i = 0; i < 4; i++)
        {
            _host.Connector.Then(HttpStatusCode.BadGateway);
        }

        await _host.PostAsync(TestKit.Activities.Message("never delivered"), Auth());
        await WaitForLog(2001);

        // Four attempts at the reply, then the turn error handler apologises (the connector is back by then).
        var calls = await _host.Connector.WaitForCallsAsync(5);
        Assert.Equal(5, calls.Count);
        Assert.All(calls.Take(4), c => Assert.Contains("never delivered", c.Body, StringComparison.Ordinal));
        Assert.StartsWith("Sorry", calls[4].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConnector403IsLoggedAndTheHostCarriesOn()
    {
        _host.Connector.Then(HttpStatusCode.Forbidden, """{"error":{"code":"MessageWritesBlocked","message":"The bot was blocked"}}""");
        await _host.PostAsync(TestKit.Activities.Message("blocked"), Auth());
        var log = await WaitForLog(2001);
        Assert.Contains("MessageWritesBlocked", log, StringComparison.Ordinal);
        Assert.Single(_host.Connector.Calls); // 403 is final: not retried

        var next = await _host.PostAsync(TestKit.Activities.Message("still here", expectReplies: true), Auth());
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task AFailingTurnIsLoggedAndTheUserGetsANeutralMessage()
    {
        var response = await _host.PostAsync(TestKit.Activities.Message("boom", expectReplies: true), Auth());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await BotHost.JsonOf(response)).GetProperty("activities")[0].GetProperty("text").GetString();
        Assert.StartsWith("Sorry, something went wrong", text, StringComparison.Ordinal);
        Assert.Contains(_host.Logs, l => l.Id.Id == 1001 && !l.Message.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MembersAddedAreWelcomedButNotTheBotItself()
    {
        var activity = TestKit.Activities.Message("", expectReplies: true);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new object[] { new { id = $"28:{Tokens.AppId}" }, new { id = "29:new" } };
        var replies = (await BotHost.JsonOf(await _host.PostAsync(activity, Auth()))).GetProperty("activities");
        Assert.Equal("welcome 1", replies[0].GetProperty("text").GetString());
    }

    private async Task<string> WaitForLog(int eventId)
    {
        for (var i = 0; i < 200; i++)
        {
            var hit = _host.Logs.FirstOrDefault(l => l.Id.Id == eventId);
            if (hit.Message is not null)
            {
                return hit.Message;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException($"no log event {eventId}");
    }
}

/// <summary>Bodies no channel would send: always a 4xx, never a 5xx or a crash.</summary>
public sealed class BadBodyTests : IDisposable
{
    private readonly BotHost _host = BotHost.Anonymous(_ => new ScriptedBot());

    public void Dispose() => _host.Dispose();

    public static TheoryData<string, int> Bodies => new()
    {
        { "", 400 },
        { "not json", 400 },
        { "{\"type\":", 400 },
        { "[]", 400 },
        { "null", 400 },
        { "42", 400 },
        { "{}", 400 },
        { "{\"type\":\"\"}", 400 },
        { "{\"type\":5}", 400 },
        { "{\"type\":\"message\",\"text\":5}", 400 },
        { "{\"type\":\"message\",\"from\":\"someone\"}", 400 },
        { "{\"type\":\"message\",\"membersAdded\":{}}", 400 },
        { "{\"type\":\"message\",\"timestamp\":\"yesterday\"}", 400 },
        { "{\"type\":\"message\",\"channelData\":" + new string('[', 200) + new string(']', 200) + "}", 400 },
        { "{\"type\":\"message\",\"text\":\"" + new string('a', 1024 * 1024) + "\"}", 413 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task BadBodiesAre4xxWithAProblemDocument(string body, int expected)
    {
        var response = await _host.PostAsync(body);
        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownFieldsAreIgnoredAndRawChannelDataIsKept()
    {
        var json = """{"type":"message","id":"1","text":"hi","channelId":"msteams","serviceUrl":"http://localhost/","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"somethingNew":{"a":[1,2]},"deliveryMode":"expectReplies","channelData":{"tenant":{"id":"t"},"future":true}}""";
        var response = await _host.PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ContentOfAnyTypeIsReadAsJsonOrRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("<xml/>")) };
        var response = await _host.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
