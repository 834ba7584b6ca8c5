using InternBot.Core.Applications;
using InternBot.Core.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InternBot.Storage.AzureStorage;

public static class AzureStorageExtensions
{
    /// <summary>
    /// The shared store for what the host keeps between requests (conversation state, unanswered questions, the
    /// audit log, conversation addresses, delivery claims), replacing the embedded ones; settings validated at start-up, tables and container
    /// created when the host starts.
    /// </summary>
    public static IServiceCollection AddAzureStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AzureStorageOptions>().Bind(configuration.GetSection(AzureStorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureStorageOptions>, AzureStorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AzureStorageAccount>();
        services.Replace(ServiceDescriptor.Singleton<IStateStoreProbe>(sp => sp.GetRequiredService<AzureStorageAccount>()));
        services.Replace(ServiceDescriptor.Singleton<IConversationStateStore, TableConversationStateStore>());
        services.Replace(ServiceDescriptor.Singleton<IUnansweredQuestionStore, TableUnansweredQuestionStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditLog, TableAuditLog>());
        services.Replace(ServiceDescriptor.Singleton<IConversationAddressStore, TableConversationAddressStore>());
        services.Replace(ServiceDescriptor.Singleton<IRecordStore, TableRecordStore>());
        services.Replace(ServiceDescriptor.Singleton<IDeliveryLedger, BlobDeliveryLedger>());
        services.AddHostedService<AzureStorageInitializer>();
        return services;
    }

    private sealed class AzureStorageInitializer(AzureStorageAccount account) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => account.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
