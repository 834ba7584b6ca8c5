namespace InternBot.Core.Configuration;

/// <summary>How a setting that names one of a few choices is read, the same way for every such setting.</summary>
public static class SettingValues
{
    /// <summary>
    /// The choice a value names (any case, spaces around ignored; empty means <paramref name="whenEmpty"/>), or null
    /// when it names none. A number is never a choice, although Enum.TryParse would accept one.
    /// </summary>
    public static T? Choice<T>(string? value, T whenEmpty)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? whenEmpty
        : Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var choice) && Enum.IsDefined(choice) && !int.TryParse(value, out _) ? choice : null;
}
