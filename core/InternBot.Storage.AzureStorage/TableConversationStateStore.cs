using Azure;
using Azure.Data.Tables;
using InternBot.Core.Conversations;

namespace InternBot.Storage.AzureStorage;

/// <summary>
/// Conversation state as one table entity per conversation (partition: a hash of the key), saved only over the
/// version it was read at: the entity's ETag makes the write conditional (If-Match), and a first save is an insert
/// that fails when another instance inserted first. Nothing is cached between turns: another instance may have
/// written since. The ETag of each state this instance read or wrote is remembered (bounded), so a save costs one
/// request.
/// </summary>
public sealed class TableConversationStateStore(AzureStorageAccount account) : IConversationStateStore
{
    private const string Row = "state";
    private const int Remembered = 10_000;
    private readonly Lock _generations = new();
    private Dictionary<string, (long Version, ETag ETag)> _recent = new(StringComparer.Ordinal);
    private Dictionary<string, (long Version, ETag ETag)> _older = new(StringComparer.Ordinal);

    public async Task<ConversationState> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var partition = AzureStorageAccount.KeyOf(conversationKey);
        var found = await account.States.GetEntityIfExistsAsync<TableEntity>(partition, Row, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return new ConversationState();
        }

        var version = entity.GetInt64("Version") ?? 0;
        Remember(partition, version, entity.ETag);
        return ConversationStateJson.Read(entity.GetString("State"), version);
    }

    public async Task<ConversationState?> TrySaveAsync(string conversationKey, ConversationState state, CancellationToken cancellationToken)
    {
        var partition = AzureStorageAccount.KeyOf(conversationKey);
        var entity = new TableEntity(partition, Row) { ["Version"] = state.Version + 1, ["State"] = ConversationStateJson.Write(state) };
        try
        {
            Response response;
            if (state.Version == 0)
            {
                response = await account.States.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                if (Known(partition, state.Version) is not { } etag)
                {
                    var stored = await account.States.GetEntityIfExistsAsync<TableEntity>(partition, Row, select: ["Version"], cancellationToken: cancellationToken);
                    if (!stored.HasValue || stored.Value!.GetInt64("Version") != state.Version)
                    {
                        return null;
                    }

                    etag = stored.Value.ETag;
                }

                response = await account.States.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            }

            Remember(partition, state.Version + 1, response.Headers.ETag ?? default);
            return state with { Version = state.Version + 1 };
        }
        catch (RequestFailedException e) when (AzureStorageAccount.IsConflict(e))
        {
            return null;
        }
    }

    private ETag? Known(string partition, long version)
    {
        lock (_generations)
        {
            return (_recent.TryGetValue(partition, out var k) || _older.TryGetValue(partition, out k)) && k.Version == version && k.ETag != default ? k.ETag : null;
        }
    }

    private void Remember(string partition, long version, ETag etag)
    {
        lock (_generations)
        {
            if (_recent.Count >= Remembered)
            {
                _older = _recent;
                _recent = new(StringComparer.Ordinal);
            }

            _recent[partition] = (version, etag);
        }
    }
}
