using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>Selection criteria, competencies and the campaign's application limit.</summary>
public sealed record Selection
{
    /// <summary>How many different vacancies one candidate may apply to in the campaign; null if unstated.</summary>
    public int? ApplicationLimit { get; init; }

    public IReadOnlyList<Criterion> Essential { get; init; } = [];

    public IReadOnlyList<Criterion> Desirable { get; init; } = [];

    public IReadOnlyList<Competency> Competencies { get; init; } = [];
}

/// <summary>A competency and the behaviour the notice expects for it.</summary>
public sealed record Competency(LocalizedText Name, LocalizedText Description);
