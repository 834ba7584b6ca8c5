namespace InternBot.Core.Applications;

/// <summary>
/// Who reads applications: their Entra object id and, when the store is read on their behalf (SharePoint through
/// Graph), the access token they signed in with. The token is never logged or stored.
/// </summary>
public sealed record ApplicationReader(string ObjectId, string? AccessToken);

/// <summary>
/// Where a reader's applications are read and written: one shared store for the embedded default, or a store per
/// person when the back end applies the person's own permissions. Adapters implement it; the host picks one.
/// </summary>
public interface IApplicationSource
{
    IApplicationStore StoreFor(ApplicationReader reader);

    ApplicationCache CacheFor(ApplicationReader reader);
}

/// <summary>One store and one cache for everyone (who sees what is decided after reading).</summary>
public sealed class SharedApplicationSource(IApplicationStore store) : IApplicationSource, IDisposable
{
    private readonly ApplicationCache _cache = new(store);

    /// <summary>The one cache, whoever asks (start-up decisions read it before anyone does).</summary>
    public ApplicationCache Cache => _cache;

    public IApplicationStore StoreFor(ApplicationReader reader) => store;

    public ApplicationCache CacheFor(ApplicationReader reader) => _cache;

    public void Dispose() => _cache.Dispose();
}

/// <summary>Why a store could not be read for someone, in terms the tab can act on.</summary>
public enum ApplicationAccessProblem
{
    /// <summary>The person (or an administrator) must first consent, or sign in again interactively.</summary>
    ConsentRequired,

    /// <summary>The back end refused access to the list.</summary>
    AccessDenied,

    /// <summary>The back end is throttling or unavailable after retries: try again later.</summary>
    Busy,
}

/// <summary>An adapter's failure translated for callers that know nothing of its packages.</summary>
public sealed class ApplicationAccessException(ApplicationAccessProblem problem, Exception inner)
    : Exception($"The applications store could not be read: {problem}.", inner)
{
    public ApplicationAccessProblem Problem => problem;
}
