namespace InternBot.Cli.Packaging;

/// <summary>
/// A dotenv-style file: NAME=value per line, '#' comments and blank lines ignored, optional quotes around a value.
/// Anything else is an error that names the line.
/// </summary>
internal static class EnvironmentFile
{
    public static (Dictionary<string, string> Values, List<string> Problems) Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? line[..equals].Trim() : "";
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                problems.Add($"{path} line {i + 1}: expected NAME=value, found '{Shorten(line)}'.");
                continue;
            }

            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            if (!values.TryAdd(name, value))
            {
                problems.Add($"{path} line {i + 1}: {name} is set twice; keep one.");
            }
        }

        return (values, problems);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
