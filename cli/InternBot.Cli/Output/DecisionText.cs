using System.Globalization;
using System.Text;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Output;

/// <summary>A decision as a readable table, for `--format text`.</summary>
internal static class DecisionText
{
    public static string Render(EligibilityDecision d, Vacancy vacancy, Language l)
    {
        var sb = new StringBuilder();
        var fr = l == Language.French;
        sb.AppendLine(CultureInfo.InvariantCulture, $"{(fr ? "Poste :" : "Vacancy:")} {vacancy.ShortName} - {vacancy.Title.In(l)}{(vacancy.Reference is null ? "" : $" ({vacancy.Reference})")}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{(fr ? "Décision :" : "Verdict:")} {EligibilityLabels.Of(d.Verdict).In(l)}");
        sb.AppendLine();
        Table(sb, d.Criteria, l);
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{(fr ? "Critères souhaitables :" : "Desirable criteria:")} {d.Desirable.Matched}/{d.Desirable.Total}");
        Table(sb, d.Desirable.Items, l);
        var fixes = d.Criteria.Where(c => c.Fix is not null && c.Outcome != Outcome.Passed).ToList();
        if (fixes.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(fr ? "Ce qui changerait la décision :" : "What would change the verdict:");
            foreach (var c in fixes)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  - {EligibilityLabels.Criterion(c.Criterion).In(l)}{(fr ? " :" : ":")} {c.Fix!.In(l)}");
            }
        }

        if (d.Assumptions.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(fr ? "Hypothèses :" : "Assumptions:");
            foreach (var a in d.Assumptions)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  - {a.In(l)}");
            }
        }

        return sb.ToString();
    }

    private static void Table(StringBuilder sb, IReadOnlyList<CriterionResult> rows, Language l)
    {
        var names = rows.Select(r => EligibilityLabels.Criterion(r.Criterion).In(l)).ToList();
        var outcomes = rows.Select(r => EligibilityLabels.Of(r.Outcome).In(l)).ToList();
        var w1 = Math.Max(10, names.DefaultIfEmpty("").Max(n => n.Length));
        var w2 = Math.Max(8, outcomes.DefaultIfEmpty("").Max(n => n.Length));
        for (var i = 0; i < rows.Count; i++)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {names[i].PadRight(w1)}  {outcomes[i].PadRight(w2)}  {rows[i].Reason.In(l)}");
        }
    }
}
