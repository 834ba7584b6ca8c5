using Microsoft.Graph;

namespace InternBot.Storage.SharePoint;

/// <summary>
/// Resolves the site by path and the list by name once, then reuses the ids (chaining .Lists after the path form
/// fails in SDK v5, and a lookup per request would double the calls).
/// </summary>
public sealed class SharePointListLocator : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Site, string List)? _ids;

    public void Dispose() => _lock.Dispose();

    /// <summary>Forgets the ids (after the list was re-created).</summary>
    public void Reset() => _ids = null;

    public async Task<(string Site, string List)> LocateAsync(GraphServiceClient graph, SharePointListOptions options, CancellationToken cancellationToken)
    {
        if (_ids is { } ids)
        {
            return ids;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_ids is { } again)
            {
                return again;
            }

            var site = await graph.Sites[options.SitePath].GetAsync(cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException($"The site {options.SiteUrl} was not found.");
            var lists = await graph.Sites[site.Id].Lists.GetAsync(rc => rc.QueryParameters.Filter = $"displayName eq '{options.ListName.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
            var list = lists?.Value?.FirstOrDefault()
                ?? throw new InvalidOperationException($"The site {options.SiteUrl} has no list named '{options.ListName}'. Fix: run 'internbot provision --site {options.SiteUrl}'.");
            _ids = (site.Id!, list.Id!);
            return _ids.Value;
        }
        finally
        {
            _lock.Release();
        }
    }
}
