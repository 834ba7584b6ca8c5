using FsCheck;
using FsCheck.Fluent;
using Outcome = InternBot.Core.Eligibility.Outcome;
using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Text;

namespace InternBot.Core.Tests.Answers;

public sealed class QuestionAnswererTests
{
    private static readonly QuestionAnswerer Answerer = new(ShippedCatalogue.Value, new EligibilityEngine(Decide.LongAfter), Decide.LongAfter);

    private static AnswerOutcome Ask(string text, QuestionContext? context = null, string? locale = null) => Answerer.Answer(text, locale, context ?? new QuestionContext());

    [Theory]
    [InlineData("What is the deadline for NDS?", "nds", Topic.Deadline)]
    [InlineData("and the grant for 250775", "km", Topic.Grant)]
    [InlineData("what security clearance for the digital staff", "nds", Topic.Clearance)]
    [InlineData("Can I use artificial intelligence for the JIS application?", "jis", Topic.GenerativeAi)]
    [InlineData("info session for the KM one", "km", Topic.InfoSession)]
    [InlineData("home office at ICTM?", "ictm", Topic.Telework)]
    [InlineData("Quelle est la bourse pour l'OCIO ?", "ocio", Topic.Grant)]
    public void TheVacancyAndTopicAreRecognisedEvenWhenTheirWordsOverlap(string question, string vacancy, Topic topic)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(topic, group.Topic);
        Assert.Equal(vacancy, Assert.Single(group.Facts).Vacancy.Slug);
    }

    [Fact]
    public void AFollowUpUsesTheVacancyBeingDiscussed()
    {
        var reply = Assert.IsType<FactsReply>(Ask("and the clearance?", new QuestionContext("km")).Reply);
        Assert.Equal("km", reply.Groups[0].Facts[0].Vacancy.Slug);
    }

    [Fact]
    public void AFactThatDiffersAsksWhichVacancyAndOneThatDoesNotIsSaidOnce()
    {
        Assert.IsType<ChooseVacancyReply>(Ask("What is the grant?").Reply);
        var same = Assert.IsType<FactsReply>(Ask("How many vacancies can I apply to?").Reply);
        Assert.True(same.Groups[0].SameForAll);
        Assert.Single(same.Groups[0].Facts);
    }

    [Fact]
    public void WhatANoticeDoesNotStateIsNeverInvented()
    {
        foreach (var topic in new[] { "grant", "duration", "start", "hours", "telework", "travel", "location", "clearance", "info session" })
        {
            var reply = Assert.IsType<FactsReply>(Ask($"ICTM {topic}").Reply);
            Assert.All(reply.Groups.SelectMany(g => g.Facts), f => Assert.False(f.Stated, $"ICTM {topic} was answered: {f.Summary?.En}"));
        }
    }

    [Fact]
    public void QuestionsNoNoticeAnswersAreMarkedForStaffToReview()
    {
        Assert.True(Ask("Is housing provided?").Unanswered);
        Assert.True(Ask("What is the dress code?").Unanswered);
        Assert.False(Ask("What is the deadline for NDS?").Unanswered);
    }

    [Theory]
    [InlineData("Quelle est la date limite ?", null, Language.French)]
    [InlineData("What is the deadline?", "fr-BE", Language.French)]
    [InlineData("What is the deadline?", "en-GB", Language.English)]
    [InlineData("NDS", null, Language.English)]
    [InlineData("NDS", "fr-FR", Language.French)]
    public void TheAnswerLanguageFollowsTheWritingOrTheTeamsLocale(string text, string? locale, Language expected) =>
        Assert.Equal(expected, Ask(text, locale: locale).Language);

    [Theory]
    [InlineData("I'm 20 and Swiss", 20, "CH")]
    [InlineData("je suis belge et j'ai 23 ans", 23, "BE")]
    [InlineData("I am from Canada but I live in France", null, "CA")]
    [InlineData("I am 19 years old", 19, null)]
    public void PersonalFactsAreReadFromWhatIsSaidOnly(string text, int? age, string? country)
    {
        var facts = PersonalFacts.From(Lexicon.Normalise(text));
        Assert.Equal(age, facts.Age);
        Assert.Equal(country is null ? [] : [country], facts.Nationalities.Select(c => c.Alpha2));
    }

    [Fact]
    public void AFreeTextEligibilityQuestionIsAnsweredByTheEngineForEveryVacancyGroupedByOutcome()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("I'm 20, can I apply?").Reply);

        // Same rules everywhere, but ICTM closed on another day: two groups, every vacancy covered once.
        Assert.Equal(["ictm", "jis", "km", "nds", "ocio"], reply.Groups.SelectMany(g => g.Vacancies).Select(v => v.Slug).Order());
        Assert.Equal(2, reply.Groups.Count);
        Assert.All(reply.Groups, g => Assert.Equal(Outcome.Failed, g.Results.Single(r => r.Criterion == "age").Outcome));
    }

    [Fact]
    public void ArbitraryTextNeverThrowsAndAlwaysGetsAReply()
    {
        var words = Gen.Elements("nds", "KM", "deadline", "grant", "?", "I'm", "20", "je suis", "é", "<at>x</at>", "'", "", " ", "250775", "security clearance", "\u0000", "😀", "français");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), Gen.ListOf(words).Select(w => string.Join(' ', w)));
        Prop.ForAll(texts.ToArbitrary(), Arb.From(Gen.Elements<string?>(null, "en-US", "fr-FR", "xx")), (text, locale) =>
        {
            var outcome = Answerer.Answer(text, locale, new QuestionContext("nds"));
            Assert.NotNull(outcome.Reply);
            if (outcome.Reply is FactsReply facts)
            {
                Assert.All(facts.Groups.SelectMany(g => g.Facts).Where(f => f.Stated), f => Assert.NotNull(f.Summary));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }
}
