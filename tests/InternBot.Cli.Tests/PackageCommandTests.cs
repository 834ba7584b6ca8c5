using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Cli.Packaging;
using InternBot.Testing;

namespace InternBot.Cli.Tests;

public sealed class PackageCommandTests
{
    private static string ManifestFolder => Path.Combine(Repository.Root, "manifest");

    private static string ExampleEnv => Path.Combine(ManifestFolder, "env", "example.env");

    private static Dictionary<string, string> ExampleValues => EnvironmentFile.Read(ExampleEnv).Values;

    private static async Task<CliRun> Package(string env, string output, string? manifest = null) =>
        await CliRun.Of(["package", "--env", env, "--out", output, "--manifest", manifest ?? ManifestFolder]);

    private static string WriteEnv(Files files, Dictionary<string, string> values) =>
        files.Write("test.env", string.Join('\n', values.Select(kv => $"{kv.Key}={kv.Value}")));

    private static string Unzip(string zip, Files files)
    {
        var folder = Path.Combine(files.Folder, "unpacked");
        ZipFile.ExtractToDirectory(zip, folder);
        return folder;
    }

    [Fact]
    public async Task TheExamplePackageHoldsManifestLocalisationAndIconsWithEveryPlaceholderFilled()
    {
        using var files = new Files();
        var zip = Path.Combine(files.Folder, "appPackage.zip");
        var run = await Package(ExampleEnv, zip);
        Assert.Equal(0, run.ExitCode);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain("${{", await reader.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThePackageValidatesAgainstTheBundledTeamsSchemasAtItsDeclaredVersion()
    {
        using var files = new Files();
        var zip = Path.Combine(files.Folder, "appPackage.zip");
        Assert.Equal(0, (await Package(ExampleEnv, zip)).ExitCode);
        var result = JsonNode.Parse(await Repository.NodeAsync("tests/manifest", "validate.mjs", Unzip(zip, files)))!;
        Assert.Equal("1.30", result["schemaVersion"]!.GetValue<string>());
        Assert.Empty(result["manifest"]!.AsArray());
        Assert.Empty(result["localization"]!["fr.json"]!.AsArray());
    }

    [Fact]
    public async Task TheSchemaCheckCatchesABrokenManifestAndLocalisationFile()
    {
        using var files = new Files();
        var zip = Path.Combine(files.Folder, "appPackage.zip");
        Assert.Equal(0, (await Package(ExampleEnv, zip)).ExitCode);
        var folder = Unzip(zip, files);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json"), TestContext.Current.CancellationToken))!.AsObject();
        manifest.Remove("name");
        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), manifest.ToJsonString(), TestContext.Current.CancellationToken);
        var loc = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "fr.json"), TestContext.Current.CancellationToken))!.AsObject();
        loc["configurableTabs[0].name"] = "Candidatures";
        await File.WriteAllTextAsync(Path.Combine(folder, "fr.json"), loc.ToJsonString(), TestContext.Current.CancellationToken);

        var result = JsonNode.Parse(await Repository.NodeAsync("tests/manifest", "validate.mjs", folder))!;
        var problems = result["manifest"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Contains(problems, p => p.Contains("'name'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("/bots/0/scopes/0", StringComparison.Ordinal));
        Assert.Contains(result["localization"]!["fr.json"]!.AsArray(), p => p!.GetValue<string>().Contains("configurableTabs[0].name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdsAgreeBetweenManifestBotSsoResourceAndTheHostSettings()
    {
        using var files = new Files();
        var zip = Path.Combine(files.Folder, "appPackage.zip");
        var run = await Package(ExampleEnv, zip);
        var values = ExampleValues;
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Unzip(zip, files), "manifest.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(values["TEAMS_APP_ID"], manifest["id"]!.GetValue<string>());
        Assert.Equal(values["BOT_ID"], manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(values["BOT_ID"], manifest["composeExtensions"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(values["TAB_CLIENT_ID"], manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        var resource = manifest["webApplicationInfo"]!["resource"]!.GetValue<string>();
        Assert.Equal($"api://{values["HOST_DOMAIN"]}/{values["TAB_CLIENT_ID"]}", resource);
        Assert.Equal([values["HOST_DOMAIN"]], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));

        // The settings the command tells the operator to give the host carry the same ids.
        Assert.Contains($"Bot__AppId={values["BOT_ID"]}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Tab__ClientId={values["TAB_CLIENT_ID"]}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Tab__ApplicationIdUri={resource}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheManifestDeclaresEveryFeatureTheAppShips()
    {
        using var files = new Files();
        var zip = Path.Combine(files.Folder, "appPackage.zip");
        await Package(ExampleEnv, zip);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Unzip(zip, files), "manifest.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(["groupChat", "personal", "team"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order());
        Assert.Equal(["Onboarding", "Vacancies"], manifest["staticTabs"]!.AsArray().Where(t => t!["name"] is not null).Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(["sharePointFullPage", "sharePointWebPart"], manifest["configurableTabs"]![0]!["supportedSharePointHosts"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("searchVacancies", manifest["composeExtensions"]![0]!["commands"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("fr", manifest["localizationInfo"]!["additionalLanguages"]![0]!["languageTag"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSameInputsGiveTheSameBytes()
    {
        using var files = new Files();
        var first = Path.Combine(files.Folder, "a.zip");
        var second = Path.Combine(files.Folder, "b.zip");
        await Package(ExampleEnv, first);
        await Package(ExampleEnv, second);
        Assert.Equal(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("BOT_ID", "", "BOT_ID is missing")]
    [InlineData("BOT_ID", "my-bot", "BOT_ID 'my-bot' has the wrong shape")]
    [InlineData("TAB_CLIENT_ID", "<client id>", "TAB_CLIENT_ID '<client id>' has the wrong shape")]
    [InlineData("HOST_DOMAIN", "https://internbot.azurewebsites.net", "without scheme")]
    [InlineData("HOST_DOMAIN", "localhost", "HOST_DOMAIN 'localhost' has the wrong shape")]
    [InlineData("APP_VERSION", "1.0", "major.minor.patch")]
    [InlineData("PRIVACY_URL", "http://example.org/privacy", "an absolute https URL")]
    [InlineData("PUBLISHER_NAME", "The Internship Office of NATO Headquarters, Brussels", "1 to 32 characters")]
    public async Task AMissingOrMisshapenValueIsRefusedAndNothingIsWritten(string name, string value, string expected)
    {
        using var files = new Files();
        var values = ExampleValues;
        if (value.Length == 0)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }

        var zip = Path.Combine(files.Folder, "appPackage.zip");
        var run = await Package(WriteEnv(files, values), zip);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("No package was written", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
        Assert.False(File.Exists(zip + ".tmp"));
    }

    [Fact]
    public async Task AFailedRunLeavesAnEarlierPackageUntouched()
    {
        using var files = new Files();
        var zip = Path.Combine(files.Folder, "appPackage.zip");
        await Package(ExampleEnv, zip);
        var before = await File.ReadAllBytesAsync(zip, TestContext.Current.CancellationToken);
        var values = ExampleValues;
        values["BOT_ID"] = "x";
        Assert.Equal(2, (await Package(WriteEnv(files, values), zip)).ExitCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(zip, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AMalformedEnvironmentFileNamesTheLine()
    {
        using var files = new Files();
        var env = files.Write("bad.env", "# comment\nTEAMS_APP_ID=6f1c2a4e-0d6b-4f0e-9a57-3c1d2e4f5a6b\nthis line has no equals sign\nBOT_ID=1\nBOT_ID=2\n");
        var run = await Package(env, Path.Combine(files.Folder, "p.zip"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 3: expected NAME=value", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 5: BOT_ID is set twice", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPlaceholderInTheTemplateIsRefused()
    {
        using var files = new Files();
        var run = await PackageWithTemplate(files, t => t.Replace("\"InternBot\"", "\"${{APP_NAME}}\"", StringComparison.Ordinal));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("uses ${{APP_NAME}}, which is not a known variable", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABotIdThatDisagreesWithTheEnvironmentIsRefused()
    {
        using var files = new Files();
        var run = await PackageWithTemplate(files, t =>
        {
            var json = JsonNode.Parse(t)!;
            json["composeExtensions"]![0]!["botId"] = "00000000-0000-0000-0000-000000000001";
            return json.ToJsonString();
        });
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("composeExtensions[0].botId is 00000000-0000-0000-0000-000000000001, not BOT_ID", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IconsOfTheWrongSizeOrAColouredOutlineAreRefused()
    {
        using var files = new Files();
        var manifest = CopyManifestFolder(files);
        await File.WriteAllBytesAsync(Path.Combine(manifest, "color.png"), TestPng.Solid(96, 96, 10, 60, 110, 255), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(manifest, "outline.png"), TestPng.Solid(32, 32, 200, 0, 0, 255), TestContext.Current.CancellationToken);
        var run = await Package(ExampleEnv, Path.Combine(files.Folder, "p.zip"), manifest);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("icon color.png is 96x96; Teams requires 192x192", run.Error, StringComparison.Ordinal);
        Assert.Contains("outline icon outline.png has 1024 pixels that are neither white nor transparent", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedIconsHaveTheSizesAndColoursTeamsRequires()
    {
        var color = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestFolder, "color.png")));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Empty(AppPackageBuilder.IconProblems("outline.png", File.ReadAllBytes(Path.Combine(ManifestFolder, "outline.png")), 32, outline: true));
        var outline = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestFolder, "outline.png")));
        var alphas = Enumerable.Range(0, outline.Width * outline.Height).Select(i => outline.Rgba[(i * 4) + 3]).ToList();
        Assert.Contains(alphas, a => a == 0);
        Assert.Contains(alphas, a => a == 255);
    }

    [Fact]
    public void ThePngReaderUndoesEveryRowFilter()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var (w, h) = (random.Next(1, 40), random.Next(1, 40));
            var rgba = new byte[w * h * 4];
            random.NextBytes(rgba);
            var filters = Enumerable.Range(0, h).Select(_ => (byte)random.Next(0, 5)).ToArray();
            var image = PngImage.Read(TestPng.Encode(w, h, rgba, filters));
            Assert.Equal((w, h), (image.Width, image.Height));
            Assert.Equal(rgba, image.Rgba);
        }
    }

    [Fact]
    public void ABrokenPngIsAClearProblemNotACrash()
    {
        Assert.Contains("cannot be read: not a PNG file", Assert.Single(AppPackageBuilder.IconProblems("color.png", "GIF89a..."u8.ToArray(), 192, outline: false)), StringComparison.Ordinal);
        var truncated = File.ReadAllBytes(Path.Combine(ManifestFolder, "color.png"))[..60];
        Assert.Contains("cannot be read", Assert.Single(AppPackageBuilder.IconProblems("color.png", truncated, 192, outline: false)), StringComparison.Ordinal);
    }

    /// <summary>Packages the example environment with a copy of manifest/ whose template was changed.</summary>
    private static async Task<CliRun> PackageWithTemplate(Files files, Func<string, string> change)
    {
        var manifest = CopyManifestFolder(files);
        var template = Path.Combine(manifest, AppPackageBuilder.TemplateFile);
        await File.WriteAllTextAsync(template, change(await File.ReadAllTextAsync(template, TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);
        return await Package(ExampleEnv, Path.Combine(files.Folder, "p.zip"), manifest);
    }

    private static string CopyManifestFolder(Files files)
    {
        var target = Path.Combine(files.Folder, "manifest");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(ManifestFolder))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}

/// <summary>A PNG encoder for tests, with a chosen filter per row (the shipped icons use only some).</summary>
internal static class TestPng
{
    public static byte[] Solid(int w, int h, byte r, byte g, byte b, byte a) =>
        Encode(w, h, Enumerable.Range(0, w * h).SelectMany(_ => new[] { r, g, b, a }).ToArray(), new byte[h]);

    public static byte[] Encode(int w, int h, byte[] rgba, byte[] filters)
    {
        var stride = w * 4;
        using var raw = new MemoryStream();
        for (var y = 0; y < h; y++)
        {
            raw.WriteByte(filters[y]);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= 4 ? rgba[(y * stride) + x - 4] : 0;
                int b = y > 0 ? rgba[((y - 1) * stride) + x] : 0;
                int c = x >= 4 && y > 0 ? rgba[((y - 1) * stride) + x - 4] : 0;
                int predictor = filters[y] switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => Paeth(a, b, c) };
                raw.WriteByte((byte)(rgba[(y * stride) + x] - predictor));
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw.ToArray());
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, w);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), h);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    // The reader does not check CRCs, so a zero CRC keeps this short.
    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        s.Write(System.Text.Encoding.ASCII.GetBytes(type));
        s.Write(data);
        s.Write(new byte[4]);
    }
}
