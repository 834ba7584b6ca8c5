namespace InternBot.Core.Applications;

/// <summary>
/// The one definition of the applications list's columns. The SharePoint adapter reads and writes by it,
/// `internbot provision` creates the list from it, and the PnP template and CLI for Microsoft 365 script in
/// infra/sharepoint are generated from it (a test keeps them in step).
/// </summary>
public static class ApplicationListSchema
{
    public const string DefaultListName = "InternBot Applications";

    public static readonly IReadOnlyList<ListColumn> Columns =
    [
        new("CandidateId", "Candidate id", ColumnKind.Text, Indexed: true, Required: true),
        new("Email", "E-mail", ColumnKind.Text),
        new("Vacancy", "Vacancy", ColumnKind.Text, Indexed: true, Required: true),
        new("Campaign", "Campaign", ColumnKind.Text, Indexed: true, Required: true),
        new("Nationalities", "Nationalities", ColumnKind.Text),
        new("DateOfBirth", "Date of birth", ColumnKind.Date),
        new("EnrolledStudent", "Enrolled student", ColumnKind.YesNo),
        new("YearsCompleted", "Years of study completed", ColumnKind.Number),
        new("EquivalentEducation", "Equivalent education", ColumnKind.YesNo),
        new("DegreeLevel", "Degree level", ColumnKind.Choice, Choices: ["shortCycle", "bachelor", "master", "doctorate"]),
        new("DegreeAwardedOn", "Degree awarded on", ColumnKind.Date),
        new("DegreeRelevant", "Degree relevant", ColumnKind.YesNo),
        new("FinalStageOfMasters", "Final stage of master's", ColumnKind.YesNo),
        new("Languages", "Languages", ColumnKind.Text),
        new("AdvancedItUser", "Advanced IT user", ColumnKind.YesNo),
        new("PriorExperience", "Prior experience", ColumnKind.YesNo),
        new("Documents", "Documents", ColumnKind.Text),
        new("SubmittedAt", "Submitted at", ColumnKind.DateTime, Indexed: true),
        new("Status", "Status", ColumnKind.Choice, Indexed: true, Required: true, Choices: [.. Enum.GetNames<ApplicationStatus>()]),
        new("Supervisors", "Supervisors", ColumnKind.Note),
        new("Notes", "Notes", ColumnKind.Note),
    ];

    /// <summary>Yes/no columns are choices so "unknown" (empty) stays different from "no".</summary>
    public static readonly string[] YesNo = ["Yes", "No"];

    public static IEnumerable<string> IndexedColumns => Columns.Where(c => c.Indexed).Select(c => c.Name);
}

public sealed record ListColumn(string Name, string DisplayName, ColumnKind Kind, bool Indexed = false, bool Required = false, IReadOnlyList<string>? Choices = null)
{
    public IReadOnlyList<string> ChoiceValues => Kind == ColumnKind.YesNo ? ApplicationListSchema.YesNo : Choices ?? [];
}

public enum ColumnKind
{
    Text,
    Note,
    Number,
    Date,
    DateTime,
    Choice,
    YesNo,
}
