using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>An information session about the vacancy and the recruitment process.</summary>
public sealed record InfoSession(ZonedDateTime Start)
{
    /// <summary>The zone abbreviation the notice printed ("CET"); it may disagree with daylight saving.</summary>
    public string? ZoneLabelInNotice { get; init; }

    public Uri? RegistrationUrl { get; init; }

    public LocalizedText? Description { get; init; }
}
