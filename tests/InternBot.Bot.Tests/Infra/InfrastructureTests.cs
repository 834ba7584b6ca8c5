using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InternBot.Bot.BotFramework;
using InternBot.Bot.Roles;
using InternBot.Core.Roles;
using InternBot.Storage.SharePoint;
using InternBot.Storage.Sqlite;
using InternBot.Tab;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Infra;

/// <summary>
/// What the compiler cannot check (BicepTests compiles and lints): every app setting the template writes is one the
/// host reads, and the app registration matches what the host and Teams expect.
/// </summary>
public sealed partial class InfrastructureTests
{
    private static readonly string Infra = Path.Combine(Repository.Root, "infra");

    // Configuration sections the host binds, by the prefix app settings use (the tab's section feeds two option types).
    private static readonly Dictionary<string, Type[]> Sections = new(StringComparer.Ordinal)
    {
        ["Bot"] = [typeof(BotOptions)],
        ["Roles"] = [typeof(RoleOptions)],
        ["Tab"] = [typeof(TabOptions), typeof(InternBot.Identity.EntraAppOptions)],
        ["Storage"] = [typeof(InternBot.Bot.Hosting.StorageOptions)],
        ["Storage:Sqlite"] = [typeof(SqliteStorageOptions)],
        ["Storage:AzureStorage"] = [typeof(InternBot.Storage.AzureStorage.AzureStorageOptions)],
        ["Storage:SharePoint"] = [typeof(SharePointListOptions)],
    };

    private static IEnumerable<string> AppSettingNames() =>
        SettingName().Matches(File.ReadAllText(Path.Combine(Infra, "main.bicep"))).Select(m => m.Groups["name"].Value);

    [Fact]
    public void EveryAppSettingTheTemplateWritesIsOneTheHostReads()
    {
        var names = AppSettingNames().ToList();
        Assert.Contains("Bot__AppId", names);
        Assert.Contains("Tab__ClientId", names);
        foreach (var name in names)
        {
            var path = name.Split("__");
            var section = Sections.Keys.Where(k => string.Join(':', path).StartsWith(k + ":", StringComparison.Ordinal)).MaxBy(k => k.Length);
            Assert.False(section is null, $"main.bicep sets {name}, but the host binds no section for it");
            var parts = path[section.Split(':').Length..];
            Assert.True(Sections[section].Any(type => Reads(type, parts)), $"main.bicep sets {name}, but none of {string.Join(", ", Sections[section].Select(t => t.Name))} has the property {string.Join(':', parts)}");
        }
    }

    private static bool Reads(Type type, IEnumerable<string> path)
    {
        foreach (var part in path)
        {
            if (type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance) is not { } property)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return true;
    }

    [Fact]
    public void TheBotTypesTheTemplateAllowsAreOnesTheHostAccepts()
    {
        var bicep = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        var allowed = Regex.Match(bicep, @"@allowed\(\[(?<v>[^\]]*)\]\)\s*param botAppType", RegexOptions.Singleline).Groups["v"].Value;
        var types = Regex.Matches(allowed, "'(?<t>[^']+)'").Select(m => m.Groups["t"].Value).ToList();
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], types);
        foreach (var type in types)
        {
            var options = new BotOptions { AppId = Guid.NewGuid().ToString(), AppType = type, TenantId = Guid.NewGuid().ToString(), ClientSecret = type == "SingleTenant" ? "from-key-vault" : null };
            var result = new BotOptionsValidator(new Production()).Validate(null, options);
            Assert.True(result.Succeeded, $"{type}: {result.FailureMessage}");
        }
    }

    [Fact]
    public void TheTemplateSelectsTheSharedStoreWithSettingsTheHostAcceptsAndCreatesItsTables()
    {
        var bicep = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Contains("Storage__Provider: 'AzureStorage'", bicep, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__Sqlite__Path", bicep, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionString", bicep, StringComparison.Ordinal);

        var storage = File.ReadAllText(Path.Combine(Infra, "modules", "storage.bicep"));
        var prefix = Regex.Match(storage, @"param namePrefix string = '(?<p>[^']+)'").Groups["p"].Value;
        Assert.Equal(new InternBot.Storage.AzureStorage.AzureStorageOptions().NamePrefix, prefix);
        var tables = Regex.Match(storage, @"for suffix in \[(?<t>[^\]]+)\]").Groups["t"].Value;
        Assert.Equal(InternBot.Storage.AzureStorage.AzureStorageAccount.TableSuffixes, Regex.Matches(tables, "'(?<s>[^']+)'").Select(m => m.Groups["s"].Value));
        Assert.Contains($"'${{namePrefix}}{InternBot.Storage.AzureStorage.AzureStorageAccount.DeliveriesSuffix}'", storage, StringComparison.Ordinal);
        Assert.Contains("allowSharedKeyAccess: false", storage, StringComparison.Ordinal);

        // What the deployed settings look like (account endpoints end with a slash) passes the host's validation.
        var deployed = new InternBot.Storage.AzureStorage.AzureStorageOptions
        {
            ServiceUri = "https://internbotstabc.blob.core.windows.net/", TableServiceUri = "https://internbotstabc.table.core.windows.net/",
            ManagedIdentityClientId = Guid.NewGuid().ToString(), NamePrefix = prefix,
        };
        var result = new InternBot.Storage.AzureStorage.AzureStorageOptionsValidator().Validate(null, deployed);
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void TheOutputsThePackageStepNeedsExist()
    {
        var bicep = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Matches(@"output hostDomain string", bicep);
        Assert.Matches(@"output botAppId string", bicep);
        Assert.Matches(@"'https://\$\{app\.outputs\.hostName\}/api/messages'", bicep);
    }

    [Fact]
    public void EveryModuleTheTemplateUsesExistsAndEveryParameterIsExplained()
    {
        var bicep = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        foreach (Match m in Regex.Matches(bicep, @"module \w+ '(?<path>[^']+)'"))
        {
            Assert.True(File.Exists(Path.Combine(Infra, m.Groups["path"].Value)), $"{m.Groups["path"].Value} is missing");
        }

        var parameters = Regex.Matches(bicep, @"^param (?<name>\w+)", RegexOptions.Multiline).Select(m => m.Groups["name"].Value).ToList();
        var file = File.ReadAllText(Path.Combine(Infra, "main.bicepparam"));
        foreach (var p in parameters.Where(p => p != "location"))
        {
            Assert.Matches($@"(?m)^param {p} =", file);
        }
    }

    [Fact]
    public void TheAppRegistrationPreAuthorisesTeamsOfficeAndOutlookForTheOneScopeAndLeavesRolesToTheGroups()
    {
        var app = JsonNode.Parse(File.ReadAllText(Path.Combine(Infra, "entra", "app-registration.json")))!;
        var scope = Assert.Single(app["api"]!["oauth2PermissionScopes"]!.AsArray())!;
        Assert.Equal("access_as_user", scope["value"]!.GetValue<string>());
        Assert.Equal(2, app["api"]!["requestedAccessTokenVersion"]!.GetValue<int>());
        string[] clients =
        [
            "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", "4765445b-32c6-49b0-83e6-1d93765276ca",
            "0ec893e0-5785-4de6-99da-4ed124e5296c", "d3590ed6-52b3-4102-aeff-aad2292ab01c", "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
            "27922004-5251-4030-b22d-91ecd9a37ea4",
        ];
        var preAuthorised = app["api"]!["preAuthorizedApplications"]!.AsArray();
        Assert.Equal(clients.Order(), preAuthorised.Select(p => p!["appId"]!.GetValue<string>()).Order());
        Assert.All(preAuthorised, p => Assert.Equal([scope["id"]!.GetValue<string>()], p!["delegatedPermissionIds"]!.AsArray().Select(i => i!.GetValue<string>())));
        Assert.True(Guid.TryParse(scope["id"]!.GetValue<string>(), out _));

        // One role source for chat and tab: Entra groups read through Graph, one group per role; no app roles that
        // an administrator could assign and the host would ignore.
        Assert.Null(app["appRoles"]);
        var bicep = File.ReadAllText(Path.Combine(Infra, "main.bicep"));
        Assert.Contains("Roles__Source: 'EntraGroups'", bicep, StringComparison.Ordinal);
        Assert.All(Enum.GetNames<Role>(), role => Assert.Matches($@"Roles__Groups__{role}: \w+GroupId", bicep));

        // The pop-up sign-in's redirect, as the host serves it.
        Assert.Contains("https://$host/tab/auth/end", File.ReadAllText(Path.Combine(Infra, "entra", "register-app.sh")), StringComparison.Ordinal);
    }

    private sealed class Production : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "InternBot.Bot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    [GeneratedRegex(@"^\s+(?<name>[A-Za-z]+(?:__[A-Za-z]+)+):", RegexOptions.Multiline)]
    private static partial Regex SettingName();
}
