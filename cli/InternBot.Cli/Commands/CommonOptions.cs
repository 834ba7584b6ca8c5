using System.CommandLine;
using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Commands;

internal static class CommonOptions
{
    public static readonly Option<string?> Vacancies = new("--vacancies")
    {
        Description = $"Folder of vacancy data files (default: {VacancyCatalogueLoader.PathKey} from the environment variable Vacancies__Path, else the shipped catalogue).",
        Recursive = true,
    };

    /// <summary>Loads the catalogue, or prints every problem and returns null.</summary>
    public static VacancyCatalogue? LoadCatalogue(ParseResult parsed, CliEnvironment env)
    {
        var folder = parsed.GetValue(Vacancies) ?? env.GetVariable("Vacancies__Path") ?? VacancyCatalogueLoader.DefaultPath;
        var result = VacancyCatalogueLoader.Load(folder);
        if (result.Catalogue is not null)
        {
            return result.Catalogue;
        }

        env.Error.WriteLine($"error: the vacancy catalogue in '{folder}' could not be loaded ({result.Problems.Count} problem(s)); nothing was done:");
        foreach (var problem in result.Problems)
        {
            env.Error.WriteLine($"  - {problem}");
        }

        return null;
    }

    /// <summary>Loads the catalogue if it loads; null (silently) otherwise. For checks that are useful but optional.</summary>
    public static VacancyCatalogue? TryLoadCatalogue(ParseResult parsed, CliEnvironment env) =>
        VacancyCatalogueLoader.Load(parsed.GetValue(Vacancies) ?? env.GetVariable("Vacancies__Path") ?? VacancyCatalogueLoader.DefaultPath).Catalogue;

    /// <summary>Finds the vacancy named on the command line, or explains why not.</summary>
    public static Vacancy? FindVacancy(VacancyCatalogue catalogue, string name, CliEnvironment env)
    {
        var match = catalogue.Find(name);
        if (match.Vacancy is not null)
        {
            return match.Vacancy;
        }

        var known = string.Join(", ", catalogue.All.Select(v => v.Reference is null ? v.Slug : $"{v.Slug} ({v.Reference})"));
        env.Error.WriteLine(match.IsAmbiguous
            ? $"error: --vacancy '{name}' matches several vacancies: {string.Join(", ", match.Candidates.Select(v => v.Slug))}. Give one of those slugs."
            : $"error: --vacancy '{name}' is not a vacancy in the catalogue. Use a slug or reference: {known} ('internbot vacancies' lists them).");
        return null;
    }

    /// <summary>The bot's SQLite file option (staff commands that read what the bot recorded).</summary>
    public static Option<FileInfo?> Database() =>
        new("--db") { Description = "The bot's SQLite file (default: Storage:Sqlite:Path from Storage__Sqlite__Path, else the bot's default)." };

    /// <summary>The bot's database file: --db, else the bot's setting, else its default; null (with the fix printed) when it is not there.</summary>
    public static string? ExistingDatabase(ParseResult parsed, Option<FileInfo?> option, CliEnvironment env)
    {
        var path = parsed.GetValue(option)?.FullName ?? env.GetVariable("Storage__Sqlite__Path") ?? Storage.Sqlite.SqliteStorageOptions.DefaultPath;
        if (File.Exists(path))
        {
            return path;
        }

        env.Error.WriteLine($"error: no bot database at '{path}'. Give --db <file>, or set Storage__Sqlite__Path to the file the bot uses.");
        return null;
    }

    /// <summary>The shared store option (when the bot runs with Storage:Provider = AzureStorage).</summary>
    public static Option<string?> SharedStore() =>
        new("--storage")
        {
            Description = "The bot's Azure Storage account when it runs several instances: its blob endpoint (https://<account>.blob.core.windows.net, signed in as you through Azure CLI or the environment) or a connection string (Azurite). Default: Storage__AzureStorage__* when Storage__Provider is AzureStorage, else the SQLite file.",
        };

    /// <summary>
    /// The stores the bot records unanswered questions and the audit log in: Azure Storage when --storage (or the bot's
    /// Storage__Provider setting) says so, else the SQLite file (--db); null, with the fix printed, when neither can be used.
    /// </summary>
    public static async Task<(IUnansweredQuestionStore Questions, IAuditLog Audit, IRecordStore Records)?> OpenStateStoresAsync(
        ParseResult parsed, Option<FileInfo?> database, Option<string?> sharedStore, CliEnvironment env, CancellationToken cancellationToken)
    {
        var store = parsed.GetValue(sharedStore);
        var isAddress = store is not null && Uri.TryCreate(store, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp);
        var provider = env.GetVariable("Storage__Provider");
        if (store is not null || (string.Equals(provider, "AzureStorage", StringComparison.OrdinalIgnoreCase) && parsed.GetValue(database) is null))
        {
            var options = new Storage.AzureStorage.AzureStorageOptions
            {
                ServiceUri = store is null ? env.GetVariable("Storage__AzureStorage__ServiceUri") : isAddress ? store : null,
                ConnectionString = store is null ? env.GetVariable("Storage__AzureStorage__ConnectionString") : isAddress ? null : store,
                TableServiceUri = env.GetVariable("Storage__AzureStorage__TableServiceUri"),
                ManagedIdentityClientId = env.GetVariable("Storage__AzureStorage__ManagedIdentityClientId"),
                NamePrefix = env.GetVariable("Storage__AzureStorage__NamePrefix") ?? new Storage.AzureStorage.AzureStorageOptions().NamePrefix,
            };
            if (new Storage.AzureStorage.AzureStorageOptionsValidator().Validate(null, options) is { Failed: true } invalid)
            {
                foreach (var failure in invalid.Failures)
                {
                    env.Error.WriteLine($"error: {failure} (the command line takes it from --storage or the same environment variables as the bot)");
                }

                return null;
            }

            var account = new Storage.AzureStorage.AzureStorageAccount(Microsoft.Extensions.Options.Options.Create(options));
            if (await account.ProblemAsync(cancellationToken) is { } problem)
            {
                env.Error.WriteLine($"error: {problem}. Check --storage (or Storage__AzureStorage__*) and that you may read the account's tables (Storage Table Data Reader or Contributor).");
                return null;
            }

            return (new Storage.AzureStorage.TableUnansweredQuestionStore(account), new Storage.AzureStorage.TableAuditLog(account), new Storage.AzureStorage.TableRecordStore(account, env.Time));
        }

        if (ExistingDatabase(parsed, database, env) is not { } path)
        {
            return null;
        }

        var db = new Storage.Sqlite.SqliteDatabase(path);
        await db.MigrateAsync(cancellationToken);
        return (new Storage.Sqlite.SqliteUnansweredQuestionStore(db), new Storage.Sqlite.SqliteAuditLog(db), new Storage.Sqlite.SqliteRecordStore(db, env.Time));
    }

    /// <summary>How many entries at the most a listing may ask for.</summary>
    public const int MaxLimit = 100_000;

    /// <summary>"--limit": how many entries, newest first.</summary>
    public static Option<int> Limit(int byDefault) =>
        new("--limit") { Description = $"How many, newest first (default {byDefault}).", DefaultValueFactory = _ => byDefault };

    /// <summary>The --limit value, or false with the fix printed when it is out of range.</summary>
    public static bool TryLimit(ParseResult parsed, Option<int> option, CliEnvironment env, out int count)
    {
        count = parsed.GetValue(option);
        if (count is >= 1 and <= MaxLimit)
        {
            return true;
        }

        env.Error.WriteLine($"error: --limit must be between 1 and {MaxLimit}.");
        return false;
    }

    /// <summary>"--format" for listings: text (default) or csv.</summary>
    public static Option<string> TextOrCsv()
    {
        var format = new Option<string>("--format") { Description = "text (default) or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "csv");
        return format;
    }

    /// <summary>A YYYY-MM-DD option as the start of that day, UTC; false (with the fix printed) when it is not a date.</summary>
    public static bool TryDay(string? text, string option, CliEnvironment env, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            env.Error.WriteLine($"error: {option} '{text}' is not a date. Write it as YYYY-MM-DD.");
            return false;
        }

        value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return true;
    }
}
