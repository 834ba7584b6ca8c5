using System.Text.Json;
using System.Text.Json.Serialization;
using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Understanding;

namespace InternBot.Core.Conversations;

/// <summary>
/// The one stored form of <see cref="ConversationState"/> (without its version, which each store keeps itself), so
/// every store reads what another wrote. Unknown or damaged values are dropped, never fatal: a conversation starts
/// afresh rather than fail.
/// </summary>
public static class ConversationStateJson
{
    // Names as the first stored form wrote them (read case-insensitively), so older rows still load.
    private sealed record Stored(string? CurrentVacancy, string? Language, Dictionary<string, string>? Form, List<string>? Topics, StoredProfile? Profile, List<string>? Recent = null, string? Unit = null, string? Forms = null, List<string>? Subject = null, string? Detail = null, string? Aspect = null);

    private sealed record StoredProfile(int? Age, List<string>? Nationalities, bool? Student, int? MonthsSinceGraduation, string? Degree, decimal? YearsCompleted,
        Dictionary<string, string>? Languages, List<string>? LanguagesWithoutLevel, DateOnly? GraduatedIn = null, bool? EquivalentEducation = null, bool NoOfficialLanguage = false, DateOnly? BornOn = null, int? GraduatedInYear = null, bool SomeoneElse = false);

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    public static string Write(ConversationState state)
    {
        var p = state.Profile;
        var profile = p is null ? null : new StoredProfile(p.Age, p.Nationalities.Select(c => c.Alpha2).ToList(), p.Student, p.MonthsSinceGraduation, p.DegreeLevel?.ToString(),
            p.YearsCompleted, p.Languages.ToDictionary(l => l.Language, l => l.Level.ToString()), [.. p.LanguagesWithoutLevel], p.GraduatedIn, p.EquivalentEducation, p.NoOfficialLanguage, p.BornOn, p.GraduatedInYear, p.SomeoneElse);
        return JsonSerializer.Serialize(new Stored(state.CurrentVacancy, state.PreferredLanguage?.Code(), new Dictionary<string, string>(state.EligibilityForm),
            state.LastTopics.Select(t => t.ToString()).ToList(), profile, state.RecentVacancies.Count > 0 ? [.. state.RecentVacancies] : null, state.LastUnit,
            state.LastForms == AnswerForms.None ? null : state.LastForms.ToString(), state.LastSubject.Count > 0 ? [.. state.LastSubject] : null,
            state.LastDetail == AskedDetail.None ? null : state.LastDetail.ToString(), state.LastAspect), Options);
    }

    /// <summary>The state a stored text holds; an empty state when it is missing or damaged.</summary>
    public static ConversationState Read(string? json, long version)
    {
        Stored? stored = null;
        try
        {
            stored = string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Stored>(json, Options);
        }
        catch (JsonException)
        {
        }

        if (stored is null)
        {
            return new ConversationState { Version = version };
        }

        var p = stored.Profile;
        return new ConversationState
        {
            CurrentVacancy = stored.CurrentVacancy,
            PreferredLanguage = Languages.Parse(stored.Language),
            EligibilityForm = stored.Form ?? [],
            RecentVacancies = (stored.Recent ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Take(QuestionContext.RecentLimit).ToList(),
            LastUnit = stored.Unit is { Length: > 0 and <= 100 } unit ? unit : null,
            // Only the forms a follow-up keeps: a stored value naming anything else is ignored, not trusted.
            LastForms = Enum.TryParse<AnswerForms>(stored.Forms, out var forms) ? forms & QuestionContext.CarriedForms : AnswerForms.None,
            // Search terms: short words only, as many as a question keeps.
            LastSubject = (stored.Subject ?? []).Where(t => t is { Length: > 0 and <= 40 }).Take(QuestionContext.SubjectLimit).ToList(),
            // (A name that is no detail, or a number standing for one, is ignored.)
            LastDetail = Enum.TryParse<AskedDetail>(stored.Detail, out var detail) && Enum.IsDefined(detail) && !int.TryParse(stored.Detail, out _) ? detail : AskedDetail.None,
            // An aspect's id: a short word of letters; the answerer ignores one it does not know.
            LastAspect = stored.Aspect is { Length: > 0 and <= 40 } aspect && aspect.All(char.IsAsciiLetter) ? aspect : null,
            LastTopics = (stored.Topics ?? []).Select(t => Enum.TryParse<Topic>(t, out var topic) ? topic : (Topic?)null).OfType<Topic>().ToList(),
            Profile = p is null ? null : new PersonalFacts
            {
                Age = p.Age,
                BornOn = p.BornOn,
                Nationalities = (p.Nationalities ?? []).Select(Countries.Find).OfType<Country>().ToList(),
                Student = p.Student,
                MonthsSinceGraduation = p.MonthsSinceGraduation,
                DegreeLevel = Enum.TryParse<DegreeLevel>(p.Degree, out var degree) ? degree : null,
                YearsCompleted = p.YearsCompleted,
                Languages = (p.Languages ?? []).Select(kv => Enum.TryParse<LanguageLevel>(kv.Value, out var level) ? new LanguageSkill(kv.Key, level) : null).OfType<LanguageSkill>().ToList(),
                LanguagesWithoutLevel = p.LanguagesWithoutLevel ?? [],
                GraduatedIn = p.GraduatedIn,
                GraduatedInYear = p.GraduatedInYear,
                EquivalentEducation = p.EquivalentEducation,
                NoOfficialLanguage = p.NoOfficialLanguage,
                SomeoneElse = p.SomeoneElse,
            },
            Version = version,
        };
    }
}
