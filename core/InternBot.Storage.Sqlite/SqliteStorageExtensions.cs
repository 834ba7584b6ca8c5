using InternBot.Core.Conversations;
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
        services.AddSingleton<IConversationStateStore, SqliteConversationStateStore>();
        services.AddSingleton<IUnansweredQuestionStore, SqliteUnansweredQuestionStore>();
        services.AddHostedService<SqliteMigrationService>();
        return services;
    }

    private sealed class SqliteMigrationService(SqliteDatabase database) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
