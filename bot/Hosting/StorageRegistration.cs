using InternBot.Storage.AzureStorage;
using InternBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace InternBot.Bot.Hosting;

/// <summary>
/// Where the host keeps what it needs between requests ("Storage:Provider"): <c>Sqlite</c>, the embedded default
/// (one file, one instance), or <c>AzureStorage</c>, shared by every instance. The SQLite file is registered either way:
/// it also holds the local applications list when the tab does not read SharePoint.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddInternBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSqliteStorage(configuration);
        if (StorageOptions.Parse(configuration[$"{StorageOptions.SectionName}:Provider"]) == StorageProvider.AzureStorage)
        {
            services.AddAzureStorage(configuration);
        }

        return services;
    }
}

public enum StorageProvider
{
    Sqlite,
    AzureStorage,
}

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? Provider { get; set; }

    /// <summary>The provider named, Sqlite when none is; null when the name is not one we know.</summary>
    public static StorageProvider? Parse(string? provider) => Core.Configuration.SettingValues.Choice(provider, StorageProvider.Sqlite);
}

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        StorageOptions.Parse(options.Provider) is null
            ? ValidateOptionsResult.Fail($"Storage:Provider is '{options.Provider}'. Set it to Sqlite (the embedded default, one instance) or AzureStorage (shared by several instances; then set Storage:AzureStorage:ServiceUri or ConnectionString).")
            : ValidateOptionsResult.Success;
}
