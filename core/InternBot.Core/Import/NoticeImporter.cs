using System.Text.RegularExpressions;
using InternBot.Core.Json;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>
/// Turns a published vacancy notice into a catalogue entry and a report of what it found, where, and what it
/// could not find. It never guesses silently: every assumption is a "doubtful" line in the report, and what it
/// cannot find stays unknown. The import is a pipeline of steps (Steps/), each reading the document and returning
/// its findings; <see cref="Run"/> is the one place that orders them and hands one step's results to another.
/// </summary>
public static class NoticeImporter
{
    /// <summary>Real notices are under 20 KB; anything this large is not one.</summary>
    public const int MaxCharacters = 512 * 1024;

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

        return Run(NoticeDocument.Parse(text), source);
    }

    private static NoticeImport Unusable(string why) => new(null, [], why);

    private static NoticeImport Run(NoticeDocument doc, string source)
    {
        var header = new HeaderStep(doc).Read();
        var identity = new IdentityStep(doc).Read(header.Value);
        var deadline = new DeadlineStep(doc).Read(header.Value);
        var (title, shortName) = (identity.Value.Title, identity.Value.ShortName);
        if (deadline.Value is null || title is null || shortName is null)
        {
            var recognised = doc.Headings.Count + header.Value.Count;
            var why = recognised == 0
                ? "it does not look like a vacancy notice: no known heading (Essential, Desirable, What do we offer...), no header field and no deadline were found."
                : $"the entry cannot be loaded without {(title is null || shortName is null ? "a title or short name" : "an application deadline")}; see the report.";
            return new NoticeImport(null, Report(identity.Findings, deadline.Findings), why);
        }

        var facts = new HeaderFactsStep(doc).Read(header.Value);
        var infoSession = new InfoSessionStep(doc).Read();
        var offer = new OfferStep(doc).Read(header.Value, Findings.CitedBy(identity.Findings, deadline.Findings, facts.Findings, infoSession.Findings));
        var selection = new SelectionStep(doc).Read();
        var documents = new DocumentsStep(doc).Read();
        var policies = new PoliciesStep(doc).Read();
        var units = new UnitsStep(doc).Read(shortName);
        var tasks = new TasksStep(doc).Read();
        var about = new AboutStep(doc).Read(Findings.TakenBy(header.Findings, identity.Findings, units.Findings, tasks.Findings));

        var vacancy = new Vacancy
        {
            Slug = Slug(shortName),
            Reference = identity.Value.Reference,
            Title = title,
            ShortName = shortName,
            Campaign = deadline.Value.Campaign,
            NatoBody = identity.Value.NatoBody,
            Division = identity.Value.Division,
            Location = facts.Value.Location,
            Schedule = facts.Value.Schedule,
            Grade = facts.Value.Grade,
            ClearanceLevel = facts.Value.ClearanceLevel,
            Deadline = new ApplicationDeadline(deadline.Value.At),
            InfoSession = infoSession.Value,
            Offer = offer.Value,
            Selection = selection.Value,
            Documents = documents.Value,
            Policies = policies.Value,
            Units = units.Value,
            Tasks = tasks.Value.Tasks,
            LearningOutcomes = tasks.Value.LearningOutcomes,
            About = about.Value,
        };
        var report = Report(identity.Findings, deadline.Findings, facts.Findings, infoSession.Findings, offer.Findings, selection.Findings,
            documents.Findings, policies.Findings, units.Findings, tasks.Findings, about.Findings);

        // Prove the entry loads exactly as the app will load it.
        var problems = new ProblemList(source);
        var reloaded = VacancyFileReader.Read(VacancyFileWriter.Write(vacancy), source, problems);
        return reloaded is null
            ? new NoticeImport(null, report, "the entry would not load: " + string.Join("; ", problems.Items))
            : new NoticeImport(vacancy, report, null);
    }

    /// <summary>The report: each step's lines, in the order the steps ran.</summary>
    private static List<FieldReport> Report(params Findings[] steps) => steps.SelectMany(s => s.Fields).ToList();

    private static string Slug(string shortName) => Regex.Replace(NoticeDocument.Key(shortName), "[^a-z0-9]+", "-").Trim('-') is { Length: > 0 } s ? s : "vacancy";
}
