using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>What the notice says the programme offers. Any member may be unstated (null).</summary>
public sealed record Offer
{
    public LocalizedText? Place { get; init; }

    public int? DurationMonths { get; init; }

    /// <summary>Months in which internships start (first day of each month).</summary>
    public IReadOnlyList<DateOnly> StartPeriods { get; init; } = [];

    public bool? FullTime { get; init; }

    public decimal? WeeklyHours { get; init; }

    public Grant? Grant { get; init; }

    public LocalizedText? TravelReimbursement { get; init; }

    public LocalizedText? Telework { get; init; }

    public LocalizedText? StaffCentre { get; init; }

    public LocalizedText? Activities { get; init; }
}
