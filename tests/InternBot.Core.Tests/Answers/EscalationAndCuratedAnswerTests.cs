using InternBot.Core.Answers;
using InternBot.Core.Conversations;
using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Text;

namespace InternBot.Core.Tests.Answers;

public sealed class EscalationStepTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Escalation Asked = new()
    {
        Id = "e1", Question = "Is housing provided?", Language = "en", AskerName = "Ana", AskerConversationId = "a:1", AskedAt = Now.AddHours(-1),
    };

    [Fact]
    public void AQuestionIsClaimedOnceAndAnsweredOrClosedOnce()
    {
        var claimed = EscalationSteps.Claim(Asked, "Jane", Now);
        Assert.True(claimed.Changed);
        Assert.Equal((EscalationStatus.Claimed, "Jane"), (claimed.Escalation.Status, claimed.Escalation.HandledBy));
        Assert.False(EscalationSteps.Claim(claimed.Escalation, "Paul", Now).Changed);

        var answered = EscalationSteps.Answer(claimed.Escalation, "Paul", "  No.  ", null, curate: true, Now);
        Assert.True(answered.Changed);
        Assert.Equal((EscalationStatus.Answered, "Paul", "No.", (string?)null, true), (answered.Escalation.Status, answered.Escalation.HandledBy, answered.Escalation.AnswerEn, answered.Escalation.AnswerFr, answered.Escalation.Curated));
        Assert.False(EscalationSteps.Answer(answered.Escalation, "Jane", "Yes.", null, curate: false, Now).Changed);
        Assert.False(EscalationSteps.NotAnswerable(answered.Escalation, "Jane", Now).Changed);
        Assert.False(EscalationSteps.Claim(answered.Escalation, "Jane", Now).Changed);
    }

    [Fact]
    public void AnAnswerNeedsTextAndIsCut()
    {
        Assert.False(EscalationSteps.Answer(Asked, "Jane", " ", "", curate: false, Now).Changed);
        var long_ = EscalationSteps.Answer(Asked, "Jane", null, new string('x', 5000), curate: false, Now).Escalation;
        Assert.Equal(EscalationSteps.MaxAnswerLength, long_.AnswerFr!.Length);
        Assert.Equal(EscalationStatus.NotAnswerable, EscalationSteps.NotAnswerable(Asked, "Jane", Now).Escalation.Status);
    }
}

public sealed class CuratedAnswerMatcherTests
{
    private static readonly CuratedAnswerMatcher Matcher = new(new QuestionAnswerer(ShippedCatalogue.Value, new EligibilityEngine(TimeProvider.System), TimeProvider.System).Reader.Analyser);

    private static readonly CuratedAnswer Housing = new("e1", "Le logement est-il fourni ?", "No.", "Non.", null, CuratedAnswer.InternshipOffice, DateTimeOffset.UnixEpoch);

    private static readonly CuratedAnswer KmParking = new("e2", "Is there parking for interns at the headquarters?", "Yes, limited.", null, "km", CuratedAnswer.InternshipOffice, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("Est-ce que le logement est fourni pour les stagiaires ?")]
    [InlineData("le logement est fourni ?")]
    [InlineData("logement fourni pour les stagiaires")]
    public void TheSameQuestionAskedDifferentlyGetsTheAnswer(string question) =>
        Assert.Equal("e1", Matcher.Match(question, Language.French, null, [Housing, KmParking])?.Answer.Id);

    [Theory]
    [InlineData("Y a-t-il une salle de sport au siège ?")]
    [InlineData("Le logement ?")]
    [InlineData("Quel est le montant de la bourse pour le logement et les repas et le transport ?")]
    public void AnotherOrAVagueQuestionGetsNothing(string question) =>
        Assert.Null(Matcher.Match(question, Language.French, null, [Housing, KmParking]));

    [Fact]
    public void AnAnswerAboutOneVacancyIsOnlyGivenAboutThatVacancy()
    {
        Assert.Equal("e2", Matcher.Match("Is parking available for interns at headquarters?", Language.English, "km", [Housing, KmParking])?.Answer.Id);
        Assert.Null(Matcher.Match("Is parking available for interns at headquarters?", Language.English, "nds", [Housing, KmParking]));
        Assert.Null(Matcher.Match("Is parking available for interns at headquarters?", Language.English, null, [Housing, KmParking]));
    }

    [Fact]
    public void AnAnswerWrittenInOneLanguageOnlyIsGivenInThatLanguageAndSaysSo()
    {
        Assert.Equal(("Yes, limited.", Language.English), KmParking.In(Language.French));
        Assert.Equal(("Non.", Language.French), Housing.In(Language.French));
    }
}
