using InternBot.Core.Text;
using Microsoft.AspNetCore.Http;

namespace InternBot.Tab;

internal static class TabLanguage
{
    /// <summary>The user's language: ?lang=fr|en, else the Accept-Language header (Teams passes its locale), else English.</summary>
    public static Language Of(HttpContext http) =>
        Languages.Parse(http.Request.Query["lang"]) ?? Languages.Parse(http.Request.Headers.AcceptLanguage.ToString().Split(',')[0]) ?? Language.English;
}
