using InternBot.Core.Applications;
using InternBot.Core.Eligibility;
using InternBot.Core.Eligibility.Input;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Tests.Eligibility;

/// <summary>
/// The notations of a profile's lists ("en:C1", "proofOfStudies:de:translated", entries separated by ';' or '|'),
/// parsed once, strictly, for the CSV import, the CLI and stored applications alike.
/// </summary>
public sealed class ProfileNotationTests
{
    [Theory]
    [InlineData("en:C1", "en", LanguageLevel.C1)]
    [InlineData(" FR : b2 ", "fr", LanguageLevel.B2)]
    public void ALanguageEntryIsALanguageAndALevel(string entry, string language, LanguageLevel level)
    {
        var (value, error) = ProfileValues.LanguageEntry(entry);
        Assert.Null(error);
        Assert.Equal(new LanguageSkill(language, level), value);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en:C1:extra")]
    [InlineData("en:Z9")]
    [InlineData("klingon:C1")]
    public void AnythingElseIsRefusedWithWhatIsWrong(string entry)
    {
        var (value, error) = ProfileValues.LanguageEntry(entry);
        Assert.Null(value);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("qualification:en", DocumentType.Qualification, "en", false)]
    [InlineData("proofOfStudies:de:translated", DocumentType.ProofOfStudies, "de", true)]
    [InlineData("proofOfStudies:de:Translated", DocumentType.ProofOfStudies, "de", true)]
    [InlineData("cv", DocumentType.Cv, null, false)]
    public void ADocumentEntryIsATypeALanguageAndWhetherItWasTranslated(string entry, DocumentType type, string? language, bool translated)
    {
        var (value, error) = ProfileValues.DocumentEntry(entry);
        Assert.Null(error);
        Assert.Equal(new AttachedDocument(type, language, translated), value);
    }

    [Theory]
    [InlineData("qualification:en:yes")]
    [InlineData("passport:en")]
    [InlineData("qualification:xx-nope")]
    public void ADocumentEntryThatIsNotTheNotationIsRefused(string entry) => Assert.NotNull(ProfileValues.DocumentEntry(entry).Error);

    [Fact]
    public void AStoredApplicationUsesTheSameParsersAndSaysWhatItLeftOut()
    {
        var record = new ApplicationRecord
        {
            CandidateId = "C1", DisplayName = "Test", Vacancy = "nds", Campaign = "2025",
            Nationalities = "BE | Atlantis", Languages = "en:C1;fr:Z9", Documents = "proofOfStudies:de:Translated;qualification:en:yes",
        };
        var profile = ApplicationEligibility.ToProfile(record, [], ShippedCatalogue.Value);
        Assert.Equal(["BE"], profile.Nationalities!.Select(c => c.Alpha2));
        Assert.Equal([new LanguageSkill("en", LanguageLevel.C1)], profile.Languages);
        Assert.Equal([new AttachedDocument(DocumentType.ProofOfStudies, "de", true)], profile.Documents);

        var problems = ApplicationEligibility.Problems(record);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("nationalities:", StringComparison.Ordinal) && p.Contains("Atlantis", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("languages:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("documents:", StringComparison.Ordinal) && p.Contains("qualification:en:yes", StringComparison.Ordinal));
    }
}
