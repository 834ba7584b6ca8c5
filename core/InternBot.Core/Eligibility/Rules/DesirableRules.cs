using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>The desirable criteria: each is matched, not matched, or unknown; only matches count in the score.</summary>
internal static class DesirableRules
{
    public const string DegreeId = "degree";
    public const string SecondLanguageId = "secondLanguage";
    public const string ItSkillsId = "itSkills";
    public const string PriorExperienceId = "priorExperience";

    public static CriterionResult Evaluate(RuleContext context, Criterion criterion, int index) => criterion.Kind switch
    {
        CriterionKind.Degree => Degree(context),
        CriterionKind.SecondOfficialLanguage => SecondLanguage(context, criterion),
        CriterionKind.ItSkills => Flag(ItSkillsId, context.Profile.Desirable?.AdvancedItUser,
            Say("Advanced user of IT tools, including Office and SharePoint.", "Utilisateur avancé des outils informatiques, dont Office et SharePoint."),
            Say("Not an advanced user of IT tools.", "Pas utilisateur avancé des outils informatiques."),
            Say("IT skills not given.", "Compétences informatiques non indiquées.")),
        CriterionKind.PriorExperience => Flag(PriorExperienceId, context.Profile.Desirable?.PriorExperience,
            Say("Has experience with an international organisation, national administration, research or industry.", "A une expérience dans une organisation internationale, une administration nationale, la recherche ou l'industrie."),
            Say("No such prior experience.", "Pas d'expérience de ce type."),
            Say("Prior experience not given.", "Expérience antérieure non indiquée.")),
        _ => new CriterionResult($"desirable{index + 1}", Outcome.Unknown,
            Say(l => Pick(l, $"Left to staff judgement: {criterion.Text.In(l)}", $"Laissé à l'appréciation du personnel : {criterion.Text.In(l)}"))),
    };

    private static CriterionResult Degree(RuleContext context)
    {
        const string id = DegreeId;
        var e = context.Profile.Education;
        var level = e?.Degree?.Level;
        var qualifies = level >= DegreeLevel.Bachelor || e?.FinalStageOfMasters == true;
        if (e is null || (!qualifies && (e.Degree is null && e.FinalStageOfMasters is null)))
        {
            return new CriterionResult(id, Outcome.Unknown, Say("Degree not given.", "Diplôme non indiqué."));
        }

        if (!qualifies)
        {
            return new CriterionResult(id, Outcome.Failed, Say("No bachelor's degree and not in the final stage of a master's.", "Ni licence (bachelor) ni dernière année de master."));
        }

        return e.Degree?.RelevantToVacancy switch
        {
            true => new CriterionResult(id, Outcome.Passed, Say("Bachelor's degree or final stage of a master's, relevant to the vacancy.", "Licence (bachelor) ou dernière année de master, en rapport avec le poste.")),
            false => new CriterionResult(id, Outcome.Failed, Say("The degree is not relevant to the vacancy's area.", "Le diplôme n'est pas en rapport avec le domaine du poste.")),
            null => new CriterionResult(id, Outcome.Unknown, Say("Has the degree level; its relevance to the vacancy is for staff to judge.", "A le niveau de diplôme ; sa pertinence pour le poste est à apprécier par le personnel.")),
        };
    }

    private static CriterionResult SecondLanguage(RuleContext context, Criterion criterion)
    {
        const string id = SecondLanguageId;
        var skills = context.Profile.Languages;
        if (skills is null)
        {
            return new CriterionResult(id, Outcome.Unknown, Say("No language levels given.", "Aucun niveau de langue indiqué."));
        }

        var levels = criterion.Languages.Select(code => skills.Where(s => s.Language == code).Select(s => (LanguageLevel?)s.Level).Max()).ToList();
        var proficient = levels.Count(l => l >= LanguageLevels.Proficiency);
        var elementary = levels.Count(l => l >= LanguageLevels.Elementary);
        if (proficient >= 1 && elementary >= 2)
        {
            return new CriterionResult(id, Outcome.Passed, Say("Knows both official languages (the second one at least at elementary level, A2).", "Connaît les deux langues officielles (la seconde au moins au niveau élémentaire, A2)."));
        }

        return new CriterionResult(id, Outcome.Failed, Say("No elementary knowledge (A2) of the second official language.", "Pas de connaissance élémentaire (A2) de la seconde langue officielle."));
    }

    private static CriterionResult Flag(string id, bool? value, Text.LocalizedText yes, Text.LocalizedText no, Text.LocalizedText unknown) => value switch
    {
        true => new CriterionResult(id, Outcome.Passed, yes),
        false => new CriterionResult(id, Outcome.Failed, no),
        null => new CriterionResult(id, Outcome.Unknown, unknown),
    };
}
