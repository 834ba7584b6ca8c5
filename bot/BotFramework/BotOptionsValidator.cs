using Microsoft.Extensions.Options;

namespace InternBot.Bot.BotFramework;

/// <summary>
/// Checks the bot's settings at start-up so a missing or inconsistent one stops the host with its name and the
/// fix, instead of failing on the first message.
/// </summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.AllowAnonymous)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"Bot:AllowAnonymous is true in the '{environment.EnvironmentName}' environment. Anonymous mode is for local development only: set Bot:AllowAnonymous to false and configure Bot:AppId, Bot:AppType and credentials.");
            }

            if (!string.IsNullOrWhiteSpace(options.AppId))
            {
                failures.Add("Bot:AllowAnonymous is true but Bot:AppId is set. Choose one: remove Bot:AppId for anonymous local development, or set Bot:AllowAnonymous to false.");
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add("Bot:AppId is missing. Set it to the Azure Bot's Microsoft App ID (environment variable Bot__AppId), or for local development set Bot:AllowAnonymous to true in the Development environment.");
        }

        if (!Enum.TryParse<BotAppType>(options.AppType, ignoreCase: true, out var appType) || int.TryParse(options.AppType, out _))
        {
            failures.Add($"Bot:AppType is '{(string.IsNullOrWhiteSpace(options.AppType) ? "(missing)" : options.AppType)}'. Set it to MultiTenant, SingleTenant or UserAssignedMSI, as in the Azure Bot resource.");
            return ValidateOptionsResult.Fail(failures);
        }

        if (appType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add($"Bot:TenantId is missing; a {appType} bot needs its Entra tenant id (environment variable Bot__TenantId).");
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        switch (appType)
        {
            case BotAppType.MultiTenant when !hasSecret:
                failures.Add("Bot:ClientSecret is missing; a MultiTenant bot authenticates with its client secret (in Azure, a Key Vault reference).");
                break;
            case BotAppType.MultiTenant when hasCertificate:
                failures.Add("Bot:CertificatePath is set for a MultiTenant bot; certificates are supported for SingleTenant bots. Remove it or change Bot:AppType.");
                break;
            case BotAppType.SingleTenant when hasSecret == hasCertificate:
                failures.Add("A SingleTenant bot needs exactly one credential: set Bot:ClientSecret or Bot:CertificatePath, not both or neither.");
                break;
            case BotAppType.UserAssignedMSI when hasSecret || hasCertificate:
                failures.Add("Bot:ClientSecret or Bot:CertificatePath is set for a UserAssignedMSI bot; a managed identity needs no secret. Remove them.");
                break;
        }

        if (hasCertificate && !File.Exists(options.CertificatePath))
        {
            failures.Add($"Bot:CertificatePath '{options.CertificatePath}' does not exist. Point it at the bot's PEM or PFX certificate.");
        }

        if (options.AllowedCallers.Any(c => string.IsNullOrWhiteSpace(c) || c.Trim() == "*"))
        {
            failures.Add("Bot:AllowedCallers holds an empty entry or \"*\". List the app ids (GUIDs) whose Entra tokens may call the bot, one per entry; leave it empty to accept only Bot Connector tokens.");
        }
        else if (options.AllowedCallers.Count > 0 && appType == BotAppType.MultiTenant)
        {
            failures.Add("Bot:AllowedCallers is set for a MultiTenant bot, which accepts only Bot Connector tokens. Remove it or change Bot:AppType to SingleTenant or UserAssignedMSI.");
        }

        foreach (var (key, url) in new[] { ("Bot:BotConnectorMetadataUrl", options.BotConnectorMetadataUrl), ("Bot:EntraMetadataUrlTemplate", options.EntraMetadataUrlTemplate.Replace("{tenant}", "t", StringComparison.Ordinal)) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(environment.IsDevelopment() && uri.IsLoopback)))
            {
                failures.Add($"{key} '{url}' is not an https address. Use the documented metadata address (an http loopback address is accepted in Development only).");
            }
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
