using System.Text.Json;
using InternBot.Core.Conversations;
using InternBot.Core.Text;
using InternBot.Core.Understanding;

namespace InternBot.Core.Answers;

/// <summary>
/// An answer the internship office wrote for a question the notices do not answer, kept so the bot can give it to the
/// next person who asks the same thing: the question as first asked, the answer in English and/or French, the vacancy
/// it is about (or none: the whole programme), who it comes from and when.
/// </summary>
public sealed record CuratedAnswer(string Id, string Question, string? AnswerEn, string? AnswerFr, string? Vacancy, string Source, DateTimeOffset CreatedAt)
{
    public const string InternshipOffice = "internship office";

    /// <summary>The answer in <paramref name="l"/>, else in the other language (and which one that is).</summary>
    public (string Text, Language Language) In(Language l) =>
        (l == Language.French ? AnswerFr : AnswerEn) is { Length: > 0 } own ? (own, l)
        : l == Language.French ? (AnswerEn ?? "", Language.English) : (AnswerFr ?? "", Language.French);
}

/// <summary>A curated answer given for a question, with how closely the question matched (0 to 1).</summary>
public sealed record CuratedReply(Language Language, CuratedAnswer Answer, double Score) : Reply(Language);

/// <summary>The curated answers, kept in the record store (listed and edited with `internbot answers`).</summary>
public sealed class CuratedAnswerBook(IRecordStore records)
{
    private const string Kind = "curated-answer";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<CuratedAnswer>> ListAsync(CancellationToken cancellationToken) =>
        (await records.ListAsync(Kind, cancellationToken)).Select(Read).OfType<CuratedAnswer>().OrderBy(a => a.CreatedAt).ToList();

    public async Task<CuratedAnswer?> GetAsync(string id, CancellationToken cancellationToken) =>
        await records.GetAsync(Kind, id, cancellationToken) is { } r ? Read(r) : null;

    /// <summary>Adds or replaces an answer (the last edit wins: answers are edited by one person at a time).</summary>
    public Task SaveAsync(CuratedAnswer answer, CancellationToken cancellationToken) =>
        records.UpdateAsync(Kind, answer.Id, _ => (JsonSerializer.Serialize(answer, Json), true), cancellationToken);

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken) => records.RemoveAsync(Kind, id, cancellationToken);

    private static CuratedAnswer? Read(StoredRecord r)
    {
        try
        {
            return JsonSerializer.Deserialize<CuratedAnswer>(r.Json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// Finds the curated answer for a question, only when the question asks the same thing: the questions' terms (normalised,
/// spelling-corrected, stemmed, with the understanding's synonyms) must overlap strongly, in at least two terms, and a
/// vacancy-specific answer is only given about that vacancy. Nothing is given for a merely related question. Terms are
/// per language, so a paraphrase matches in the language the question was first asked in.
/// </summary>
public sealed class CuratedAnswerMatcher(TextAnalyser analyser)
{
    /// <summary>The share of words two questions must have in common (cosine of their word sets).</summary>
    public const double Threshold = 0.6;

    public CuratedReply? Match(string question, Language language, string? vacancy, IEnumerable<CuratedAnswer> answers)
    {
        var asked = Terms(question);
        if (asked.Count < 2)
        {
            return null;
        }

        CuratedReply? best = null;
        foreach (var answer in answers)
        {
            if (answer.Vacancy is { } only && !string.Equals(only, vacancy, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var known = Terms(answer.Question);
            var shared = asked.Count(known.Contains);
            var score = shared == 0 ? 0 : shared / Math.Sqrt((double)asked.Count * known.Count);
            if (shared >= 2 && score >= Threshold && score > (best?.Score ?? 0))
            {
                best = new CuratedReply(language, answer, score);
            }
        }

        return best;
    }

    /// <summary>Whether a text asks something (two content words or more), as opposed to a greeting or a stray key.</summary>
    public bool IsQuestion(string text) => Terms(text).Count >= 2;

    private HashSet<string> Terms(string text) => analyser.Question(text).Terms.ToHashSet(StringComparer.Ordinal);
}
