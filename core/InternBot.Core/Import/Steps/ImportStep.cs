using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>
/// One step of the import. A step reads the document (and only what the pipeline hands it from earlier steps) and
/// returns its value with its findings: the report lines it wrote, the notice lines it cited, and the lines whose
/// text it took into the entry. Its state is its own, and it runs once.
/// </summary>
internal abstract class ImportStep(NoticeDocument doc)
{
    private readonly List<FieldReport> _fields = [];
    private readonly HashSet<int> _cited = [];
    private readonly HashSet<int> _taken = [];
    private bool _completed;

    protected NoticeDocument Doc => doc;

    /// <summary>The step's value and findings; a step that completed once cannot add to them.</summary>
    protected Step<T> Complete<T>(T value)
    {
        if (_completed)
        {
            throw new InvalidOperationException($"{GetType().Name} already ran; each step instance reads a document once.");
        }

        _completed = true;
        return new Step<T>(value, new Findings(_fields, _cited, _taken));
    }

    protected bool Cited(int line) => _cited.Contains(line);

    /// <summary>These lines' text went into the entry (title, units, tasks...): the description leaves them out.</summary>
    protected void Take(int line) => _taken.Add(line);

    protected void Take(IEnumerable<int> lines) => _taken.UnionWith(lines);

    protected void Report(string field, FieldStatus status, string value, IEnumerable<NoticeLine> lines, string note)
    {
        var numbers = lines.Select(l => l.Number).Distinct().Order().ToList();
        _cited.UnionWith(numbers);
        _fields.Add(new FieldReport(field, status, value, numbers, note));
    }

    protected void Found(string field, string value, IEnumerable<NoticeLine> lines, string note = "") => Report(field, FieldStatus.Found, value, lines, note);

    protected void Doubtful(string field, string value, IEnumerable<NoticeLine> lines, string note) => Report(field, FieldStatus.Doubtful, value, lines, note);

    protected void Missing(string field, string note) => Report(field, FieldStatus.Missing, "", [], note);

    protected void NotStated(string field, string note) => Report(field, FieldStatus.NotStated, "", [], note);
}

/// <summary>What a step wrote in the report, the lines it cited, and the lines whose text it took.</summary>
internal sealed record Findings(IReadOnlyList<FieldReport> Fields, IReadOnlySet<int> Cited, IReadOnlySet<int> Taken)
{
    /// <summary>Lines cited by any of these steps.</summary>
    public static IReadOnlySet<int> CitedBy(params Findings[] steps) => steps.SelectMany(s => s.Cited).ToHashSet();

    /// <summary>Lines taken by any of these steps.</summary>
    public static IReadOnlySet<int> TakenBy(params Findings[] steps) => steps.SelectMany(s => s.Taken).ToHashSet();
}

/// <summary>A step's value and its findings.</summary>
internal readonly record struct Step<T>(T Value, Findings Findings);

/// <summary>Who recruits: title, short name, reference, NATO body, division (each null when not found).</summary>
internal sealed record NoticeIdentity(LocalizedText? Title, string? ShortName, string? Reference, LocalizedText? NatoBody, LocalizedText? Division);

/// <summary>The application deadline and the campaign named after it.</summary>
internal sealed record NoticeDeadline(ZonedDateTime At, string Campaign);

/// <summary>Header facts other than identity and deadline.</summary>
internal sealed record HeaderFacts(LocalizedText? Location, WorkSchedule? Schedule, string? Grade, string? ClearanceLevel);

/// <summary>The intern's tasks and what they will learn.</summary>
internal sealed record NoticeTasks(List<LocalizedText> Tasks, List<LocalizedText> LearningOutcomes);
