using System.Globalization;
using System.Threading.RateLimiting;
using InternBot.Tab.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Tab;

/// <summary>
/// ASP.NET Core's rate limiter on the tab: the anonymous sign-in endpoints per client address (each start stores a
/// pending sign-in), the API per signed-in person (Tab:SignInRequestsPerMinute, Tab:ApiRequestsPerMinute). A refusal
/// is a 429 with Retry-After and a problem body.
/// </summary>
public static class TabRateLimits
{
    public const string AnonymousPolicy = "tab-anonymous";
    public const string PerUserPolicy = "tab-per-user";

    internal static IServiceCollection AddTabRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: $"Too many requests in a short time; try again in {(int)Math.Ceiling(retry.TotalSeconds)} seconds.").ExecuteAsync(context.HttpContext);
            };
            o.AddPolicy(AnonymousPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => PerMinute(Options(http).SignInRequestsPerMinute)));
            o.AddPolicy(PerUserPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirst(TabUser.ObjectIdClaim)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => PerMinute(Options(http).ApiRequestsPerMinute)));
        });

    private static TabOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<TabOptions>>().Value;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}
