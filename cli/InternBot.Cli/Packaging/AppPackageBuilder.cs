using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InternBot.Cli.Packaging;

/// <summary>
/// Builds the Teams app package from manifest/: fills manifest.template.json and its localisation files from an
/// environment file's values, checks that nothing is left unfilled, that the ids agree with each other, and that the
/// icons are what Teams requires, then zips manifest.json, the localisation files and the icons.
/// </summary>
internal static partial class AppPackageBuilder
{
    public const string TemplateFile = "manifest.template.json";
    public const int ColorIconSize = 192;
    public const int OutlineIconSize = 32;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Zip entries get a fixed time so the same inputs give the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public sealed record Result(byte[]? Package, IReadOnlyList<string> Problems, JsonObject? Manifest);

    public static Result Build(string manifestFolder, IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<string>();
        foreach (var v in PackageVariables.All)
        {
            if (!values.TryGetValue(v.Name, out var value) || value.Length == 0)
            {
                problems.Add($"{v.Name} is missing ({v.Meaning}). Fix: set it in the environment file to {v.Shape}.");
            }
            else if (!v.IsValid(value))
            {
                problems.Add($"{v.Name} '{value}' has the wrong shape ({v.Meaning}). Fix: {v.Shape}.");
            }
        }

        var templatePath = Path.Combine(manifestFolder, TemplateFile);
        if (!File.Exists(templatePath))
        {
            return new Result(null, [.. problems, $"{templatePath} does not exist. Fix: pass --manifest with the folder that holds {TemplateFile}."], null);
        }

        var manifest = Fill(TemplateFile, File.ReadAllText(templatePath), values, problems) as JsonObject;
        if (manifest is null)
        {
            return new Result(null, problems, null);
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var language in manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
        {
            var file = language?["file"]?.GetValue<string>() ?? "";
            var path = Path.Combine(manifestFolder, file);
            if (file.Length == 0 || Path.GetFileName(file) != file || !File.Exists(path))
            {
                problems.Add($"localisation file '{file}' ({language?["languageTag"]}) is not in {manifestFolder}. Fix: add it next to {TemplateFile}.");
                continue;
            }

            if (Fill(file, File.ReadAllText(path), values, problems) is { } localised)
            {
                files[file] = JsonSerializer.SerializeToUtf8Bytes(localised, Indented);
            }
        }

        if (problems.Count > 0)
        {
            return new Result(null, problems, manifest);
        }

        CheckConsistency(manifest, values, problems);
        foreach (var (role, size, outline) in new[] { ("color", ColorIconSize, false), ("outline", OutlineIconSize, true) })
        {
            var file = manifest["icons"]?[role]?.GetValue<string>() ?? "";
            var path = Path.Combine(manifestFolder, file);
            if (file.Length == 0 || Path.GetFileName(file) != file || !File.Exists(path))
            {
                problems.Add($"icons.{role} '{file}' is not in {manifestFolder}. Fix: add a {size}x{size} PNG there.");
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            problems.AddRange(IconProblems(file, bytes, size, outline));
            files[file] = bytes;
        }

        if (problems.Count > 0)
        {
            return new Result(null, problems, manifest);
        }

        files["manifest.json"] = JsonSerializer.SerializeToUtf8Bytes(manifest, Indented);
        return new Result(Zip(files), problems, manifest);
    }

    /// <summary>What is wrong with an icon: size, and for the outline icon anything but white on transparency.</summary>
    public static IEnumerable<string> IconProblems(string file, byte[] bytes, int size, bool outline)
    {
        PngImage image;
        try
        {
            image = PngImage.Read(bytes);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return [$"icon {file} cannot be read: {e.Message}. Fix: save it as an 8-bit RGBA PNG."];
        }

        if (image.Width != size || image.Height != size)
        {
            return [$"icon {file} is {image.Width}x{image.Height}; Teams requires {size}x{size}. Fix: resize it (manifest/draw-icons.py draws ours)."];
        }

        var p = image.Rgba;
        if (outline)
        {
            var bad = Enumerable.Range(0, p.Length / 4).Count(i => p[(i * 4) + 3] != 0 && (p[i * 4] != 255 || p[(i * 4) + 1] != 255 || p[(i * 4) + 2] != 255));
            var transparent = Enumerable.Range(0, p.Length / 4).Count(i => p[(i * 4) + 3] == 0);
            return bad > 0 ? [$"outline icon {file} has {bad} pixels that are neither white nor transparent. Fix: draw it in white only on a transparent background."]
                : transparent == 0 ? [$"outline icon {file} has no transparent pixel. Fix: give it a transparent background."]
                : [];
        }

        return [];
    }

    private static JsonNode? Fill(string file, string text, IReadOnlyDictionary<string, string> values, List<string> problems)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add($"{file} is not valid JSON (line {e.LineNumber + 1}): {e.Message} Fix: correct the template.");
            return null;
        }

        var before = problems.Count;
        node = Replace(node, file, values, problems);
        return problems.Count == before ? node : null;
    }

    // Placeholders are replaced inside JSON string values, so a value can never break the JSON around it.
    private static JsonNode? Replace(JsonNode? node, string file, IReadOnlyDictionary<string, string> values, List<string> problems)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    o[key] = Replace(child?.DeepClone(), file, values, problems);
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = Replace(a[i]?.DeepClone(), file, values, problems);
                }

                return a;
            case JsonValue v when v.TryGetValue<string>(out var s) && s.Contains("${{", StringComparison.Ordinal):
                var filled = Placeholder().Replace(s, m =>
                {
                    var name = m.Groups["name"].Value;
                    if (PackageVariables.Find(name) is null)
                    {
                        problems.Add($"{file} uses ${{{{{name}}}}}, which is not a known variable (known: {string.Join(", ", PackageVariables.All.Select(x => x.Name))}). Fix: correct the placeholder.");
                    }

                    return values.GetValueOrDefault(name) is { Length: > 0 } value ? value : m.Value;
                });
                if (filled.Contains("${{", StringComparison.Ordinal) && !problems.Any(p => p.StartsWith(file, StringComparison.Ordinal)))
                {
                    problems.Add($"{file}: a placeholder is left unfilled in '{filled}'. Fix: set its variable in the environment file.");
                }

                return JsonValue.Create(filled);
            default:
                return node;
        }
    }

    private static void CheckConsistency(JsonObject manifest, IReadOnlyDictionary<string, string> values, List<string> problems)
    {
        var botId = values["BOT_ID"];
        var clientId = values["TAB_CLIENT_ID"];
        var domain = values["HOST_DOMAIN"];
        foreach (var path in new[] { "bots", "composeExtensions" })
        {
            foreach (var (item, i) in (manifest[path]?.AsArray() ?? []).Select((x, i) => (x, i)))
            {
                if (item?["botId"]?.GetValue<string>() is { } id && id != botId)
                {
                    problems.Add($"{path}[{i}].botId is {id}, not BOT_ID {botId}. Fix: use ${{{{BOT_ID}}}} in the template.");
                }
            }
        }

        var sso = manifest["webApplicationInfo"];
        var expectedResource = $"api://{domain}/{clientId}";
        if (sso?["id"]?.GetValue<string>() != clientId || sso?["resource"]?.GetValue<string>() != expectedResource)
        {
            problems.Add($"webApplicationInfo must be id {clientId} and resource {expectedResource} (the Application ID URI the tab's token is issued for). Fix: use ${{{{TAB_CLIENT_ID}}}} and api://${{{{HOST_DOMAIN}}}}/${{{{TAB_CLIENT_ID}}}}.");
        }

        var domains = (manifest["validDomains"]?.AsArray() ?? []).Select(d => d?.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var url in Urls(manifest).Where(u => u.StartsWith("https://", StringComparison.Ordinal)))
        {
            var host = new Uri(url).Host;
            if (!domains.Contains(host) && !url.StartsWith("https://developer.microsoft.com/", StringComparison.Ordinal) && url != values["PRIVACY_URL"] && url != values["TERMS_OF_USE_URL"])
            {
                problems.Add($"{url} is on {host}, which is not in validDomains. Fix: serve it from ${{{{HOST_DOMAIN}}}} or add the domain.");
            }
        }
    }

    private static IEnumerable<string> Urls(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Urls(p.Value)),
        JsonArray a => a.SelectMany(Urls),
        JsonValue v when v.TryGetValue<string>(out var s) && Uri.IsWellFormedUriString(s, UriKind.Absolute) && s.StartsWith("http", StringComparison.Ordinal) => [s],
        _ => [],
    };

    private static byte[] Zip(SortedDictionary<string, byte[]> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var s = entry.Open();
                s.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    [GeneratedRegex(@"\$\{\{(?<name>[A-Za-z0-9_]*)\}\}")]
    private static partial Regex Placeholder();
}
