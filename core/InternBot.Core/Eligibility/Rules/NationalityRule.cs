using InternBot.Core.Vacancies;
using static InternBot.Core.Text.Bilingual;

namespace InternBot.Core.Eligibility.Rules;

/// <summary>National of a NATO member state; one member nationality is enough.</summary>
internal static class NationalityRule
{
    public const string Id = "nationality";

    public static CriterionResult Evaluate(RuleContext context, Criterion _)
    {
        var nationalities = context.Profile.Nationalities;
        if (nationalities is null || nationalities.Count == 0)
        {
            return new CriterionResult(Id, Outcome.Unknown,
                Say("No nationality given.", "Aucune nationalité indiquée."),
                Say("Give every nationality the candidate holds.", "Indiquez toutes les nationalités du candidat."));
        }

        var member = nationalities.FirstOrDefault(c => c.IsNatoMember);
        if (member is not null)
        {
            var others = nationalities.Where(c => c != member).ToList();
            return new CriterionResult(Id, Outcome.Passed, Say(l =>
                others.Count == 0
                    ? Pick(l, $"{member.Name.In(l)}: a NATO member state.", $"{member.Name.In(l)} : État membre de l'OTAN.")
                    : Pick(l, $"{member.Name.In(l)}: a NATO member state; one member nationality is enough.",
                        $"{member.Name.In(l)} : État membre de l'OTAN ; une nationalité d'un État membre suffit.")));
        }

        return new CriterionResult(Id, Outcome.Failed, Say(l =>
            Pick(l, $"{List(nationalities.Select(c => c.Name.In(l)), l)}: {(nationalities.Count == 1 ? "not a NATO member state" : "none is a NATO member state")}.",
                $"{List(nationalities.Select(c => c.Name.In(l)), l)} : {(nationalities.Count == 1 ? "pas un État membre de l'OTAN" : "aucun n'est un État membre de l'OTAN")}.")),
            Say("Only nationals of the 32 NATO member states can apply; add another nationality if the candidate holds one.",
                "Seuls les ressortissants des 32 États membres de l'OTAN peuvent postuler ; ajoutez une autre nationalité si le candidat en a une."));
    }
}
