using InternBot.Core.Text;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Answers;

/// <summary>
/// How many vacancies one can still apply to, worded once for every reply that says it (the timeline card, the lead
/// of a ranking of deadlines): "Still open: 1 of 5 (ICTM).", "Still open: all 5 (…).", "None of the 5 is still open.",
/// and of one vacancy asked about, "Still open: ICTM." or "No longer open."
/// </summary>
public static class StillOpen
{
    public static LocalizedText Of(IReadOnlyList<string> open, int total) => Say(l =>
        // One vacancy asked about: "1 of 1" counts nothing.
        total == 1 ? (open.Count == 1 ? Pick(l, $"Still open: {open[0]}.", $"Encore ouvert : {open[0]}.") : Pick(l, "No longer open.", "Plus ouvert."))
        : open.Count == 0 ? Pick(l, $"None of the {total} is still open.", $"Aucun des {total} n'est encore ouvert.")
        : open.Count == total ? Pick(l, $"Still open: all {total} ({List(open, l)}).", $"Encore ouverts : les {total} ({List(open, l)}).")
        : Pick(l, $"Still open: {open.Count} of {total} ({List(open, l)}).", $"Encore ouverts : {open.Count} sur {total} ({List(open, l)})."));
}
