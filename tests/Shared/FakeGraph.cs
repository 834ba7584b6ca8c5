using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;

namespace InternBot.Testing;

/// <summary>
/// Microsoft Graph's SharePoint list API as documented, in process: sites by path, lists and columns, items with
/// $expand=fields($select), $filter on indexed columns only (400 otherwise), paging by @odata.nextLink with a page
/// size it chooses, eTags with If-Match and 412, delta with deleted items and 410 for expired tokens, JSON
/// batching, and injected throttling (429/503 with Retry-After) and latency.
/// </summary>
public sealed class FakeGraph : HttpMessageHandler
{
    public const string Host = "contoso.sharepoint.com";
    public const string SitePath = "/sites/internships";
    public const string SiteUrl = "https://contoso.sharepoint.com/sites/internships";
    private const string SiteId = "contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222";

    private readonly object _gate = new();
    private readonly Dictionary<string, ListState> _lists = [];
    private readonly ConcurrentQueue<(HttpStatusCode Status, int RetryAfterSeconds)> _faults = new();
    private int _nextList;

    /// <summary>The most items one page returns, whatever $top asks (Graph does not promise to honour $top).</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Added to every request (the benchmark's 50 ms).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Delta tokens older than this change sequence are expired (410 Gone).</summary>
    public long OldestValidDelta { get; set; }

    /// <summary>Batch steps to throttle (429) on their first attempt.</summary>
    public int ThrottleBatchSteps { get; set; }

    public ConcurrentQueue<(string Method, string PathAndQuery)> Requests { get; } = new();

    public int RequestCount => Requests.Count;

    /// <summary>The next request(s) fail with this status and Retry-After, before anything is done.</summary>
    public void FailNext(HttpStatusCode status, int retryAfterSeconds = 0) => _faults.Enqueue((status, retryAfterSeconds));

    public const string BaseUrl = "https://graph.test/v1.0";

    /// <summary>An HttpClient on the fake behind the Graph SDK's real middleware (retries, redirects, headers).</summary>
    public HttpClient HttpClient() => Microsoft.Graph.GraphClientFactory.Create(Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers(), finalHandler: this);

    /// <summary>A Graph client on the fake, as the adapters get it in production but without credentials.</summary>
    public Microsoft.Graph.GraphServiceClient Client() => new(HttpClient(), new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), BaseUrl);

    public ListState CreateList(string name, bool indexed = true)
    {
        lock (_gate)
        {
            var list = new ListState($"list-{++_nextList}", name);
            foreach (var c in Core.Applications.ApplicationListSchema.Columns)
            {
                list.Columns[c.Name] = new ColumnState($"col-{c.Name}", c.Name, indexed && c.Indexed);
            }

            _lists[list.Id] = list;
            return list;
        }
    }

    public ListState? List(string name)
    {
        lock (_gate)
        {
            return _lists.Values.FirstOrDefault(l => l.Name == name);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A real HTTP stack links the response to its request; the SDK's retry handler replays from it.
        var response = await AnswerAsync(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, cancellationToken);
        }

        var uri = request.RequestUri!;
        Requests.Enqueue((request.Method.Method, Uri.UnescapeDataString(uri.PathAndQuery)));
        if (_faults.TryDequeue(out var fault))
        {
            var throttled = Error(fault.Status, fault.Status == HttpStatusCode.TooManyRequests ? "TooManyRequests" : "serviceNotAvailable", "Try again later.");
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(fault.RetryAfterSeconds));
            return throttled;
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = Uri.UnescapeDataString(uri.AbsolutePath).Replace("/delta()", "/delta", StringComparison.Ordinal);
        path = path[(path.IndexOf("/v1.0", StringComparison.Ordinal) + 5)..];
        var query = HttpUtility.ParseQueryString(uri.Query);
        var ifMatch = request.Headers.IfMatch.FirstOrDefault()?.Tag ?? (request.Headers.TryGetValues("If-Match", out var m) ? m.FirstOrDefault() : null);
        lock (_gate)
        {
            return Route(request.Method.Method, path, query, body, ifMatch, uri);
        }
    }

    private HttpResponseMessage Route(string method, string path, System.Collections.Specialized.NameValueCollection query, string? body, string? ifMatch, Uri uri)
    {
        var parts = path.Trim('/').Split('/');
        if (method == "POST" && path == "/$batch")
        {
            return Batch(body!, uri);
        }

        if (parts[0] != "sites")
        {
            return Error(HttpStatusCode.NotFound, "itemNotFound", "Unknown resource.");
        }

        // GET /sites/{host}:{path}
        if (parts.Length >= 2 && parts[1].Contains(':', StringComparison.Ordinal) && !parts[1].Contains(',', StringComparison.Ordinal))
        {
            var address = string.Join('/', parts[1..]);
            return address == $"{Host}:{SitePath}" ? Json(new JsonObject { ["id"] = SiteId, ["webUrl"] = SiteUrl, ["displayName"] = "Internships" }) : Error(HttpStatusCode.NotFound, "itemNotFound", "Site not found.");
        }

        if (parts[1] != SiteId)
        {
            return Error(HttpStatusCode.NotFound, "itemNotFound", "Site not found.");
        }

        if (parts.Length == 3 && parts[2] == "lists")
        {
            if (method == "POST")
            {
                var definition = JsonNode.Parse(body!)!;
                var list = new ListState($"list-{++_nextList}", definition["displayName"]!.GetValue<string>());
                foreach (var column in definition["columns"]?.AsArray() ?? [])
                {
                    list.Columns[column!["name"]!.GetValue<string>()] = new ColumnState($"col-{column["name"]}", column["name"]!.GetValue<string>(), column["indexed"]?.GetValue<bool>() ?? false);
                }

                _lists[list.Id] = list;
                return Json(new JsonObject { ["id"] = list.Id, ["displayName"] = list.Name }, HttpStatusCode.Created);
            }

            var name = query["$filter"] is { } f && f.StartsWith("displayName eq '", StringComparison.Ordinal) ? f["displayName eq '".Length..^1].Replace("''", "'", StringComparison.Ordinal) : null;
            return Json(new JsonObject { ["value"] = new JsonArray(_lists.Values.Where(l => name is null || l.Name == name).Select(l => (JsonNode)new JsonObject { ["id"] = l.Id, ["displayName"] = l.Name }).ToArray()) });
        }

        if (parts.Length < 4 || parts[2] != "lists" || !_lists.TryGetValue(parts[3], out var state))
        {
            return Error(HttpStatusCode.NotFound, "itemNotFound", "List not found.");
        }

        return parts.Length switch
        {
            5 when parts[4] == "columns" && method == "GET" => Json(new JsonObject { ["value"] = new JsonArray(state.Columns.Values.Select(c => (JsonNode)c.ToJson()).ToArray()) }),
            5 when parts[4] == "columns" && method == "POST" => AddColumn(state, body!),
            6 when parts[4] == "columns" && method == "PATCH" => IndexColumn(state, parts[5], body!),
            5 when parts[4] == "items" && method == "GET" => Items(state, query, uri),
            5 when parts[4] == "items" && method == "POST" => Json(state.Add(JsonNode.Parse(body!)!["fields"]!.AsObject()).ToJson(null), HttpStatusCode.Created),
            6 when parts[4] == "items" && parts[5] == "delta" => Delta(state, query, uri),
            6 when parts[4] == "items" && method == "GET" => state.Items.TryGetValue(parts[5], out var item) ? Json(item.ToJson(Selected(query))) : Error(HttpStatusCode.NotFound, "itemNotFound", "Item not found."),
            6 when parts[4] == "items" && method == "DELETE" => state.Delete(parts[5]) ? new HttpResponseMessage(HttpStatusCode.NoContent) : Error(HttpStatusCode.NotFound, "itemNotFound", "Item not found."),
            7 when parts[4] == "items" && parts[6] == "fields" && method == "PATCH" => PatchFields(state, parts[5], body!, ifMatch),
            _ => Error(HttpStatusCode.BadRequest, "invalidRequest", $"Unsupported: {method} {string.Join('/', parts[4..])}"),
        };
    }

    private static HttpResponseMessage AddColumn(ListState state, string body)
    {
        var c = JsonNode.Parse(body)!;
        var name = c["name"]!.GetValue<string>();
        if (state.Columns.ContainsKey(name))
        {
            return Error(HttpStatusCode.Conflict, "nameAlreadyExists", $"A column named {name} exists.");
        }

        state.Columns[name] = new ColumnState($"col-{name}", name, c["indexed"]?.GetValue<bool>() ?? false);
        return Json(state.Columns[name].ToJson(), HttpStatusCode.Created);
    }

    private static HttpResponseMessage IndexColumn(ListState state, string id, string body)
    {
        var column = state.Columns.Values.FirstOrDefault(c => c.Id == id);
        if (column is null)
        {
            return Error(HttpStatusCode.NotFound, "itemNotFound", "Column not found.");
        }

        column.Indexed = JsonNode.Parse(body)!["indexed"]?.GetValue<bool>() ?? column.Indexed;
        return Json(column.ToJson());
    }

    private HttpResponseMessage Items(ListState state, System.Collections.Specialized.NameValueCollection query, Uri uri)
    {
        var skip = int.TryParse(query["$skiptoken"], out var s) ? s : 0;
        var top = Math.Min(int.TryParse(query["$top"], out var t) ? t : MaxPageSize, MaxPageSize);
        IEnumerable<ItemState> items = state.Items.Values.OrderBy(i => i.Number);
        if (query["$filter"] is { } filter)
        {
            // Only "fields/Name eq 'value'" on an indexed column, as SharePoint answers without the Prefer header.
            var match = System.Text.RegularExpressions.Regex.Match(filter, @"^fields/(\w+) eq '((?:[^']|'')*)'$");
            if (!match.Success)
            {
                return Error(HttpStatusCode.BadRequest, "invalidRequest", "Invalid filter clause.");
            }

            var column = match.Groups[1].Value;
            if (!state.Columns.TryGetValue(column, out var c) || !c.Indexed)
            {
                return Error(HttpStatusCode.BadRequest, "invalidRequest", $"Field '{column}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but note that queries may fail when the list grows.");
            }

            var value = match.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal);
            items = items.Where(i => i.Fields[column]?.ToString() == value);
        }

        var page = items.Skip(skip).Take(top + 1).ToList();
        var result = new JsonObject { ["value"] = new JsonArray(page.Take(top).Select(i => (JsonNode)i.ToJson(Selected(query))).ToArray()) };
        if (page.Count > top)
        {
            var q = HttpUtility.ParseQueryString(uri.Query);
            q["$skiptoken"] = (skip + top).ToString(CultureInfo.InvariantCulture);
            result["@odata.nextLink"] = $"{uri.GetLeftPart(UriPartial.Path)}?{q}";
        }

        return Json(result);
    }

    private HttpResponseMessage Delta(ListState state, System.Collections.Specialized.NameValueCollection query, Uri uri)
    {
        var since = long.TryParse(query["token"], out var token) ? token : -1;
        if (since >= 0 && since < OldestValidDelta)
        {
            var gone = Error(HttpStatusCode.Gone, "resyncRequired", "The delta token has expired; start again.");
            gone.Headers.Location = new Uri($"{uri.GetLeftPart(UriPartial.Path)}");
            return gone;
        }

        var skip = int.TryParse(query["$skiptoken"], out var s) ? s : 0;
        var changes = state.Changes.Where(c => c.Sequence > since).GroupBy(c => c.ItemId).Select(g => g.Last()).OrderBy(c => c.Sequence).ToList();
        var page = changes.Skip(skip).Take(MaxPageSize).ToList();
        var values = page.Select(c => state.Items.TryGetValue(c.ItemId, out var item)
            ? (JsonNode)item.ToJson(Selected(query))
            : new JsonObject { ["id"] = c.ItemId, ["deleted"] = new JsonObject { ["state"] = "deleted" } }).ToArray();
        var result = new JsonObject { ["value"] = new JsonArray(values) };
        var basePath = uri.GetLeftPart(UriPartial.Path);
        if (skip + page.Count < changes.Count)
        {
            result["@odata.nextLink"] = $"{basePath}?token={since.ToString(CultureInfo.InvariantCulture)}&$skiptoken={skip + page.Count}{Expand(query)}";
        }
        else
        {
            result["@odata.deltaLink"] = $"{basePath}?token={state.Sequence.ToString(CultureInfo.InvariantCulture)}{Expand(query)}";
        }

        return Json(result);
    }

    private static string Expand(System.Collections.Specialized.NameValueCollection query) =>
        query["$expand"] is { } expand ? "&$expand=" + Uri.EscapeDataString(expand) : "";

    private static HttpResponseMessage PatchFields(ListState state, string id, string body, string? ifMatch)
    {
        if (!state.Items.TryGetValue(id, out var item))
        {
            return Error(HttpStatusCode.NotFound, "itemNotFound", "Item not found.");
        }

        if (ifMatch is not null && ifMatch != "*" && ifMatch != item.ETag)
        {
            return Error(HttpStatusCode.PreconditionFailed, "resourceModified", "The resource has been modified since it was last read.");
        }

        foreach (var (name, value) in JsonNode.Parse(body)!.AsObject())
        {
            item.Fields[name] = value?.DeepClone();
        }

        state.Touch(item);
        return Json(item.FieldsJson(null));
    }

    private HttpResponseMessage Batch(string body, Uri uri)
    {
        var requests = JsonNode.Parse(body)!["requests"]!.AsArray();
        if (requests.Count > 20)
        {
            return Error(HttpStatusCode.BadRequest, "invalidRequest", "A batch holds at most 20 requests.");
        }

        var responses = new JsonArray();
        foreach (var r in requests)
        {
            var id = r!["id"]!.GetValue<string>();
            if (ThrottleBatchSteps > 0)
            {
                ThrottleBatchSteps--;
                responses.Add(new JsonObject { ["id"] = id, ["status"] = 429, ["headers"] = new JsonObject { ["Retry-After"] = "1" }, ["body"] = new JsonObject { ["error"] = new JsonObject { ["code"] = "TooManyRequests", ["message"] = "throttled" } } });
                continue;
            }

            var inner = new Uri(uri, "/v1.0" + (r["url"]!.GetValue<string>().StartsWith('/') ? "" : "/") + r["url"]!.GetValue<string>());
            var innerPath = Uri.UnescapeDataString(inner.AbsolutePath)[5..].Replace("/delta()", "/delta", StringComparison.Ordinal);
            var response = Route(r["method"]!.GetValue<string>(), innerPath, HttpUtility.ParseQueryString(inner.Query), r["body"]?.ToJsonString(), null, inner);
            var content = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            responses.Add(new JsonObject { ["id"] = id, ["status"] = (int)response.StatusCode, ["headers"] = new JsonObject { ["Content-Type"] = "application/json" }, ["body"] = content.Length > 0 ? JsonNode.Parse(content) : null });
        }

        return Json(new JsonObject { ["responses"] = responses });
    }

    private static string[]? Selected(System.Collections.Specialized.NameValueCollection query) =>
        query["$expand"] is { } e && System.Text.RegularExpressions.Regex.Match(e, @"fields\(\$select=([^)]*)\)") is { Success: true } m ? m.Groups[1].Value.Split(',') : null;

    internal static HttpResponseMessage Json(JsonNode node, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, status);

    public sealed class ListState(string id, string name)
    {
        private int _nextItem;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public long Sequence { get; private set; }

        public Dictionary<string, ColumnState> Columns { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ItemState> Items { get; } = new(StringComparer.Ordinal);

        public List<(long Sequence, string ItemId)> Changes { get; } = [];

        public ItemState Add(JsonObject fields)
        {
            var item = new ItemState(++_nextItem, (JsonObject)fields.DeepClone());
            Items[item.Id] = item;
            Touch(item);
            return item;
        }

        public void Touch(ItemState item)
        {
            item.Version++;
            item.Modified = DateTimeOffset.UtcNow;
            Changes.Add((++Sequence, item.Id));
        }

        public bool Delete(string id)
        {
            if (!Items.Remove(id))
            {
                return false;
            }

            Changes.Add((++Sequence, id));
            return true;
        }
    }

    public sealed class ColumnState(string id, string name, bool indexed)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public bool Indexed { get; set; } = indexed;

        public JsonObject ToJson() => new() { ["id"] = Id, ["name"] = Name, ["indexed"] = Indexed };
    }

    public sealed class ItemState(int number, JsonObject fields)
    {
        private static readonly Guid Unique = Guid.Parse("6c1a0e0e-0000-4000-8000-000000000001");

        public int Number { get; } = number;

        public string Id => Number.ToString(CultureInfo.InvariantCulture);

        public JsonObject Fields { get; } = fields;

        public int Version { get; set; }

        public DateTimeOffset Modified { get; set; }

        public string ETag => $"\"{{{Unique}}},{Version}\"";

        public JsonObject FieldsJson(string[]? select)
        {
            var f = new JsonObject { ["@odata.etag"] = ETag, ["id"] = Id };
            foreach (var (name, value) in Fields)
            {
                if (select is null || select.Contains(name))
                {
                    f[name] = value?.DeepClone();
                }
            }

            return f;
        }

        public JsonObject ToJson(string[]? select) => new()
        {
            ["id"] = Id,
            ["eTag"] = ETag,
            ["createdDateTime"] = "2025-06-01T00:00:00Z",
            ["lastModifiedDateTime"] = Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["lastModifiedBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-00000000beef" } },
            ["fields"] = FieldsJson(select),
        };
    }
}
