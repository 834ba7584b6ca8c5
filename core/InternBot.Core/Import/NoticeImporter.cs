using System.Globalization;
using System.Text.RegularExpressions;
using InternBot.Core.Json;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>
/// Turns a published vacancy notice into a catalogue entry and a report of what it found, where, and what it
/// could not find. It never guesses silently: every assumption is a "doubtful" line in the report, and what it
/// cannot find stays unknown.
/// </summary>
public sealed partial class NoticeImporter
{
    /// <summary>Real notices are under 20 KB; anything this large is not one.</summary>
    public const int MaxCharacters = 512 * 1024;

    private readonly NoticeDocument _doc;
    private readonly List<FieldReport> _report = [];
    private readonly HashSet<int> _used = [];

    // Lines whose text went into units, tasks or outcomes: the description ("about") leaves them out.
    private readonly HashSet<int> _consumed = [];

    private NoticeImporter(NoticeDocument doc) => _doc = doc;

    public static NoticeImport Import(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unusable("the file is empty.");
        }

        if (text.Length > MaxCharacters)
        {
            return Unusable($"the file has {text.Length / 1024} K characters; a vacancy notice has a few dozen K at most.");
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            return Unusable("the file holds binary data, not the text of a notice.");
        }

        var importer = new NoticeImporter(NoticeDocument.Parse(text));
        return importer.Run(source);
    }

    private static NoticeImport Unusable(string why) => new(null, [], why);

    private NoticeImport Run(string source)
    {
        var header = HeaderFields();
        _consumed.UnionWith(header.Values.Select(h => h.Line.Number));
        var (title, shortName, reference, natoBody, division) = Identity(header);
        var deadline = Deadline(header);
        var recognised = _doc.Headings.Count + header.Count;
        if (deadline is null || title is null || shortName is null)
        {
            var why = recognised == 0
                ? "it does not look like a vacancy notice: no known heading (Essential, Desirable, What do we offer...), no header field and no deadline were found."
                : $"the entry cannot be loaded without {(title is null || shortName is null ? "a title or short name" : "an application deadline")}; see the report.";
            return new NoticeImport(null, _report, why);
        }

        var slug = Slug(shortName);
        var vacancy = new Vacancy
        {
            Slug = slug,
            Reference = reference,
            Title = title,
            ShortName = shortName,
            Campaign = Campaign(deadline),
            NatoBody = natoBody,
            Division = division,
            Location = Location(header),
            Schedule = Schedule(header),
            Grade = Grade(header),
            ClearanceLevel = Clearance(header),
            Deadline = new ApplicationDeadline(deadline),
            InfoSession = InfoSession(),
            Offer = Offer(header),
            Selection = Selection(),
            Documents = Documents(),
            Policies = Policies(),
            Units = Units(shortName),
            Tasks = Tasks(out var outcomes),
            LearningOutcomes = outcomes,
            About = About(),
        };

        // Prove the entry loads exactly as the app will load it.
        var problems = new ProblemList(source);
        var written = VacancyFileWriter.Write(vacancy);
        var reloaded = VacancyFileReader.Read(written, source, problems);
        return reloaded is null
            ? new NoticeImport(null, _report, "the entry would not load: " + string.Join("; ", problems.Items))
            : new NoticeImport(vacancy, _report, null);
    }

    private void Report(string field, FieldStatus status, string value, IEnumerable<NoticeLine> lines, string note)
    {
        var numbers = lines.Select(l => l.Number).Distinct().Order().ToList();
        _used.UnionWith(numbers);
        _report.Add(new FieldReport(field, status, value, numbers, note));
    }

    private void Found(string field, string value, IEnumerable<NoticeLine> lines, string note = "") => Report(field, FieldStatus.Found, value, lines, note);

    private void Doubtful(string field, string value, IEnumerable<NoticeLine> lines, string note) => Report(field, FieldStatus.Doubtful, value, lines, note);

    private void Missing(string field, string note) => Report(field, FieldStatus.Missing, "", [], note);

    private void NotStated(string field, string note) => Report(field, FieldStatus.NotStated, "", [], note);

    // ---- header fields ("Primary Location: Belgium-Brussels", "Grade INTERN", "Clearance Level NS")

    private static readonly string[] HeaderNames =
    [
        "primary location", "location", "duty station", "nato body", "organisation", "organization", "schedule", "application deadline",
        "closing date", "deadline", "salary pay basis", "salary", "grant", "grade", "clearance level", "security clearance", "reference",
        "vacancy number", "reference number", "job id", "duration", "start date", "working hours",
    ];

    private Dictionary<string, (string Value, NoticeLine Line)> HeaderFields()
    {
        var fields = new Dictionary<string, (string, NoticeLine)>();
        foreach (var line in _doc.Lines.Where(l => !l.IsBullet && l.Text.Length < 120))
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            var name = colon > 0 ? NoticeDocument.Key(line.Text[..colon]) : null;
            if (name is not null && HeaderNames.Contains(name) && line.Text[(colon + 1)..].Trim().Length > 0)
            {
                fields.TryAdd(name, (line.Text[(colon + 1)..].Trim(), line));
                continue;
            }

            // "Grade INTERN", "Clearance Level NS": exports sometimes lose the colon.
            foreach (var n in new[] { "clearance level", "grade" })
            {
                var key = NoticeDocument.Key(line.Text);
                if (colon < 0 && key.StartsWith(n + " ", StringComparison.Ordinal) && key.Split(' ').Length <= n.Split(' ').Length + 3)
                {
                    fields.TryAdd(n, (line.Text[n.Length..].Trim(), line));
                }
            }
        }

        return fields;
    }

    private static (string, NoticeLine)? Header(Dictionary<string, (string Value, NoticeLine Line)> header, params string[] names)
    {
        foreach (var n in names)
        {
            if (header.TryGetValue(n, out var v))
            {
                return v;
            }
        }

        return null;
    }

    private static string Slug(string shortName) => Regex.Replace(NoticeDocument.Key(shortName), "[^a-z0-9]+", "-").Trim('-') is { Length: > 0 } s ? s : "vacancy";

    private static string Campaign(ZonedDateTime deadline) => "closing-" + deadline.Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<NoticeLine> lines) => string.Join(" ", lines.Select(l => l.Text));

    private static LocalizedText En(string text) => new(text.Trim());
}
