using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Answers;

/// <summary>
/// What one vacancy's notice says on a topic: a sentence, optional list items, and the part of the notice it comes
/// from. <see cref="Stated"/> is false when the notice does not say (then nothing else is filled in).
/// </summary>
public sealed record VacancyFact(Vacancy Vacancy, Topic Topic, bool Stated, LocalizedText? Summary, IReadOnlyList<LocalizedText> Items, NoticePart Source)
{
    /// <summary>Two facts with the same key say the same thing (used to answer once for every vacancy).</summary>
    public string CompareKey => Stated ? (Summary?.En ?? "") + "|" + string.Join("|", Items.Select(i => i.En)) : "";

    /// <summary>True when a French reader gets some of it in English because the data file has no French yet.</summary>
    public bool EnglishOnly => (Summary is { HasFrench: false }) || Items.Any(i => !i.HasFrench);
}
