using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Eligibility;

public sealed class NationalityRuleTests
{
    private static readonly string[] Members =
    [
        "AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV",
        "LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US",
    ];

    private static Outcome Nationality(params string[] names) =>
        Decide.For(Profiles.Eligible with { Nationalities = names.Select(n => Countries.Find(n) ?? throw new InvalidOperationException($"unknown {n}")).ToList() })
            .Criterion("nationality").Outcome;

    [Fact]
    public void ThereAreExactly32MemberStates()
    {
        Assert.Equal(32, Countries.NatoMembers.Count());
        Assert.Equal(Members.Order(), Countries.NatoMembers.Select(c => c.Alpha2).Order());
    }

    [Fact]
    public void EveryMemberPassesByCodeByEnglishNameAndByFrenchName()
    {
        foreach (var code in Members)
        {
            var country = Countries.Find(code)!;
            Assert.Equal(Outcome.Passed, Nationality(code));
            Assert.Equal(Outcome.Passed, Nationality(country.Alpha3));
            Assert.Equal(Outcome.Passed, Nationality(country.Name.En));
            Assert.Equal(Outcome.Passed, Nationality(country.Name.Fr!));
        }
    }

    [Theory]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Turquie", "TR")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("République tchèque", "CZ")]
    [InlineData("North Macedonia", "MK")]
    [InlineData("Macédoine du Nord", "MK")]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Royaume-Uni", "GB")]
    [InlineData("USA", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("États-Unis", "US")]
    [InlineData("the netherlands", "NL")]
    [InlineData("Pays-Bas", "NL")]
    [InlineData("deutschland", "DE")]
    [InlineData("  belgique ", "BE")]
    [InlineData("Swiss", "CH")]
    [InlineData("suissesse", "CH")]
    [InlineData("hollandaise", "NL")]
    [InlineData("libanaise", "LB")]
    [InlineData("Bosnia and Herzegovina", "BA")]
    [InlineData("Bosnia & Herzegovina", "BA")]
    public void CommonNamesAndVariantsResolve(string name, string code) =>
        Assert.Equal(code, Countries.Find(name)?.Alpha2);

    [Theory]
    [InlineData("CH")]
    [InlineData("AT")]
    [InlineData("IE")]
    [InlineData("CY")]
    [InlineData("MT")]
    [InlineData("UA")]
    [InlineData("RS")]
    [InlineData("XK")]
    public void EuropeansOutsideNatoAreNotEligible(string code) => Assert.Equal(Outcome.Failed, Nationality(code));

    [Theory]
    [InlineData("CH", "IT")]
    [InlineData("IE", "GB")]
    [InlineData("Austria", "Deutschland")]
    public void OneMemberNationalityIsEnough(string first, string second) => Assert.Equal(Outcome.Passed, Nationality(first, second));

    [Fact]
    public void TwoNonMemberNationalitiesFailNamingBoth()
    {
        var result = Decide.For(Profiles.Eligible with { Nationalities = [Countries.Find("CH")!, Countries.Find("AT")!] }).Criterion("nationality");
        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("Switzerland and Austria", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("Suisse et Autriche", result.Reason.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void NoNationalityCannotBeDecided()
    {
        Assert.Equal(Outcome.Unknown, Decide.For(Profiles.Eligible with { Nationalities = null }).Criterion("nationality").Outcome);
        Assert.Equal(Outcome.Unknown, Decide.For(Profiles.Eligible with { Nationalities = [] }).Criterion("nationality").Outcome);
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("EU")]
    [InlineData("")]
    public void UnknownNamesAreNotGuessed(string name) => Assert.Null(Countries.Find(name));

    [Fact]
    public void ATypoGetsASuggestion() => Assert.Contains("Belgium", Countries.Suggest("Belgum"));
}
