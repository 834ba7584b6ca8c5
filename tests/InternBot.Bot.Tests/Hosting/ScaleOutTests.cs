using System.Net;
using System.Text.Json;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Conversations;
using InternBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace InternBot.Bot.Tests.Hosting;

/// <summary>
/// Several instances of the host on one Azure Storage account (Azurite, a real emulator started for these tests),
/// each with its own memory, connector and clock, as App Service runs them behind its router: they serve one
/// conversation as one bot, run each delivery once, lose no state to concurrent turns, and an instance that dies
/// mid-turn loses nothing it acknowledged.
/// </summary>
public sealed class ScaleOutTests(Azurite azurite) : IClassFixture<Azurite>, IDisposable
{
    private readonly string _prefix = Azurite.NewPrefix();
    private readonly RsaSecurityKey _key = FakeIdentityProvider.NewKey("shared");
    private readonly List<BotHost> _instances = [];

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
    }

    private BotHost Instance(string lease = "00:00:01")
    {
        var host = BotHost.Authenticated();
        host.ExtraSettings["Storage:Provider"] = "AzureStorage";
        host.ExtraSettings["Storage:AzureStorage:ConnectionString"] = azurite.ConnectionString;
        host.ExtraSettings["Storage:AzureStorage:NamePrefix"] = _prefix;
        host.ExtraSettings["Storage:AzureStorage:DeliveryLease"] = lease;
        host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, _key, "msteams");
        _instances.Add(host);
        return host;
    }

    private string Auth => "Bearer " + Tokens.BotConnector(_key);

    private async Task<string> AskAsync(BotHost instance, string text, string conversation)
    {
        var response = await instance.PostAsync(Activities.Message(text, conversation: conversation, expectReplies: true), Auth);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BotHost.JsonOf(response)).GetProperty("activities").EnumerateArray().Last().GetProperty("attachments")[0].GetProperty("content").GetRawText();
    }

    /// <summary>The messages an instance sent (typing indicators aside).</summary>
    private static List<RecordedCall> Sent(BotHost instance) =>
        instance.Connector.Calls.Where(c => c.Method == "POST" && c.Body is not null && c.Json.GetProperty("type").GetString() == "message").ToList();

    [Fact]
    public async Task AConversationContinuesOnAnotherInstance()
    {
        var (a, b) = (Instance(), Instance());
        await AskAsync(a, "deadline for NDS", "a:one-instance");
        var onOneInstance = await AskAsync(a, "and the tasks?", "a:one-instance");

        await AskAsync(a, "deadline for NDS", "a:moved");
        var onAnother = await AskAsync(b, "and the tasks?", "a:moved");
        var withoutContext = await AskAsync(b, "and the tasks?", "a:fresh");

        Assert.Equal(onOneInstance, onAnother);
        Assert.NotEqual(withoutContext, onAnother);
    }

    [Fact]
    public async Task TheSameMessageDeliveredToTwoInstancesAtOnceIsAnsweredOnce()
    {
        var (a, b) = (Instance(), Instance());
        for (var i = 0; i < 5; i++)
        {
            var activity = Activities.Message("deadline for KM", id: $"delivery-{i}", conversation: $"a:twice-{i}");
            var responses = await Task.WhenAll(a.PostAsync(activity, Auth), b.PostAsync(activity, Auth));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }

        Assert.Equal(5, Sent(a).Count + Sent(b).Count);
    }

    [Fact]
    public async Task TheSameCardActionDeliveredToTwoInstancesRunsOnceAndBothAnswerWithItsCard()
    {
        var (a, b) = (Instance(), Instance());
        var activity = Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "vacancy.detail", data = new { vacancy = "jis" } } }, id: "invoke-1");
        activity["conversation"] = new { id = "a:invoke", conversationType = "personal", tenantId = Tokens.TenantId };
        var responses = await Task.WhenAll(a.PostAsync(activity, Auth), b.PostAsync(activity, Auth));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Contains("application/vnd.microsoft.card.adaptive", bodies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentTurnsOfOneConversationOnTwoInstancesLoseNoState()
    {
        var (a, b) = (Instance(), Instance());
        for (var i = 0; i < 4; i++)
        {
            var conversation = $"a:busy-{i}";
            var language = Activities.Invoke("adaptiveCard/action", new { action = new { type = "Action.Execute", verb = "language", data = new { language = "fr" } } });
            language["conversation"] = new { id = conversation, conversationType = "personal", tenantId = Tokens.TenantId };
            var question = Activities.Message("deadline for KM", conversation: conversation, expectReplies: true);
            var responses = await Task.WhenAll(a.PostAsync(language, Auth), b.PostAsync(question, Auth));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

            var state = await Instance().Services.GetRequiredService<IConversationStateStore>().GetAsync(conversation, TestContext.Current.CancellationToken);
            Assert.Equal((Core.Text.Language.French, "km"), (state.PreferredLanguage, state.CurrentVacancy));
        }
    }

    [Fact]
    public async Task AnInstanceThatDiesMidTurnAcknowledgedNothingAndAnotherRunsTheRetryOnce()
    {
        var (a, b) = (Instance(), Instance());
        // Acknowledged on A, then A goes away: its turn's state is already shared.
        await AskAsync(a, "deadline for NDS", "a:dies");

        // A takes the next message and hangs in the connector; it dies before answering the channel.
        a.Connector.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var activity = Activities.Message("and the tasks?", id: "retried", conversation: "a:dies");
        var onA = a.PostAsync(activity, Auth);
        await a.Connector.WaitForCallsAsync(a.Connector.Calls.Count + 1, TimeSpan.FromSeconds(10));
        Assert.False(onA.IsCompleted);
        a.Dispose();

        // The channel's retry reaches B: it takes the delivery over once A's lease has run out, and answers it once,
        // with the conversation's context (the NDS vacancy from the acknowledged turn).
        var retry = await b.PostAsync(activity, Auth);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var sent = Assert.Single(Sent(b));
        Assert.Contains("NDS", sent.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("Which one do you mean", sent.Body!, StringComparison.Ordinal);
    }
}
