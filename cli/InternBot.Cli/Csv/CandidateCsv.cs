using InternBot.Core.Csv;
using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Json;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Csv;

/// <summary>
/// Maps a row of a candidate export (columns in README "Candidate CSV") to a profile. An empty cell means
/// "not known"; lists are separated by ';' or '|'.
/// </summary>
internal sealed class CandidateCsv
{
    public static readonly string[] Columns =
    [
        "candidateId", "nationalities", "dateOfBirth", "enrolledStudent", "yearsCompleted", "equivalentEducation",
        "degreeLevel", "degreeAwardedOn", "degreeRelevant", "finalStageOfMasters", "languages", "documents",
        "submittedAt", "otherVacancies", "advancedItUser", "priorExperience",
    ];

    private readonly Dictionary<string, int> _index;
    private readonly VacancyCatalogue _catalogue;

    private CandidateCsv(Dictionary<string, int> index, VacancyCatalogue catalogue)
    {
        _index = index;
        _catalogue = catalogue;
    }

    /// <summary>Checks the header: at least one known column, and no column twice.</summary>
    public static (CandidateCsv? Mapper, IReadOnlyList<InputProblem> Problems) ForHeader(IReadOnlyList<string> header, string source, VacancyCatalogue catalogue)
    {
        var problems = new List<InputProblem>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                continue; // Other columns (names, e-mails, notes) are carried through untouched.
            }

            if (!index.TryAdd(known, i))
            {
                problems.Add(new InputProblem(source, $"header, column {i + 1}", $"the column '{known}' appears twice.", "Keep only one column of that name."));
            }
        }

        if (index.Count == 0)
        {
            problems.Add(new InputProblem(source, "header", "no known column was found.", $"Name the columns as in the README, e.g. {string.Join(", ", Columns.Take(4))}."));
        }

        return problems.Count > 0 ? (null, problems) : (new CandidateCsv(index, catalogue), []);
    }

    public (CandidateProfile? Profile, IReadOnlyList<InputProblem> Problems) Read(IReadOnlyList<string> row, int rowNumber, string source)
    {
        var problems = new List<InputProblem>();

        T? Value<T>(string column, Func<string, (T? Value, string? Error)> parse)
        {
            var cell = Cell(row, column);
            if (cell is null)
            {
                return default;
            }

            var (value, error) = parse(cell);
            if (error is not null)
            {
                problems.Add(new InputProblem(source, $"row {rowNumber}, column '{column}'", error, "Correct the cell, or leave it empty if unknown."));
            }

            return value;
        }

        IReadOnlyList<T>? List<T>(string column, Func<string, T?> item)
            where T : class
        {
            var cell = Cell(row, column);
            return cell is null ? null : ProfileValues.ListEntries(cell).Select(item).OfType<T>().ToList();
        }

        var level = Value("degreeLevel", ProfileValues.Degree);
        var awarded = Value("degreeAwardedOn", ProfileValues.Date);
        var education = new EducationFacts
        {
            EnrolledStudent = Value("enrolledStudent", ProfileValues.Bool),
            YearsCompleted = Value("yearsCompleted", ProfileValues.Years),
            EquivalentEducation = Value("equivalentEducation", ProfileValues.Bool),
            FinalStageOfMasters = Value("finalStageOfMasters", ProfileValues.Bool),
            Degree = level is null ? null : new Degree(level.Value, awarded) { RelevantToVacancy = Value("degreeRelevant", ProfileValues.Bool) },
        };
        if (level is null && awarded is not null)
        {
            problems.Add(new InputProblem(source, $"row {rowNumber}, column 'degreeLevel'", "a degree date is given without its level.", "Fill degreeLevel (shortCycle, bachelor, master or doctorate)."));
        }

        var profile = new CandidateProfile
        {
            Nationalities = List("nationalities", n => Record(ProfileValues.Country(n), "nationalities")),
            DateOfBirth = Value("dateOfBirth", ProfileValues.Date),
            Education = education == new EducationFacts() ? null : education,
            Languages = List("languages", s => Language(s)),
            Documents = List("documents", s => Document(s)),
            SubmittedAt = Value("submittedAt", ProfileValues.Instant),
            OtherApplications = List("otherVacancies", v => ProfileValues.OtherApplication(v, _catalogue)),
            Desirable = new DesirableFacts { AdvancedItUser = Value("advancedItUser", ProfileValues.Bool), PriorExperience = Value("priorExperience", ProfileValues.Bool) },
        };
        return problems.Count > 0 ? (null, problems) : (profile, []);

        T? Record<T>((T? Value, string? Error) result, string column)
            where T : class
        {
            if (result.Error is not null)
            {
                problems.Add(new InputProblem(source, $"row {rowNumber}, column '{column}'", result.Error, "Correct the cell, or leave it empty if unknown."));
            }

            return result.Value;
        }

        // "en:C1" and "proofOfStudies:de:translated": the notations every input shares (ProfileValues).
        LanguageSkill? Language(string s) => Entry(ProfileValues.LanguageEntry(s), "languages", ProfileValues.LanguageNotation);

        AttachedDocument? Document(string s) => Entry(ProfileValues.DocumentEntry(s), "documents", ProfileValues.DocumentNotation);

        T? Entry<T>((T? Value, string? Error) result, string column, string notation)
            where T : class
        {
            if (result.Error is not null)
            {
                problems.Add(new InputProblem(source, $"row {rowNumber}, column '{column}'", result.Error, $"Write each entry as {notation}."));
            }

            return result.Value;
        }
    }

    private string? Cell(IReadOnlyList<string> row, string column) =>
        _index.TryGetValue(column, out var i) && i < row.Count && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;
}
