using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>
/// Everything one vacancy notice states, in our own words. A null or empty member means the notice does not
/// say: callers must report "not stated", never fill in a guess.
/// </summary>
public sealed record Vacancy
{
    /// <summary>Stable lower-case id used in URLs, commands and application records ("nds", "km").</summary>
    public required string Slug { get; init; }

    /// <summary>The notice's reference number ("250772"), when it has one.</summary>
    public string? Reference { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The short name people use ("NDS", "KM").</summary>
    public required string ShortName { get; init; }

    /// <summary>Other names people use for it ("Digital Staff", "knowledge management").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The recruitment campaign the notice belongs to; the application limit counts within it.</summary>
    public required string Campaign { get; init; }

    public LocalizedText? NatoBody { get; init; }

    /// <summary>The division, office or staff that hosts the interns.</summary>
    public LocalizedText? Division { get; init; }

    /// <summary>Facts about the host organisation: what it is and does.</summary>
    public IReadOnlyList<LocalizedText> About { get; init; } = [];

    /// <summary>Sections, branches or areas that take interns, and what each does.</summary>
    public IReadOnlyList<OrganisationalUnit> Units { get; init; } = [];

    /// <summary>What interns do day to day.</summary>
    public IReadOnlyList<LocalizedText> Tasks { get; init; } = [];

    /// <summary>What interns learn or gain, where the notice says.</summary>
    public IReadOnlyList<LocalizedText> LearningOutcomes { get; init; } = [];

    public LocalizedText? Location { get; init; }

    public WorkSchedule? Schedule { get; init; }

    public string? Grade { get; init; }

    /// <summary>Security clearance code as printed ("NS"); see <see cref="ClearanceLevels"/> for its name.</summary>
    public string? ClearanceLevel { get; init; }

    public required ApplicationDeadline Deadline { get; init; }

    public InfoSession? InfoSession { get; init; }

    /// <summary>What the programme offers; null when the notice's offer section is missing or empty.</summary>
    public Offer? Offer { get; init; }

    public required Selection Selection { get; init; }

    public DocumentRequirements? Documents { get; init; }

    public Policies Policies { get; init; } = new();

    /// <summary>The data file the vacancy was read from (for error messages and provenance).</summary>
    public string? SourceFile { get; init; }
}
