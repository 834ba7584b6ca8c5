namespace InternBot.Bot.Hosting;

/// <summary>
/// The environment "dotnet run" starts in. The launch profile asks for Development through its own variable rather
/// than ASPNETCORE_ENVIRONMENT, so an environment the person chose (ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or
/// --environment) always wins and a production-like run cannot land in Development by accident.
/// </summary>
internal static class LaunchEnvironment
{
    /// <summary>Set by bot/Properties/launchSettings.json.</summary>
    public const string ProfileVariable = "INTERNBOT_LAUNCH_ENVIRONMENT";

    public static WebApplicationOptions Options(string[] args)
    {
        var chosen = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var onCommandLine = args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        var fromProfile = chosen is null && !onCommandLine ? Environment.GetEnvironmentVariable(ProfileVariable) : null;
        return new WebApplicationOptions { Args = args, EnvironmentName = string.IsNullOrWhiteSpace(fromProfile) ? null : fromProfile };
    }
}
