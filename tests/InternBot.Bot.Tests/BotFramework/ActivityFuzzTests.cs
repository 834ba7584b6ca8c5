using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InternBot.Bot.Tests.TestKit;
using Microsoft.Extensions.Logging;

namespace InternBot.Bot.Tests.BotFramework;

/// <summary>
/// Hostile input through the real pipeline with a valid token: seeded mutations of every kind of activity the bot
/// handles (messages, card actions both ways, the messaging extension, member updates) and malformed tokens on both
/// endpoints. Whatever arrives, the answer is never a 5xx and nothing is logged as an unhandled error.
/// </summary>
public sealed class ActivityFuzzTests
{
    private const int Activities = 10_000;
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    // Values that broke hosts before: non-finite and huge numbers, lone surrogates, control characters, deep nesting.
    private static readonly string[] RawValues =
    [
        "null", "true", "0", "-0", "1e400", "-1e400", "1.7976931348623157e309", "123456789012345678901234567890", "0.0000000001", "-1", "2147483648",
        "\"\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\"", "\"\\ud800\"", "\"\\udfff x\"", "\"a\\u0000b\"", "\"line\\r\\nfake: entry\"",
        "\"<at>InternBot</at>\"", "\"' OR 1=1 --\"", "\"=cmd|'/c calc'!A0\"", "\"../../etc/passwd\"", "\"\\u202eevil\"", "[]", "{}", "[null]", "[[[[[[[[[[]]]]]]]]]]",
        "{\"a\":{\"b\":{\"c\":{\"d\":null}}}}", "[1,\"2\",null,{}]", "\"" + new string('x', 5000) + "\"", "\"km\"", "\"eligibility.check\"", "\"2025-02-30\"", "\"9999-12-31\"",
    ];

    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "messageReaction", "installationUpdate", "event", "typing", "endOfConversation", "", "MESSAGE"];

    private static readonly string[] InvokeNames = ["adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState", "unknown", ""];

    [Fact]
    public async Task MutatedActivitiesWithAValidTokenNeverGetAServerErrorOrAnUnhandledException()
    {
        using var host = BotHost.Authenticated();
        var key = host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "fuzz-key", "msteams");
        var authorization = "Bearer " + Tokens.BotConnector(key, lifetime: TimeSpan.FromHours(2));
        var client = host.CreateClient();
        var random = new Random(20261205);
        var seeds = Seeds();
        var serverErrors = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        byte[]? previous = null;
        for (; sent < Activities && clock.Elapsed < Budget; sent++)
        {
            // One in twenty is a retry: the previous body again, as Teams resends when it did not hear back.
            var body = previous is not null && random.Next(20) == 0 ? previous : Mutate(seeds[random.Next(seeds.Length)], random);
            previous = body;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            // The protocol answers an invoke the bot does not handle with 501 (../shared/reference, section 1): that is the
            // contract, not a failure. Any other 5xx is.
            if (status >= 500 && !(status == 501 && UnhandledInvoke(body)) && serverErrors.Count < 10)
            {
                serverErrors.Add($"{status} for {Encoding.UTF8.GetString(body)[..Math.Min(3000, body.Length)]}");
            }
        }

        // Background turns (ordinary messages) finish after their 202.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.True(sent >= Activities, $"Only {sent} activities in {Budget}: the fuzz run is too slow to mean anything.");
        var errors = host.Logs.Where(l => l.Level >= LogLevel.Error || l.Message.Contains("Exception", StringComparison.Ordinal)).Select(l => l.Message).Distinct().Take(10).ToList();
        Assert.True(serverErrors.Count == 0 && errors.Count == 0, string.Join(Environment.NewLine + "----" + Environment.NewLine, serverErrors.Concat(errors)));

        // The run must exercise the bot, not only the door: most mutations still reach a turn.
        Assert.True(statuses.GetValueOrDefault(200) + statuses.GetValueOrDefault(202) > Activities / 3, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
    }

    private static bool UnhandledInvoke(byte[] body)
    {
        try
        {
            // Read as the host reads it: invalid UTF-8 becomes U+FFFD rather than failing.
            return JsonNode.Parse(Encoding.UTF8.GetString(body)) is JsonObject o && o["type"]?.GetValue<string>() == "invoke"
                && o["name"]?.GetValue<string>() is not ("adaptiveCard/action" or "composeExtension/query");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    public static TheoryData<string> MalformedTokens() =>
    [
        "eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d", "a.b", "....", "e30.e30.e30", "eyJhbGciOiJSUzI1NiIsImtpZCI6Ilx1ZDgwMCJ9.e30.x", "eyJ" + new string('A', 20_000) + ".e30.x",
        "eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.", "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOiIxZTQwMCJ9.sig", "Bearer", "\u00e9\u00e9.\u00e9.\u00e9",
    ];

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task MalformedTokensAre401OnBothEndpoints(string token)
    {
        using var host = BotHost.Authenticated();
        host.Identity.Publish(FakeIdentityProvider.BotConnectorMetadata, "fuzz-key", "msteams");
        var client = host.CreateClient();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(TestKit.Activities.Message("hi").ToJson(), Encoding.UTF8, "application/json") })
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/applications"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.DoesNotContain(host.Logs, l => l.Level >= LogLevel.Error);
    }

    private static JsonObject[] Seeds()
    {
        var eligibility = new JsonObject
        {
            ["vacancy"] = "km", ["nationalities"] = "Belgium", ["dateOfBirth"] = "2001-04-02", ["enrolledStudent"] = "true", ["yearsCompleted"] = "2",
            ["degreeLevel"] = "bachelor", ["english"] = "C1", ["french"] = "B1", ["documents"] = "cv,motivation", ["submittedDate"] = "2025-06-01", ["submittedTime"] = "10:00",
        };
        var question = Parse(TestKit.Activities.Message("what is the deadline for KM?", expectReplies: true));
        var background = Parse(TestKit.Activities.Message("is the grant the same for all?"));
        var submit = Parse(TestKit.Activities.Message("", expectReplies: true));
        submit["value"] = new JsonObject { ["verb"] = "eligibility.check" }.Merge(eligibility);
        var execute = Parse(TestKit.Activities.Invoke("adaptiveCard/action", null));
        execute["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "eligibility.check", ["data"] = eligibility.DeepClone() } };
        var ask = Parse(TestKit.Activities.Invoke("adaptiveCard/action", null));
        ask["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "ask", ["data"] = new JsonObject { ["text"] = "how many hours a week?", ["vacancy"] = "nds", ["lang"] = "fr" } } };
        var search = Parse(TestKit.Activities.Invoke("composeExtension/query", null));
        search["value"] = new JsonObject
        {
            ["commandId"] = "searchVacancies", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "searchQuery", ["value"] = "knowledge" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 10 },
        };
        var mention = Parse(TestKit.Activities.Message("<at>InternBot</at> grant for OCIO?", expectReplies: true));
        mention["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>InternBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:" + Tokens.AppId, ["name"] = "InternBot" } });
        var added = Parse(TestKit.Activities.Message(""));
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-user" }, new JsonObject { ["id"] = "28:" + Tokens.AppId });
        return [question, background, submit, execute, ask, search, mention, added];
    }

    private static JsonObject Parse(Dictionary<string, object?> activity) => JsonNode.Parse(activity.ToJson())!.AsObject();

    /// <summary>One to three changes to a copy of the seed; one body in ten is also damaged as text or bytes.</summary>
    private static byte[] Mutate(JsonObject seed, Random random)
    {
        var activity = seed.DeepClone().AsObject();

        // Each a new activity: Teams ids are unique (retries, the same body again, are sent by the loop).
        activity["id"] = $"fuzz-{random.Next():x8}{random.Next():x8}";

        var raws = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var nodes = Nodes(activity).ToList();
            var (parent, name, index) = nodes[random.Next(nodes.Count)];
            switch (random.Next(6))
            {
                case 0:
                    // Any value, written raw so that literals JSON libraries refuse to produce (1e400, "\ud800") get through.
                    var placeholder = $"@@raw{raws.Count}@@";
                    raws.Add(RawValues[random.Next(RawValues.Length)]);
                    Set(parent, name, index, JsonValue.Create(placeholder));
                    break;
                case 1 when name is not null:
                    ((JsonObject)parent).Remove(name);
                    break;
                case 2:
                    Set(parent, name, index, new JsonArray(Get(parent, name, index)?.DeepClone()));
                    break;
                case 3:
                    activity["type"] = Types[random.Next(Types.Length)];
                    break;
                case 4:
                    activity["name"] = InvokeNames[random.Next(InvokeNames.Length)];
                    break;
                default:
                    (parent as JsonObject ?? activity)[$"extra{random.Next(5)}"] = JsonValue.Create(random.Next());
                    break;
            }
        }

        var text = activity.ToJsonString();
        for (var i = 0; i < raws.Count; i++)
        {
            text = text.Replace($"\"@@raw{i}@@\"", raws[i], StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return random.Next(10) switch
        {
            0 => bytes[..random.Next(bytes.Length)], // truncated
            1 => [.. bytes[..(bytes.Length / 2)], 0xC3, 0x28, 0xFF, .. bytes[(bytes.Length / 2)..]], // invalid UTF-8
            _ => bytes,
        };
    }

    private static IEnumerable<(JsonNode Parent, string? Name, int Index)> Nodes(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    yield return (o, name, -1);
                    if (child is not null)
                    {
                        foreach (var inner in Nodes(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, null, i);
                    if (a[i] is { } child)
                    {
                        foreach (var inner in Nodes(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Get(JsonNode parent, string? name, int index) => name is not null ? parent[name] : parent[index];

    private static void Set(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (name is not null)
        {
            parent[name] = value;
        }
        else
        {
            parent[index] = value;
        }
    }
}

internal static class FuzzJson
{
    public static string ToJson(this Dictionary<string, object?> activity) =>
        System.Text.Json.JsonSerializer.Serialize(activity, InternBot.Bot.BotFramework.BotJson.Options);

    public static JsonObject Merge(this JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            target[name] = value?.DeepClone();
        }

        return target;
    }
}
