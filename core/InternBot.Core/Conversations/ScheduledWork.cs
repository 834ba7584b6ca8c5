using System.Text.Json;

namespace InternBot.Core.Conversations;

/// <summary>
/// Who runs scheduled work, among several instances: a lease kept in the record store (a SQLite row on one machine, a
/// table entity on Azure Storage), taken over only once it has run out, and renewed by its holder on every round. Saved
/// over the version read, so two instances asking at once cannot both get it.
/// </summary>
public sealed class WorkLease(IRecordStore records, TimeProvider time)
{
    private const string Kind = "lease";

    private sealed record Held(string Holder, DateTimeOffset Until);

    /// <summary>True when <paramref name="holder"/> holds (or has just taken) the lease named <paramref name="name"/> for <paramref name="duration"/>.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = await records.GetAsync(Kind, name, cancellationToken);
        var held = current is null ? null : Read(current.Json);
        if (held is not null && held.Holder != holder && held.Until > now)
        {
            return false;
        }

        return await records.TrySaveAsync(Kind, name, JsonSerializer.Serialize(new Held(holder, now + duration)), current?.Version ?? 0, cancellationToken) is not null;
    }

    private static Held? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Held>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// Which scheduled messages were sent: an occurrence ("deadline:nds:7d", "digest:2026-12-05:&lt;person&gt;") is claimed
/// before it is sent, and a claim is made once, so it is sent once however many instances or restarts there are (at
/// most once: an instance that dies between the claim and the send loses that one message, and says so in its log).
/// </summary>
public sealed class SentOccurrences(IRecordStore records, TimeProvider time)
{
    private const string Kind = "occurrence";

    public async Task<bool> TryClaimAsync(string occurrence, CancellationToken cancellationToken) =>
        await records.TrySaveAsync(Kind, occurrence, JsonSerializer.Serialize(new { at = time.GetUtcNow() }), 0, cancellationToken) is not null;

    public async Task<bool> WasSentAsync(string occurrence, CancellationToken cancellationToken) =>
        await records.GetAsync(Kind, occurrence, cancellationToken) is not null;
}

/// <summary>Who asked for notifications ("notify me"), by Entra object id.</summary>
public sealed class NotificationSubscriptions(IRecordStore records)
{
    private const string Kind = "notify";

    public async Task SetAsync(string objectId, bool on, CancellationToken cancellationToken)
    {
        if (!on)
        {
            await records.RemoveAsync(Kind, objectId, cancellationToken);
            return;
        }

        // Subscribing twice is subscribing once.
        await records.TrySaveAsync(Kind, objectId, "{}", 0, cancellationToken);
    }

    public async Task<bool> IsOnAsync(string objectId, CancellationToken cancellationToken) =>
        await records.GetAsync(Kind, objectId, cancellationToken) is not null;

    public async Task<IReadOnlySet<string>> AllAsync(CancellationToken cancellationToken) =>
        (await records.ListAsync(Kind, cancellationToken)).Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Which onboarding checklist items each person has done, by Entra object id (their own progress only).</summary>
public sealed class OnboardingProgress(IRecordStore records)
{
    private const string Kind = "onboarding";

    private sealed record Done(List<string> Items);

    public async Task<IReadOnlySet<string>> DoneAsync(string objectId, CancellationToken cancellationToken) =>
        (await records.GetAsync(Kind, objectId, cancellationToken) is { } r ? Read(r.Json) : []).ToHashSet(StringComparer.Ordinal);

    /// <summary>Marks an item done or not done, over the version read (a second device pressing at once is applied after).</summary>
    public Task<IReadOnlySet<string>> MarkAsync(string objectId, string item, bool done, CancellationToken cancellationToken) =>
        records.UpdateAsync(Kind, objectId, current =>
        {
            var items = (current is null ? [] : Read(current.Json)).ToHashSet(StringComparer.Ordinal);
            var changed = done ? items.Add(item) : items.Remove(item);
            return (changed ? JsonSerializer.Serialize(new Done([.. items.Order(StringComparer.Ordinal)])) : null, (IReadOnlySet<string>)items);
        }, cancellationToken);

    private static List<string> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Done>(json)?.Items ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
