namespace InternBot.Core.Applications;

/// <summary>
/// Every application, kept current from the store's change feed: the first load reads everything, later loads
/// read only what changed since (Graph delta for SharePoint), so repeat loads of a 10,000-row list are cheap.
/// Thread-safe; one instance per store.
/// </summary>
public sealed class ApplicationCache(IApplicationStore store) : IDisposable
{
    private readonly SemaphoreSlim _sync = new(1, 1);
    private Dictionary<string, ApplicationRecord> _items = new(StringComparer.Ordinal);
    private string? _token;

    public void Dispose() => _sync.Dispose();

    /// <summary>All applications after catching up with the changes since the last call.</summary>
    public async Task<IReadOnlyCollection<ApplicationRecord>> GetAllAsync(CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            var changes = await store.ChangesAsync(_token, cancellationToken);
            var items = changes.FullResync ? new Dictionary<string, ApplicationRecord>(StringComparer.Ordinal) : new Dictionary<string, ApplicationRecord>(_items, StringComparer.Ordinal);
            foreach (var id in changes.Deleted)
            {
                items.Remove(id);
            }

            foreach (var a in changes.Changed)
            {
                items[a.Id] = a;
            }

            // Swap whole dictionaries so readers of an earlier snapshot are never disturbed.
            _items = items;
            _token = changes.Token;
            return items.Values;
        }
        finally
        {
            _sync.Release();
        }
    }
}
