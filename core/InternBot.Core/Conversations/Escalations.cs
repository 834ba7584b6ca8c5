using System.Text.Json;
using System.Text.Json.Serialization;

namespace InternBot.Core.Conversations;

public enum EscalationStatus
{
    Open,
    Claimed,
    Answered,
    NotAnswerable,
}

/// <summary>
/// A question the bot could not answer, sent to the internship office: what was asked, in which language, about which
/// vacancy, what the bot tried, and who asked (display name and their conversation, to send the answer back; nothing
/// else about them). Staff claim it, answer it in English and/or French, or mark it as not answerable.
/// </summary>
public sealed record Escalation
{
    public required string Id { get; init; }

    public required string Question { get; init; }

    /// <summary>"en" or "fr": the language the asker is answered in.</summary>
    public required string Language { get; init; }

    public string? Vacancy { get; init; }

    /// <summary>What the bot answered instead (for staff to see why it came to them).</summary>
    public string? BotTried { get; init; }

    public required string AskerName { get; init; }

    public required string AskerConversationId { get; init; }

    public required DateTimeOffset AskedAt { get; init; }

    public EscalationStatus Status { get; init; }

    /// <summary>The staff member who claimed, answered or closed it (display name).</summary>
    public string? HandledBy { get; init; }

    public DateTimeOffset? HandledAt { get; init; }

    public string? AnswerEn { get; init; }

    public string? AnswerFr { get; init; }

    /// <summary>Whether staff asked for the answer to become one of the bot's curated answers.</summary>
    public bool Curated { get; init; }

    /// <summary>The card in the office's channel, updated in place as the question moves on.</summary>
    public string? ChannelActivityId { get; init; }

    [JsonIgnore]
    public long Version { get; init; }

    public bool IsClosed => Status is EscalationStatus.Answered or EscalationStatus.NotAnswerable;
}

/// <summary>What staff did to an escalation, and whether it changed it (a second press on a closed card changes nothing).</summary>
public sealed record EscalationChange(Escalation Escalation, bool Changed);

/// <summary>How an escalation moves on; pure, so every instance and every button agrees.</summary>
public static class EscalationSteps
{
    /// <summary>The longest answer kept: a card input's worth, not a document.</summary>
    public const int MaxAnswerLength = 2_000;

    public static EscalationChange Claim(Escalation e, string staff, DateTimeOffset now) =>
        e.Status == EscalationStatus.Open
            ? new(e with { Status = EscalationStatus.Claimed, HandledBy = staff, HandledAt = now }, true)
            : new(e, false);

    public static EscalationChange Answer(Escalation e, string staff, string? en, string? fr, bool curate, DateTimeOffset now)
    {
        (en, fr) = (Clean(en), Clean(fr));
        if (e.IsClosed || (en is null && fr is null))
        {
            return new(e, false);
        }

        return new(e with { Status = EscalationStatus.Answered, HandledBy = staff, HandledAt = now, AnswerEn = en, AnswerFr = fr, Curated = curate }, true);
    }

    public static EscalationChange NotAnswerable(Escalation e, string staff, DateTimeOffset now) =>
        e.IsClosed ? new(e, false) : new(e with { Status = EscalationStatus.NotAnswerable, HandledBy = staff, HandledAt = now }, true);

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is { Length: > MaxAnswerLength } t ? t[..MaxAnswerLength] : text.Trim();
}

/// <summary>Escalations and the office's channel, kept in the record store.</summary>
public sealed class EscalationDesk(IRecordStore records)
{
    private const string Kind = "escalation";
    private const string SettingKind = "setting";
    private const string ChannelSetting = "escalation-channel";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<Escalation?> GetAsync(string id, CancellationToken cancellationToken) =>
        await records.GetAsync(Kind, id, cancellationToken) is { } r ? Read(r) : null;

    public async Task<IReadOnlyList<Escalation>> ListAsync(CancellationToken cancellationToken) =>
        (await records.ListAsync(Kind, cancellationToken)).Select(Read).OfType<Escalation>().OrderByDescending(e => e.AskedAt).ToList();

    /// <summary>Saves over the version read; the saved escalation, or null when someone else saved first.</summary>
    public async Task<Escalation?> TrySaveAsync(Escalation escalation, CancellationToken cancellationToken) =>
        await records.TrySaveAsync(Kind, escalation.Id, JsonSerializer.Serialize(escalation, Json), escalation.Version, cancellationToken) is { } version
            ? escalation with { Version = version }
            : null;

    /// <summary>
    /// Applies a step to the latest version; when another instance saved in between, applies it again to what was saved
    /// (so of two staff pressing at once, one wins and the other sees the result). Null when the escalation is unknown.
    /// </summary>
    public async Task<EscalationChange?> ChangeAsync(string id, Func<Escalation, EscalationChange> step, CancellationToken cancellationToken) =>
        await records.UpdateAsync(Kind, id, stored =>
        {
            if (stored is null || Read(stored) is not { } current)
            {
                return ((string?)null, (EscalationChange?)null);
            }

            var change = step(current);
            return (change.Changed ? JsonSerializer.Serialize(change.Escalation, Json) : null, change with { Escalation = change.Escalation with { Version = change.Changed ? stored.Version + 1 : stored.Version } });
        }, cancellationToken);

    /// <summary>The channel questions go to, as chosen in chat ("escalate here"); null when none is.</summary>
    public async Task<ConversationAddress?> ChannelAsync(CancellationToken cancellationToken) =>
        await records.GetAsync(SettingKind, ChannelSetting, cancellationToken) is { } r && r.Json != "null" ? JsonSerializer.Deserialize<ConversationAddress>(r.Json, Json) : null;

    /// <summary>Sets (or, with null, clears) the channel; whoever sets it last wins.</summary>
    public Task SetChannelAsync(ConversationAddress? channel, CancellationToken cancellationToken) =>
        records.UpdateAsync(SettingKind, ChannelSetting, _ => (JsonSerializer.Serialize(channel, Json), true), cancellationToken);

    private static Escalation? Read(StoredRecord r)
    {
        try
        {
            return JsonSerializer.Deserialize<Escalation>(r.Json, Json) is { } e ? e with { Version = r.Version } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
