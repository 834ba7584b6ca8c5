using System.Security.Claims;
using InternBot.Core.Roles;

namespace InternBot.Tab.Auth;

/// <summary>The signed-in tab user as claims: Entra object id, display name, app roles.</summary>
public static class TabUser
{
    public const string TeamsSsoScheme = "TeamsSso";
    public const string DevelopmentScheme = "Development";
    public const string ObjectIdClaim = "oid";

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

    public static bool Is(this ClaimsPrincipal user, Role role) => user.IsInRole(role.ToString());
}
