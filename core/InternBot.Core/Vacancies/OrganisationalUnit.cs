using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>A section, branch, service or area that takes interns.</summary>
public sealed record OrganisationalUnit(LocalizedText Name, string? Abbreviation, LocalizedText? Description)
{
    /// <summary>Smaller areas inside the unit (for example the NATO Archives inside DIMS).</summary>
    public IReadOnlyList<LocalizedText> Areas { get; init; } = [];
}
