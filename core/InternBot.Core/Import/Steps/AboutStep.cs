using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>The description of the host organisation: the long paragraphs no other step took.</summary>
internal sealed class AboutStep(NoticeDocument doc) : ImportStep(doc)
{
    /// <param name="taken">Lines whose text other steps put into the title, header, units, tasks or outcomes.</param>
    public Step<List<LocalizedText>> Read(IReadOnlySet<int> taken) => Complete(About(taken));

    private List<LocalizedText> About(IReadOnlySet<int> taken)
    {
        var lines = Doc.Lines
            .Where(l => l.Section is NoticeSection.Preamble or NoticeSection.Description && !taken.Contains(l.Number) && !l.IsBullet && l.Text.Length > 80
                        && Doc.Headings.All(h => h.Line != l))
            .ToList();
        if (lines.Count == 0)
        {
            NotStated("about", "no description of the host organisation was found.");
            return [];
        }

        Found("about", $"{lines.Count} paragraph(s)", lines, "the notice's text: rewrite it in your own words and add French.");
        return lines.Select(l => En(l.Text)).ToList();
    }
}
