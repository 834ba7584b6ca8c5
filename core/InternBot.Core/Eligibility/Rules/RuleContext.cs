using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>What every rule needs: the candidate, the vacancy and the date on which age and graduation count.</summary>
internal sealed record RuleContext(CandidateProfile Profile, Vacancy Vacancy, DateOnly ReferenceDate, List<LocalizedText> Assumptions)
{
    public TimeZoneInfo Zone => Vacancy.Deadline.LastMinute.Zone;

    public string ReferenceDateText(Language language) => Formats.Date(ReferenceDate, language);
}
