namespace InternBot.Core.Answers;

/// <summary>A fact the notices may state, per vacancy. Understanding.json holds the example questions for each.</summary>
public enum Topic
{
    Deadline,
    Grant,
    Tasks,
    Units,
    About,
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
    Activities,
    ApplicationLimit,
    GenerativeAi,
    Enquiries,
    UpdatesAfterDeadline,
    CandidatePool,
    ReasonableAccommodation,
    Diversity,
    Integrity,
    Accuracy,
    MoreInformation,
    Clearance,
    Grade,
    NatoBody,
    Reference,
    LearningOutcomes,

    /// <summary>The vacancy's full title ("International Military Staff – Executive Coordinator, Knowledge Management Section internship").</summary>
    Title,

    /// <summary>What the internship offers as a whole: grant, duration, start, hours, place, telework, travel and more.</summary>
    Offer,
}
