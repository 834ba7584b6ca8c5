using InternBot.Bot.Conversation;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Vacancies;
using Microsoft.Extensions.DependencyInjection;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>The eligibility card's answers, read with the profile notations every input shares.</summary>
public sealed class EligibilityFormTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2025-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static EligibilityForm.Parsed Parse(Dictionary<string, string> values)
    {
        using var host = BotHost.Anonymous();
        return EligibilityForm.Parse(values, host.Services.GetRequiredService<VacancyCatalogue>(), Now, Core.Text.Language.English);
    }

    private static Dictionary<string, string> Form(string documents, string nationalities = "Belgian") => new()
    {
        ["vacancy"] = "nds", ["nationalities"] = nationalities, ["dateOfBirth"] = "2001-03-04", ["enrolledStudent"] = "true",
        ["english"] = "C1", ["documents"] = documents, ["documentsLanguage"] = "en",
    };

    [Fact]
    public void EveryChoiceOfAMultiSelectCounts()
    {
        var parsed = Parse(Form("qualification,proofOfStudies,motivationLetter", nationalities: "Belgian, IT / Portugal"));
        Assert.Empty(parsed.Errors);
        Assert.Equal([DocumentType.Qualification, DocumentType.ProofOfStudies, DocumentType.MotivationLetter], parsed.Profile!.Documents!.Select(d => d.Type));
        Assert.Equal(["BE", "IT", "PT"], parsed.Profile.Nationalities!.Select(c => c.Alpha2));
    }

    [Fact]
    public void AChoiceThatIsNotADocumentTypeIsNamedInTheFieldsError()
    {
        var parsed = Parse(Form("qualification,passport"));
        Assert.Contains("passport", parsed.Errors["documents"], StringComparison.Ordinal);
    }
}
