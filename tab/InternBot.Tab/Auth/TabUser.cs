using System.Security.Claims;
using InternBot.Core.Applications;
using InternBot.Core.Roles;
using Microsoft.AspNetCore.Http;

namespace InternBot.Tab.Auth;

/// <summary>The signed-in tab user as claims: Entra object id, display name, app roles.</summary>
public static class TabUser
{
    public const string TeamsSsoScheme = "TeamsSso";
    public const string DevelopmentScheme = "Development";
    public const string ObjectIdClaim = "oid";

    /// <summary>Where sign-in keeps the request's bearer token (never logged) for reading on the user's behalf.</summary>
    public const string AccessTokenItem = "InternBot.Tab.AccessToken";

    public static ClaimsPrincipal Principal(string objectId, string? name, IEnumerable<Role> roles, string scheme)
    {
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ObjectIdClaim, objectId));
        identity.AddClaim(new Claim(ClaimTypes.Name, name ?? objectId));
        foreach (var role in roles.Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }

        return new ClaimsPrincipal(identity);
    }

    public static string ObjectId(this ClaimsPrincipal user) => user.FindFirst(ObjectIdClaim)?.Value ?? throw new InvalidOperationException("The tab user has no object id.");

    /// <summary>The person reading applications in this request, with their token when they signed in with one.</summary>
    public static ApplicationReader Reader(this HttpContext context) =>
        new(context.User.ObjectId(), context.Items[AccessTokenItem] as string);

    public static bool Is(this ClaimsPrincipal user, Role role) => user.IsInRole(role.ToString());
}
