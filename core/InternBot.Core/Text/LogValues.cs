using System.Diagnostics;
using System.Text;

namespace InternBot.Core.Text;

/// <summary>
/// What may reach a log from a request. Values a client controls (activity ids and types, verbs, invoke names) are
/// capped and stripped of control characters, so a CR/LF cannot forge a log line and a 70 KB id cannot flood the log;
/// exceptions are logged as their type and where they were thrown, never their message (which can quote input).
/// </summary>
public static class LogValues
{
    public const int MaxLength = 64;

    public static string Safe(string? value, int maxLength = MaxLength)
    {
        if (value is null)
        {
            return "(none)";
        }

        var text = new StringBuilder(Math.Min(value.Length, maxLength) + 16);
        foreach (var c in value)
        {
            if (text.Length >= maxLength)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"…(+{value.Length - maxLength})");
                break;
            }

            // Control, format (bidi overrides), line and paragraph separators and surrogates all become '?'.
            text.Append(char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator ? '?' : c);
        }

        return text.ToString();
    }

    /// <summary>"NullReferenceException at InternBotHandler.ActAsync": enough to find the bug, nothing the user wrote.</summary>
    public static string Describe(Exception exception)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("InternBot", StringComparison.Ordinal) == true)
            ?? new StackTrace(exception, fNeedFileInfo: false).GetFrame(0);
        var method = frame?.GetMethod();
        var where = method is null ? "unknown" : $"{method.DeclaringType?.Name}.{method.Name}";
        return $"{exception.GetType().Name} at {where}";
    }
}

/// <summary>
/// A value a client sent, for a log message parameter: cleaned (<see cref="LogValues.Safe"/>) only when the message is
/// actually written.
/// </summary>
public readonly record struct Untrusted(string? Value)
{
    public override string ToString() => LogValues.Safe(Value);
}

/// <summary>An exception for a log message parameter: its type and where it was thrown (<see cref="LogValues.Describe"/>), worked out only when written.</summary>
public readonly record struct Failure(Exception Exception)
{
    public override string ToString() => LogValues.Describe(Exception);
}
