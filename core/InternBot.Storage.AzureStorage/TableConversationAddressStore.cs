using Azure;
using Azure.Data.Tables;
using InternBot.Core.Conversations;

namespace InternBot.Storage.AzureStorage;

/// <summary>The conversations the bot can reach, one entity per conversation (partition: a hash of its id).</summary>
public sealed class TableConversationAddressStore(AzureStorageAccount account) : IConversationAddressStore
{
    private const string Row = "address";

    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken) =>
        await account.References.UpsertEntityAsync(
            new TableEntity(AzureStorageAccount.KeyOf(address.ConversationId), Row)
            {
                ["ConversationId"] = address.ConversationId,
                ["ServiceUrl"] = address.ServiceUrl,
                ["ChannelId"] = address.ChannelId,
                ["Scope"] = address.Scope.ToString(),
                ["TenantId"] = address.TenantId,
                ["BotId"] = address.BotId,
                ["TeamId"] = address.TeamId,
                ["UserObjectId"] = address.UserObjectId,
                ["UpdatedAt"] = address.UpdatedAt.ToUniversalTime(),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<ConversationAddress?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var found = await account.References.GetEntityIfExistsAsync<TableEntity>(AzureStorageAccount.KeyOf(conversationId), Row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? Read(entity) : null;
    }

    public async Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await account.References.DeleteEntityAsync(AzureStorageAccount.KeyOf(conversationId), Row, ETag.All, cancellationToken);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ConversationAddress>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ConversationAddress>();
        await foreach (var entity in account.References.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            list.Add(Read(entity));
        }

        return list.OrderBy(a => a.ConversationId, StringComparer.Ordinal).ToList();
    }

    private static ConversationAddress Read(TableEntity e) => new(
        e.GetString("ConversationId") ?? "",
        e.GetString("ServiceUrl") ?? "",
        e.GetString("ChannelId") ?? "",
        Enum.TryParse<ConversationScope>(e.GetString("Scope"), out var scope) ? scope : ConversationScope.Personal,
        e.GetString("TenantId"),
        e.GetString("BotId"),
        e.GetString("TeamId"),
        e.GetString("UserObjectId"),
        e.GetDateTimeOffset("UpdatedAt") ?? default);
}
