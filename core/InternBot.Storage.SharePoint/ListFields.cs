using System.Globalization;
using InternBot.Core.Applications;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace InternBot.Storage.SharePoint;

/// <summary>Converts applications to and from list item fields, column by column of <see cref="ApplicationListSchema"/>.</summary>
internal static class ListFields
{
    /// <summary>The $select of fields every read asks for.</summary>
    public static readonly string Select = string.Join(",", ApplicationListSchema.Columns.Select(c => c.Name).Prepend("Title"));

    public static Dictionary<string, object?> From(ApplicationRecord a)
    {
        static object? YesNo(bool? b) => b switch { true => "Yes", false => "No", null => null };
        static string? Day(DateOnly? d) => d is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null;
        return new Dictionary<string, object?>
        {
            ["Title"] = a.DisplayName, ["CandidateId"] = a.CandidateId, ["Email"] = a.Email, ["Vacancy"] = a.Vacancy, ["Campaign"] = a.Campaign,
            ["Nationalities"] = a.Nationalities, ["DateOfBirth"] = Day(a.DateOfBirth), ["EnrolledStudent"] = YesNo(a.EnrolledStudent),
            ["YearsCompleted"] = a.YearsCompleted is { } y ? (double)y : null, ["EquivalentEducation"] = YesNo(a.EquivalentEducation), ["DegreeLevel"] = a.DegreeLevel,
            ["DegreeAwardedOn"] = Day(a.DegreeAwardedOn), ["DegreeRelevant"] = YesNo(a.DegreeRelevant), ["FinalStageOfMasters"] = YesNo(a.FinalStageOfMasters),
            ["Languages"] = a.Languages, ["AdvancedItUser"] = YesNo(a.AdvancedItUser), ["PriorExperience"] = YesNo(a.PriorExperience), ["Documents"] = a.Documents,
            ["SubmittedAt"] = a.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), ["Status"] = a.Status.ToString(),
            ["Supervisors"] = a.Supervisors, ["Notes"] = a.Notes,
        };
    }

    public static ApplicationRecord To(ListItem item)
    {
        var f = item.Fields?.AdditionalData ?? new Dictionary<string, object>();
        string? S(string name) => f.TryGetValue(name, out var v) ? Text(v) : null;
        bool? B(string name) => S(name) switch { "Yes" or "true" or "True" => true, "No" or "false" or "False" => false, _ => null };
        DateOnly? D(string name) => S(name) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new ApplicationRecord
        {
            Id = item.Id ?? "",
            DisplayName = S("Title") ?? "",
            CandidateId = S("CandidateId") ?? "",
            Email = S("Email"),
            Vacancy = S("Vacancy") ?? "",
            Campaign = S("Campaign") ?? "",
            Nationalities = S("Nationalities"),
            DateOfBirth = D("DateOfBirth"),
            EnrolledStudent = B("EnrolledStudent"),
            YearsCompleted = decimal.TryParse(S("YearsCompleted"), NumberStyles.Float, CultureInfo.InvariantCulture, out var years) ? years : null,
            EquivalentEducation = B("EquivalentEducation"),
            DegreeLevel = S("DegreeLevel"),
            DegreeAwardedOn = D("DegreeAwardedOn"),
            DegreeRelevant = B("DegreeRelevant"),
            FinalStageOfMasters = B("FinalStageOfMasters"),
            Languages = S("Languages"),
            AdvancedItUser = B("AdvancedItUser"),
            PriorExperience = B("PriorExperience"),
            Documents = S("Documents"),
            SubmittedAt = DateTimeOffset.TryParse(S("SubmittedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null,
            Status = Enum.TryParse<ApplicationStatus>(S("Status"), out var status) ? status : ApplicationStatus.Submitted,
            Supervisors = S("Supervisors"),
            Notes = S("Notes"),
            Modified = item.LastModifiedDateTime,
            ModifiedBy = item.LastModifiedBy?.User?.Id ?? item.LastModifiedBy?.Application?.Id,
            Version = item.ETag ?? "",
        };
    }

    /// <summary>Field values arrive as primitives or Kiota's untyped nodes, depending on the serializer: text either way.</summary>
    private static string? Text(object? value) => value switch
    {
        null or UntypedNull => null,
        string s => s,
        UntypedString s => s.GetValue(),
        UntypedBoolean b => b.GetValue() ? "true" : "false",
        UntypedInteger i => i.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedLong l => l.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDouble d => d.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedFloat d => d.GetValue().ToString(CultureInfo.InvariantCulture),
        UntypedDecimal d => d.GetValue().ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
