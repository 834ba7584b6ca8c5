using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class LanguageRuleTests
{
    private static EligibilityDecision Speaks(params (string Code, LanguageLevel Level)[] skills) =>
        Decide.For(Profiles.Eligible with { Languages = skills.Select(s => new LanguageSkill(s.Code, s.Level)).ToList() });

    [Theory]
    [InlineData("en", LanguageLevel.C1, Outcome.Passed)]
    [InlineData("en", LanguageLevel.C2, Outcome.Passed)]
    [InlineData("fr", LanguageLevel.Native, Outcome.Passed)]
    [InlineData("fr", LanguageLevel.C1, Outcome.Passed)]
    [InlineData("en", LanguageLevel.B2, Outcome.Failed)]
    [InlineData("fr", LanguageLevel.A2, Outcome.Failed)]
    [InlineData("de", LanguageLevel.C2, Outcome.Failed)]
    public void ProficiencyMeansC1OrAboveInEnglishOrFrench(string code, LanguageLevel level, Outcome expected) =>
        Assert.Equal(expected, Speaks((code, level)).Criterion("language").Outcome);

    [Fact]
    public void TheBestOfTheOfficialLanguagesCounts() =>
        Assert.Equal(Outcome.Passed, Speaks(("en", LanguageLevel.B1), ("fr", LanguageLevel.Native)).Criterion("language").Outcome);

    [Fact]
    public void AFailureNamesTheBestLevelAndTheThreshold()
    {
        var result = Speaks(("en", LanguageLevel.B2), ("fr", LanguageLevel.A1)).Criterion("language");
        Assert.Contains("English B2", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("C1", result.Reason.En, StringComparison.Ordinal);
        Assert.StartsWith("Meilleur", result.Reason.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void ANativeLevelIsSaidInTheReadersLanguage()
    {
        var result = Speaks(("fr", LanguageLevel.Native)).Criterion("language");
        Assert.Contains("at level native", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("au niveau natif", result.Reason.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void NoLanguagesCannotBeDecided() =>
        Assert.Equal(Outcome.Unknown, Decide.For(Profiles.Eligible with { Languages = null }).Criterion("language").Outcome);

    [Theory]
    [InlineData("native", LanguageLevel.Native)]
    [InlineData("Mother tongue", LanguageLevel.Native)]
    [InlineData("langue maternelle", LanguageLevel.Native)]
    [InlineData("fluent", LanguageLevel.C1)]
    [InlineData("courant", LanguageLevel.C1)]
    [InlineData("b2", LanguageLevel.B2)]
    [InlineData("élémentaire", LanguageLevel.A2)]
    public void LevelWordsMapOntoTheCefrScale(string word, LanguageLevel expected) => Assert.Equal(expected, LanguageLevels.Parse(word));

    [Theory]
    [InlineData("English", "en")]
    [InlineData("anglais", "en")]
    [InlineData("Français", "fr")]
    [InlineData("fre", "fr")]
    [InlineData("Deutsch", "de")]
    public void LanguageNamesResolveToCodes(string name, string code) => Assert.Equal(code, SpokenLanguages.Find(name));
}
