using System.Net;
using InternBot.Core.Applications;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace InternBot.Storage.SharePoint;

/// <summary>
/// Applications in a SharePoint list through Microsoft Graph. The site is resolved once by path and the list by
/// name; reads ask only for the schema's fields; filters go to the server only on indexed columns (vacancy,
/// status), other filters apply to each page; pages follow @odata.nextLink; the change feed is Graph's delta
/// (410 means start again); updates send If-Match and a 412 is a conflict, never an overwrite. Single requests
/// rely on the SDK's retry middleware (429/503 with Retry-After); batched writes resend the steps that were
/// throttled. Works with whatever credential the client carries: on-behalf-of a user or the application's own.
/// </summary>
public sealed partial class SharePointApplicationStore(GraphServiceClient graph, SharePointListOptions options, SharePointListLocator locator, ILogger<SharePointApplicationStore> logger) : IApplicationStore
{
    private const int BatchSize = 20;

    public async Task<ApplicationPage> ListAsync(ApplicationQuery query, CancellationToken cancellationToken)
    {
        var (site, list) = await locator.LocateAsync(graph, options, cancellationToken);
        var items = graph.Sites[site].Lists[list].Items;
        ListItemCollectionResponse? page;
        if (query.ContinuationToken is { } next)
        {
            page = await items.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
        }
        else
        {
            // One indexed column per query: vacancy first (most selective), else status.
            var filter = query.Vacancy is { } v ? $"fields/Vacancy eq '{Escape(v)}'" : query.Status is { } s ? $"fields/Status eq '{s}'" : null;
            page = await items.GetAsync(rc =>
            {
                rc.QueryParameters.Expand = [$"fields($select={ListFields.Select})"];
                rc.QueryParameters.Top = Math.Clamp(query.PageSize, 1, 5000);
                rc.QueryParameters.Filter = filter;
            }, cancellationToken);
        }

        var records = (page?.Value ?? []).Select(ListFields.To)
            .Where(a => query.Status is null || a.Status == query.Status)
            .Where(a => query.Supervisor is null || a.SupervisorIds.Contains(query.Supervisor, StringComparer.OrdinalIgnoreCase))
            .ToList();
        return new ApplicationPage(records, page?.OdataNextLink);
    }

    public async Task<ApplicationRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var (site, list) = await locator.LocateAsync(graph, options, cancellationToken);
        try
        {
            var item = await graph.Sites[site].Lists[list].Items[id].GetAsync(rc => rc.QueryParameters.Expand = [$"fields($select={ListFields.Select})"], cancellationToken);
            return item is null ? null : ListFields.To(item);
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<UpdateResult> UpdateAsync(string id, ApplicationUpdate update, string expectedVersion, string modifiedBy, CancellationToken cancellationToken)
    {
        var (site, list) = await locator.LocateAsync(graph, options, cancellationToken);
        var fields = new FieldValueSet { AdditionalData = new Dictionary<string, object>() };
        if (update.Status is { } status)
        {
            fields.AdditionalData["Status"] = status.ToString();
        }

        if (update.Notes is { } notes)
        {
            fields.AdditionalData["Notes"] = notes;
        }

        try
        {
            await graph.Sites[site].Lists[list].Items[id].Fields.PatchAsync(fields, rc => rc.Headers.Add("If-Match", expectedVersion), cancellationToken);
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.PreconditionFailed)
        {
            var current = await GetAsync(id, cancellationToken);
            return current is null ? UpdateResult.NotFound : UpdateResult.Conflict(current);
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return UpdateResult.NotFound;
        }

        // SharePoint records the editor itself (the signed-in user on-behalf-of, or the app); modifiedBy is ours for SQLite parity.
        _ = modifiedBy;
        return await GetAsync(id, cancellationToken) is { } updated ? UpdateResult.Updated(updated) : UpdateResult.NotFound;
    }

    public async Task<IReadOnlyList<ApplicationCount>> CountByVacancyAndStatusAsync(CancellationToken cancellationToken)
    {
        var all = new List<ApplicationRecord>();
        var changes = await ChangesAsync(null, cancellationToken);
        all.AddRange(changes.Changed);
        return all.GroupBy(a => (a.Vacancy, a.Status)).Select(g => new ApplicationCount(g.Key.Vacancy, g.Key.Status, g.Count()))
            .OrderBy(c => c.Vacancy, StringComparer.Ordinal).ThenBy(c => c.Status).ToList();
    }

    /// <summary>Graph delta: every page of changes, then the deltaLink as the next token. An expired token (410) starts over.</summary>
    public async Task<ApplicationChanges> ChangesAsync(string? token, CancellationToken cancellationToken)
    {
        var (site, list) = await locator.LocateAsync(graph, options, cancellationToken);
        var delta = graph.Sites[site].Lists[list].Items.Delta;
        var changed = new Dictionary<string, ApplicationRecord>(StringComparer.Ordinal);
        var deleted = new List<string>();
        var fullResync = token is null;
        Microsoft.Graph.Sites.Item.Lists.Item.Items.Delta.DeltaGetResponse? page;
        try
        {
            page = token is null
                ? await delta.GetAsDeltaGetResponseAsync(rc =>
                {
                    rc.QueryParameters.Expand = [$"fields($select={ListFields.Select})"];
                    rc.QueryParameters.Top = options.PageSize;
                }, cancellationToken)
                : await delta.WithUrl(token).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
        }
        catch (ApiException e) when (e.ResponseStatusCode == (int)HttpStatusCode.Gone)
        {
            LogResync(logger);
            return (await ChangesAsync(null, cancellationToken)) with { FullResync = true };
        }

        while (true)
        {
            foreach (var item in page?.Value ?? [])
            {
                // A removed item comes back from delta with only its id and the "deleted" facet.
                if (item.Deleted is not null)
                {
                    deleted.Add(item.Id!);
                    changed.Remove(item.Id!);
                }
                else
                {
                    changed[item.Id!] = ListFields.To(item);
                }
            }

            if (page?.OdataNextLink is { } next)
            {
                page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken);
                continue;
            }

            return new ApplicationChanges(changed.Values.ToList(), deleted, page?.OdataDeltaLink ?? token ?? "", fullResync);
        }
    }

    /// <summary>Creates items 20 to a JSON batch; steps throttled inside a batch (the middleware does not retry them) are sent again.</summary>
    public async Task<int> AddAsync(IReadOnlyList<ApplicationRecord> applications, CancellationToken cancellationToken)
    {
        var (site, list) = await locator.LocateAsync(graph, options, cancellationToken);
        var written = 0;
        foreach (var chunk in applications.Chunk(BatchSize))
        {
            var batch = new Microsoft.Graph.BatchRequestContentCollection(graph, BatchSize);
            foreach (var a in chunk)
            {
                var item = new ListItem { Fields = new FieldValueSet { AdditionalData = ListFields.From(a).Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!) } };
                await batch.AddBatchRequestStepAsync(graph.Sites[site].Lists[list].Items.ToPostRequestInformation(item));
            }

            for (var attempt = 1; ; attempt++)
            {
                var response = await graph.Batch.PostAsync(batch, cancellationToken);
                var statuses = await response.GetResponsesStatusCodesAsync();
                written += statuses.Count(s => (int)s.Value is >= 200 and < 300);
                var throttled = statuses.Where(s => s.Value is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable).ToDictionary(s => s.Key, s => s.Value);
                var failed = statuses.Where(s => (int)s.Value >= 400 && !throttled.ContainsKey(s.Key)).ToList();
                if (failed.Count > 0)
                {
                    throw new InvalidOperationException($"SharePoint refused {failed.Count} item(s) of a batch (first: HTTP {(int)failed[0].Value}). Fix: check the list's columns match the schema ('internbot provision').");
                }

                if (throttled.Count == 0)
                {
                    break;
                }

                if (attempt >= 5)
                {
                    throw new InvalidOperationException($"SharePoint kept throttling {throttled.Count} write(s) after {attempt} attempts. Try again later.");
                }

                LogBatchThrottled(logger, throttled.Count, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt))), cancellationToken);
                batch = batch.NewBatchWithFailedRequests(throttled);
            }
        }

        return written;
    }

    private static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "The list's delta token expired (410); reading the whole list again")]
    private static partial void LogResync(ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "{Count} batched write(s) throttled; attempt {Attempt}")]
    private static partial void LogBatchThrottled(ILogger logger, int count, int attempt);
}
