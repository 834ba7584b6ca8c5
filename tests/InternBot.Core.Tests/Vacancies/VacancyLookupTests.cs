using InternBot.Core.Tests.TestKit;

namespace InternBot.Core.Tests.Vacancies;

public sealed class VacancyLookupTests
{
    [Theory]
    [InlineData("250772", "nds")]
    [InlineData("250775", "km")]
    [InlineData("nds", "nds")]
    [InlineData("NDS", "nds")]
    [InlineData("KM", "km")]
    [InlineData("JIS", "jis")]
    [InlineData("OCIO", "ocio")]
    [InlineData("ICTM", "ictm")]
    [InlineData("Digital Staff", "nds")]
    [InlineData("digital staff", "nds")]
    [InlineData("NATO Digital Staff", "nds")]
    [InlineData("Knowledge Management", "km")]
    [InlineData("knowledge-management", "km")]
    [InlineData("security", "jis")]
    [InlineData("the security one", "jis")]
    [InlineData("intelligence", "jis")]
    [InlineData("chief information officer", "ocio")]
    [InlineData("NATO library", "ictm")]
    [InlineData("archives", "ictm")]
    [InlineData("knowlege managment", "km")] // typos
    [InlineData("gestion des connaissances", "km")]
    [InlineData("Close Protection Unit", "jis")]
    [InlineData("DSP", "nds")]
    public void PeopleFindTheVacancyTheyMean(string query, string slug)
    {
        var match = ShippedCatalogue.Value.Find(query);
        Assert.True(match.IsUnique, $"'{query}' gave {string.Join(",", match.Candidates.Select(c => c.Slug))}");
        Assert.Equal(slug, match.Vacancy!.Slug);
    }

    [Fact]
    public void AnAmbiguousNameReturnsEveryCandidate()
    {
        var match = ShippedCatalogue.Value.Find("International Military Staff");
        Assert.True(match.IsAmbiguous);
        Assert.Equal(["km", "nds"], match.Candidates.Select(v => v.Slug).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the internship")]
    [InlineData("banana")]
    [InlineData("999999")]
    public void NonsenseFindsNothing(string query) => Assert.False(ShippedCatalogue.Value.Find(query).IsUnique);

    [Fact]
    public void ExactLookupIgnoresCaseAndPunctuation()
    {
        Assert.Equal("km", ShippedCatalogue.Value.Get("Knowledge-Management Section")?.Slug);
        Assert.Null(ShippedCatalogue.Value.Get("knowledge"));
    }
}
