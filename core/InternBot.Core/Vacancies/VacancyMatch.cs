namespace InternBot.Core.Vacancies;

/// <summary>The result of looking a vacancy up: one, several equally likely, or none.</summary>
public sealed record VacancyMatch(Vacancy? Vacancy, IReadOnlyList<Vacancy> Candidates)
{
    public static readonly VacancyMatch None = new(null, []);

    public bool IsUnique => Vacancy is not null;

    public bool IsAmbiguous => Vacancy is null && Candidates.Count > 1;

    public static VacancyMatch Unique(Vacancy vacancy) => new(vacancy, [vacancy]);

    public static VacancyMatch Ambiguous(IReadOnlyList<Vacancy> candidates) => new(null, candidates);
}
