using InternBot.Core.Answers;
using InternBot.Core.Text;

namespace InternBot.Core.Understanding;

/// <summary>
/// Something people ask that no notice covers (housing, visas, a dress code...): answered plainly as "the notices do
/// not say", with the related facts the notices do state (flexible hours: the weekly hours).
/// </summary>
public sealed record NotCoveredAspect(string Id, LocalizedText Name, IReadOnlyList<Topic> Related)
{
    /// <summary>
    /// The form a question must have to ask about this aspect at all (the number of places is asked "how many",
    /// "combien"; "would the intern be taking minutes?" shares "intern" and "take" with it, not the question).
    /// </summary>
    public AnswerForms AskedAs { get; init; }
}
