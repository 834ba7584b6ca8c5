using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using InternBot.Core.Vacancies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InternBot.Storage.Sqlite;

public static class SqliteStorageExtensions
{
    /// <summary>The SQLite stores, with the file created and migrated when the host starts.</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SqliteStorageOptions>().Bind(configuration.GetSection(SqliteStorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value.Path));
        services.AddSingleton<IStateStoreProbe>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IConversationStateStore, SqliteConversationStateStore>();
        services.AddSingleton<IUnansweredQuestionStore, SqliteUnansweredQuestionStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<IConversationAddressStore, SqliteConversationAddressStore>();
        services.AddSingleton<IRecordStore, SqliteRecordStore>();
        services.AddSingleton<SqliteApplicationStore>();
        services.TryAddSingleton<IApplicationStore>(sp => sp.GetRequiredService<SqliteApplicationStore>());
        services.TryAddSingleton<IApplicationStatistics>(sp => sp.GetRequiredService<IApplicationStore>());
        services.AddHostedService<SqliteMigrationService>();
        return services;
    }

    /// <summary>The tab reads applications from the embedded store: one store and one cache for everyone.</summary>
    public static IServiceCollection AddSqliteApplications(this IServiceCollection services)
    {
        services.AddSingleton<IApplicationSource>(sp => new SharedApplicationSource(sp.GetRequiredService<IApplicationStore>()));
        return services;
    }

    /// <summary>Creates and migrates the file when the host starts, and seeds applications on first run if asked.</summary>
    private sealed class SqliteMigrationService(SqliteDatabase database, IServiceProvider services, IOptions<SqliteStorageOptions> options) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await database.MigrateAsync(cancellationToken);
            if (options.Value.SeedOnFirstRun && services.GetService<VacancyCatalogue>() is { } catalogue)
            {
                var store = services.GetRequiredService<SqliteApplicationStore>();
                if ((await store.ListAsync(new ApplicationQuery(PageSize: 1), cancellationToken)).Items.Count == 0)
                {
                    await store.AddAsync(SeedData.Generate(catalogue), cancellationToken);
                }
            }
        }


        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
