using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>No more than N different vacancies in the same campaign, this one included.</summary>
internal static class ApplicationLimitRule
{
    public const string Id = "applicationLimit";

    public static CriterionResult Evaluate(RuleContext context, int limit)
    {
        var vacancy = context.Vacancy;
        var others = context.Profile.OtherApplications;
        if (others is null)
        {
            context.Assumptions.Add(Say("No other applications declared: this is assumed to be the candidate's only application in the campaign.",
                "Aucune autre candidature déclarée : celle-ci est supposée être la seule du candidat dans la campagne."));
            others = [];
        }

        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { vacancy.Slug };
        if (vacancy.Reference is not null)
        {
            own.Add(vacancy.Reference);
        }

        // An application to a vacancy we do not know is counted: the input lists applications in this campaign.
        var distinct = others
            .Where(o => o.Campaign is null || o.Campaign == vacancy.Campaign)
            .Select(o => o.Vacancy.Trim())
            .Where(v => !own.Contains(v))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count() + 1;
        if (distinct <= limit)
        {
            return new CriterionResult(Id, Outcome.Passed, Say(l =>
                Pick(l, $"{distinct} of at most {limit} different vacancies applied to in this campaign.",
                    $"{distinct} candidature(s) sur {limit} postes différents au plus dans cette campagne.")));
        }

        return new CriterionResult(Id, Outcome.Failed,
            Say(l => Pick(l, $"Applied to {distinct} different vacancies in this campaign; at most {limit} are allowed.",
                $"Candidature à {distinct} postes différents dans cette campagne ; {limit} au plus sont autorisés.")),
            Say(l => Pick(l, $"Withdraw applications until no more than {limit} remain.", $"Retirez des candidatures jusqu'à n'en garder que {limit} au plus.")));
    }
}
