namespace InternBot.Core.Vacancies;

/// <summary>The intern's grant. <see cref="Currency"/> is null when the notice gives a bare number.</summary>
public sealed record Grant(decimal Amount, string? Currency, GrantPeriod Period);

public enum GrantPeriod
{
    Monthly,
    Weekly,
    Total,
}
