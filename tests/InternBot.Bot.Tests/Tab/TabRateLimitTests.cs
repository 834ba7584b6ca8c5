using System.Net;
using System.Net.Http.Headers;
using InternBot.Bot.Tests.BotFramework;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.SignIn;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InternBot.Bot.Tests.Tab;

/// <summary>What anonymous callers and signed-in people can make the tab do in a minute, and what the sign-in keeps.</summary>
public sealed class TabRateLimitTests
{
    [Fact]
    public async Task TheAnonymousSignInIsLimitedPerAddressWithRetryAfter()
    {
        using var host = BotHost.Authenticated();
        host.ExtraSettings["Tab:ClientSecret"] = "tab-secret";
        host.ExtraSettings["Tab:SignInRequestsPerMinute"] = "5";
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/tab/auth/start?purpose=sign-in", TestContext.Current.CancellationToken)).StatusCode);
        }

        var refused = await client.GetAsync("/tab/auth/start?purpose=sign-in", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("try again", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/tab/sign-in-options", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TheApiIsLimitedPerPersonNotForEveryone()
    {
        using var host = BotHost.Authenticated();
        host.ExtraSettings["Tab:ApiRequestsPerMinute"] = "3";
        var key = host.Identity.Publish(FakeIdentityProvider.EntraMetadataTemplate.Replace("{tenant}", Tokens.TenantId, StringComparison.Ordinal), "tab-key-1");
        HttpClient As(string objectId)
        {
            var c = host.CreateClient();
            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.TabSso(key, objectId, ["Staff"]));
            return c;
        }

        var busy = As("a0000000-0000-0000-0000-00000000000a");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/tab/me", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await busy.GetAsync("/api/tab/me", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await As("b0000000-0000-0000-0000-00000000000b").GetAsync("/api/tab/me", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void PendingSignInsAreBoundedAndExpiredOnesMakeRoom()
    {
        var time = new StoppedTime();
        var pending = new PendingSignIns(time, capacity: 2);
        Assert.True(pending.TryAdd("a", new PendingSignIn("v", SignInPurpose.SignIn, "r")));
        Assert.True(pending.TryAdd("b", new PendingSignIn("v", SignInPurpose.SignIn, "r")));
        Assert.False(pending.TryAdd("c", new PendingSignIn("v", SignInPurpose.SignIn, "r")));

        time.Now += PendingSignIns.Lifetime;
        Assert.True(pending.TryAdd("c", new PendingSignIn("v", SignInPurpose.Consent, "r")));
        Assert.Null(pending.Take("a"));
        Assert.Equal(SignInPurpose.Consent, pending.Take("c")?.Purpose);
        Assert.Null(pending.Take("c"));
    }

    [Fact]
    public async Task WhenTooManySignInsArePendingAStartIsRefusedNotStored()
    {
        using var host = BotHost.Authenticated();
        host.ExtraSettings["Tab:ClientSecret"] = "tab-secret";
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pending = (PendingSignIns)host.Services.GetService(typeof(PendingSignIns))!;
        for (var i = 0; pending.TryAdd($"filler-{i}", new PendingSignIn("v", SignInPurpose.SignIn, "r")); i++)
        {
        }

        var refused = await client.GetAsync("/tab/auth/start?purpose=sign-in", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
    }
}
