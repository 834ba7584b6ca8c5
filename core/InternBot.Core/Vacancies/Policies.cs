using InternBot.Core.Text;

namespace InternBot.Core.Vacancies;

/// <summary>The notice's policies; null where the notice is silent.</summary>
public sealed record Policies
{
    public LocalizedText? GenerativeAi { get; init; }

    public LocalizedText? Enquiries { get; init; }

    public LocalizedText? UpdatesAfterDeadline { get; init; }

    public LocalizedText? CandidatePool { get; init; }

    public LocalizedText? ReasonableAccommodation { get; init; }

    public LocalizedText? Diversity { get; init; }

    public LocalizedText? Integrity { get; init; }

    public LocalizedText? Accuracy { get; init; }

    public LocalizedText? MoreInformation { get; init; }
}
