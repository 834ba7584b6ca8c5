using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Answers;

public sealed class AbbreviationTests
{
    private static readonly QuestionAnswerer Answerer = new(ShippedCatalogue.Value, new EligibilityEngine(Decide.LongAfter), Decide.LongAfter);

    private static readonly Abbreviations Known = new(ShippedCatalogue.Value);

    private static AnswerOutcome Ask(string text, QuestionContext? context = null, string? locale = null) => Answerer.Answer(text, locale, context ?? new QuestionContext());

    [Theory]
    [InlineData("Joint Intelligence and Security (JIS) Division", "JIS", "Joint Intelligence and Security")]
    [InlineData("two pillars (the NATO Office of Security, NOS).", "NOS", "NATO Office of Security")]
    [InlineData("the Office of the NATO Chief Information Officer (OCIO) brings", "OCIO", "Office of the NATO Chief Information Officer")]
    [InlineData("Information Communication and Technology Management (ICTM)", "ICTM", "Information Communication and Technology Management")]
    [InlineData("informs the North Atlantic Council (NAC) and", "NAC", "North Atlantic Council")]
    public void AnAbbreviationIsSpelledOutByTheWordsWhoseInitialsItTakes(string text, string shortName, string name)
    {
        var (found, spelled) = Assert.Single(Abbreviations.Spelled(text));
        Assert.Equal(shortName, found);
        Assert.Equal(name, spelled);
    }

    [Theory]
    [InlineData("the workshop (in person) and")]
    [InlineData("a team of experts (DSI) who")]
    [InlineData("(CV)")]
    public void WordsWhoseInitialsDoNotSpellItAreNotItsName(string text) => Assert.Empty(Abbreviations.Spelled(text));

    [Theory]
    [InlineData("NOS", "NATO Office of Security", "jis")]
    [InlineData("MC", "Military Committee", "jis")]
    [InlineData("DSP", "Digital Strategy and Policy Branch", "nds")]
    [InlineData("ICTM", "Information Communication and Technology Management", "ictm")]
    public void TheCatalogueKnowsWhatItsAbbreviationsStandFor(string shortName, string name, string vacancy)
    {
        var found = Assert.Single(Known.Of(shortName), a => a.Vacancy.Slug == vacancy);
        Assert.Equal(name, found.Name.En);
    }

    [Fact]
    public void AUnitsAndADivisionsAbbreviationCarryTheirFrenchName()
    {
        Assert.Equal("Division Renseignement et sécurité", Known.Of("JIS")[0].Name.Fr);
        Assert.False(string.IsNullOrWhiteSpace(Known.Of("DSP")[0].Name.Fr));
    }

    [Theory]
    [InlineData("what does NOS stand for?", null, "NOS stands for NATO Office of Security")]
    [InlineData("C'est quoi le NOS ?", "fr-FR", "NOS signifie NATO Office of Security")]
    [InlineData("Que signifie JIS ?", "fr-FR", "JIS signifie Joint Intelligence and Security (Division Renseignement et sécurité ; avis JIS).")]
    [InlineData("what does dsp stand for", null, "DSP stands for Digital Strategy and Policy Branch")]
    [InlineData("et MC dans l'avis JIS ?", "fr-FR", "MC signifie Military Committee")]
    [InlineData("what does the IMS refer to?", null, "IMS stands for International Military Staff")]
    // Put in quotes by an open question, the letters themselves are asked about.
    [InlineData("quick one, what's the 'IS' in 'IS divisions'?", null, "IS stands for International Staff")]
    [InlineData("what is the \"BRM\" they mention?", null, "BRM stands for Business Relationship Management Section")]
    public void AQuestionAboutAnAbbreviationIsLedByWhatItStandsFor(string question, string? locale, string sentence)
    {
        var outcome = Ask(question, locale: locale);
        Assert.NotNull(outcome.Reply.Expanded);
        Assert.StartsWith(sentence, outcome.Reply.Expanded.Sentence.In(outcome.Reply.Language), StringComparison.Ordinal);
        Assert.False(outcome.Unanswered);
    }

    [Fact]
    public void AnAbbreviationTheAnswerMissedIsAnsweredByThePassagesThatUseIt()
    {
        // No topic answers "any NOS in the ICTM notice?": the passages that name it answer, led by what it stands for.
        var reply = Assert.IsType<PassagesReply>(Ask("any NOS in the ICTM notice?").Reply);
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "jis" && p.Text.En.Contains("NOS", StringComparison.Ordinal));
        Assert.NotNull(reply.Expanded);
    }

    [Theory]
    // A vacancy's short name is its name, not a question about the letters.
    [InlineData("and for ICTM?")]
    [InlineData("JIS?")]
    // "I mean" says what was meant.
    [InlineData("Where exactly is the ICTM internship based? The notice for it, I mean.")]
    // "nos" in lower case is French for "our".
    [InlineData("quelles sont nos chances pour le stage JIS ?")]
    public void NameOrWordsThatOnlyLookLikeAnAbbreviationAreNotSpelledOut(string question) => Assert.Null(Ask(question, new QuestionContext("km") { LastTopics = [Topic.Deadline] }).Reply.Expanded);
}
