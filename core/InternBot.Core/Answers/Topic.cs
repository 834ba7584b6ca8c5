namespace InternBot.Core.Answers;

/// <summary>What a question is about.</summary>
public enum Topic
{
    Deadline,
    Grant,
    Tasks,
    Units,
    EssentialCriteria,
    DesirableCriteria,
    Competencies,
    Documents,
    Languages,
    InfoSession,
    Location,
    Start,
    Duration,
    Hours,
    Telework,
    Travel,
    StaffCentre,
    ApplicationLimit,
    GenerativeAi,
    Enquiries,
    UpdatesAfterDeadline,
    CandidatePool,
    ReasonableAccommodation,
    Diversity,
    Clearance,
    Grade,
    NatoBody,

    // Things people ask that no notice covers: answered honestly as "not stated".
    Housing,
    Visa,
    Insurance,
    Leave,
    Contract,
    Selection,
}
