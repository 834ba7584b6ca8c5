using System.Text.Json;
using System.Text.Json.Serialization;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;

namespace InternBot.Cli.Output;

/// <summary>The JSON shape of a decision printed by `internbot eligibility` (documented in the README).</summary>
internal sealed record DecisionDocument(
    string Vacancy,
    string Verdict,
    IReadOnlyList<CriterionDocument> Criteria,
    DesirableDocument Desirable,
    IReadOnlyList<TextDocument> Assumptions,
    DateTimeOffset EvaluatedAt)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static DecisionDocument From(EligibilityDecision d) => new(
        d.Vacancy,
        JsonNamingPolicy.CamelCase.ConvertName(d.Verdict.ToString()),
        d.Criteria.Select(CriterionDocument.From).ToList(),
        new DesirableDocument(d.Desirable.Matched, d.Desirable.Total, d.Desirable.Items.Select(CriterionDocument.From).ToList()),
        d.Assumptions.Select(TextDocument.From).ToList(),
        d.EvaluatedAt);

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

internal sealed record CriterionDocument(string Criterion, string Outcome, TextDocument Reason, TextDocument? Fix)
{
    public static CriterionDocument From(CriterionResult r) =>
        new(r.Criterion, JsonNamingPolicy.CamelCase.ConvertName(r.Outcome.ToString()), TextDocument.From(r.Reason), r.Fix is null ? null : TextDocument.From(r.Fix));
}

internal sealed record DesirableDocument(int Matched, int Total, IReadOnlyList<CriterionDocument> Items);

internal sealed record TextDocument(string En, string? Fr)
{
    public static TextDocument From(LocalizedText t) => new(t.En, t.Fr);
}
