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

    /// <summary>The ids of the aspects the answerer treats on their own; understanding.json defines each (a test checks).</summary>
    public static class Ids
    {
        /// <summary>An upper age limit: asked about applying, so a person's facts are checked.</summary>
        public const string MaxAge = "maxAge";

        /// <summary>Whether the candidate chooses the branch or team, however well the units' names match.</summary>
        public const string ChoosePlacement = "choosePlacement";
    }
}
