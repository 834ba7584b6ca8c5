using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>The intern's tasks, and what they will learn (learning outcomes), from the task list and the sentences around it.</summary>
internal sealed partial class TasksStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<NoticeTasks> Read()
    {
        var tasks = Tasks(out var outcomes);
        return Complete(new NoticeTasks(tasks, outcomes));
    }

    private List<LocalizedText> Tasks(out List<LocalizedText> outcomes)
    {
        outcomes = [];
        var tasks = new List<NoticeLine>();
        var outcomeLines = new List<NoticeLine>();
        var inList = false;
        foreach (var line in Doc.Lines)
        {
            if (line.Section != NoticeSection.Tasks && !inList && !line.IsBullet)
            {
                inList = TaskIntroPattern().IsMatch(line.Text) && line.Section is NoticeSection.Description or NoticeSection.Preamble;
                continue;
            }

            if (line.Section != NoticeSection.Tasks)
            {
                if (inList && line.IsBullet)
                {
                    tasks.Add(line);
                    continue;
                }

                inList = false;
                continue;
            }

            if (Doc.Headings.Any(h => h.Line == line) || TaskIntroPattern().IsMatch(line.Text))
            {
                continue;
            }

            if (!line.IsBullet && OutcomePattern().IsMatch(line.Text) && tasks.Count == 0)
            {
                outcomeLines.Add(line);
                continue;
            }

            tasks.Add(line);
        }

        // A task paragraph may end on what the intern learns ("This is an opportunity to learn..."): that part is an outcome.
        var learned = tasks.Where(t => !t.IsBullet)
            .SelectMany(t => Sentences(t.Text).Where(s => LearningSentencePattern().IsMatch(s)).Select(s => (Line: t, Sentence: s)))
            .ToList();
        outcomes.AddRange(learned.Select(x => En(x.Sentence)));
        outcomeLines.AddRange(learned.Select(x => x.Line));

        foreach (var line in outcomeLines.Except(learned.Select(x => x.Line)))
        {
            outcomes.AddRange(Sentences(line.Text).Select(En));
        }

        if (outcomes.Count > 0)
        {
            Found("learningOutcomes", $"{outcomes.Count} statement(s)", outcomeLines, "the notice's text: rewrite it in your own words.");
        }

        if (tasks.Count == 0)
        {
            Missing("tasks", "no list of tasks was found (looked for 'How the daily work will look like', 'You will:', 'The intern will:').");
            return [];
        }

        Take(tasks.Concat(outcomeLines).Select(t => t.Number));
        Found("tasks", $"{tasks.Count} task(s)", tasks, "the notice's text: rewrite it in your own words and add French.");
        return tasks.Select(t => En(t.Text.TrimEnd(';', ',', ' '))).ToList();
    }

    [GeneratedRegex(@"(?:you\s+will|the\s+interns?\s+will|expected\s+to|opportunity\s+to|tasks|your\s+role)\s*[:;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TaskIntroPattern();

    [GeneratedRegex(@"\bwill\s+(?:gain|learn|develop|acquire|have\s+(?:an?\s+)?opportunit)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomePattern();

    [GeneratedRegex(@"\bopportunity\s+to\s+learn\b|\byou\s+will\s+(?:gain|learn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LearningSentencePattern();
}
