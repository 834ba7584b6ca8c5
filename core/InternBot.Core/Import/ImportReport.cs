using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

public enum FieldStatus
{
    /// <summary>Read from the notice.</summary>
    Found,

    /// <summary>Read, but with an assumption or a conflict a person should check.</summary>
    Doubtful,

    /// <summary>Expected in every notice, not found: a gap.</summary>
    Missing,

    /// <summary>Optional, and this notice does not state it (no info session, no reference): not a gap.</summary>
    NotStated,
}

/// <summary>What the importer did with one field: its value, the notice lines it came from, and why.</summary>
public sealed record FieldReport(string Field, FieldStatus Status, string Value, IReadOnlyList<int> Lines, string Note);

/// <summary>The result of importing a notice: an entry (when usable) and a report line per field.</summary>
public sealed record NoticeImport(Vacancy? Vacancy, IReadOnlyList<FieldReport> Fields, string? Unusable)
{
    public bool HasGaps => Fields.Any(f => f.Status is FieldStatus.Missing or FieldStatus.Doubtful);
}
