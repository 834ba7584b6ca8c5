using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Cards;

/// <summary>Answers: the fact, where it comes from, whether the vacancy is closed, and what to ask next.</summary>
internal static class AnswerCards
{
    public static AdaptiveCard Facts(FactsReply reply, DateTimeOffset now, IReadOnlyList<Vacancy> all)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        var vacancies = reply.Groups.SelectMany(g => g.SameForAll ? [] : g.Facts.Select(f => f.Vacancy)).Distinct().ToList();
        foreach (var group in reply.Groups)
        {
            foreach (var fact in group.Facts)
            {
                card.Add(group.SameForAll
                    ? new TextBlock(T(l, $"Every vacancy ({string.Join(", ", all.Select(v => v.ShortName))}):", $"Tous les postes ({string.Join(", ", all.Select(v => v.ShortName))}) :")) { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 }
                    : new TextBlock($"{Name(fact.Vacancy)} — {TopicName(group.Topic, l)}") { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
                if (!fact.Stated)
                {
                    card.Add(new TextBlock(NotStated(group.Topic, group.SameForAll ? null : fact.Vacancy, l)));
                    continue;
                }

                if (fact.Summary is { } summary)
                {
                    card.Add(new TextBlock(In(summary, l)));
                }

                card.Add(fact.Items.Select(i => (CardElement)new TextBlock("- " + In(i, l)) { Spacing = "small" }).ToArray());
                card.Add(new TextBlock(Source(fact, group.SameForAll, l)) { IsSubtle = true, Size = "Small", Spacing = "small" });
            }
        }

        foreach (var v in vacancies.Where(v => !v.Deadline.IsOpenAt(now)))
        {
            card.Add(Status(v, now, l));
        }

        var focus = vacancies.Count == 1 ? vacancies[0] : null;
        card.AddActions(FollowUps(reply.Groups.Select(g => g.Topic).ToList(), focus, l).ToArray());
        return card;
    }

    public static AdaptiveCard NotUnderstood(NotUnderstoodReply reply)
    {
        var l = reply.Language;
        return new AdaptiveCard { Lang = l.Code() }
            .Add(
                new TextBlock(reply.Vacancy is { } v
                    ? T(l, $"I can't find an answer to that in the {v.ShortName} notice, and I won't guess.", $"Je ne trouve pas de réponse à cela dans l'avis {v.ShortName}, et je ne veux pas deviner.")
                    : T(l, "I can't answer that from the vacancy notices, and I won't guess.", "Je ne peux pas répondre à cela à partir des avis de vacance, et je ne veux pas deviner.")) { Weight = "Bolder" },
                new TextBlock(T(l, "I've noted the question for the internship office. I can tell you about deadlines, grants, tasks, criteria, documents, info sessions, start dates, telework, travel and the AI policy, or check eligibility.",
                    "J'ai noté la question pour le bureau des stages. Je peux vous renseigner sur les dates limites, les bourses, les tâches, les critères, les documents, les séances d'information, les dates de début, le télétravail, les voyages et la politique sur l'IA, ou vérifier l'éligibilité.")))
            .AddActions(
                new ExecuteAction(T(l, "List vacancies", "Liste des postes"), "vacancy.list"),
                new ExecuteAction(T(l, "Help", "Aide"), "help"));
    }

    public static AdaptiveCard QuickEligibility(QuickEligibilityReply reply, DateTimeOffset now, int catalogueSize)
    {
        var l = reply.Language;
        var card = new AdaptiveCard { Lang = l.Code() };
        foreach (var group in reply.Groups)
        {
            var who = group.Vacancies.Count == catalogueSize && catalogueSize > 1
                ? T(l, "For every vacancy (the rules are the same):", "Pour tous les postes (les règles sont les mêmes) :")
                : T(l, $"For {string.Join(", ", group.Vacancies.Select(v => v.ShortName))}:", $"Pour {string.Join(", ", group.Vacancies.Select(v => v.ShortName))} :");
            card.Add(new TextBlock(who) { Weight = "Bolder", Style = "heading", Separator = card.Body.Count > 0 });
            foreach (var r in group.Results)
            {
                card.Add(Row(r, l));
            }

            card.Add(group.Notes.Select(n => (CardElement)new TextBlock(In(n, l)) { Spacing = "small" }).ToArray());
            card.Add(group.Assumptions.Select(a => (CardElement)new TextBlock(In(a, l)) { IsSubtle = true, Size = "Small", Spacing = "small" }).ToArray());
        }

        card.Add(new TextBlock(T(l, "This looks only at what you told me. The full check covers every criterion.", "Cette réponse ne tient compte que de ce que vous m'avez dit. La vérification complète couvre tous les critères.")) { IsSubtle = true, Separator = true });
        var single = reply.Groups.SelectMany(g => g.Vacancies).Distinct().ToList();
        card.AddActions(CheckEligibility(l, single.Count == 1 ? single[0].Slug : null));
        return card;
    }

    /// <summary>One criterion as a row: mark, name, reason.</summary>
    public static ColumnSet Row(CriterionResult r, Language l) => new(
    [
        new Column([new TextBlock(r.Outcome switch { Outcome.Passed => "✅", Outcome.Failed => "❌", _ => "❔" })]) { Width = "auto" },
        new Column([new TextBlock($"**{EligibilityLabels.Criterion(r.Criterion).In(l)}** ({EligibilityLabels.Of(r.Outcome).In(l)}): {r.Reason.In(l)}")]),
    ]) { Spacing = "small" };

    private static string NotStated(Topic topic, Vacancy? v, Language l)
    {
        var what = TopicName(topic, l).ToLower(l.Culture());
        return v is null
            ? T(l, $"None of the notices says anything about {what}.", $"Aucun avis ne dit quoi que ce soit sur : {what}.")
            : T(l, $"The {v.ShortName} notice does not say anything about {what}.", $"L'avis {v.ShortName} ne dit rien sur : {what}.");
    }

    private static string Source(VacancyFact fact, bool all, Language l) => all
        ? T(l, $"Source: every notice, \"{NoticeParts.Name(fact.Source).In(l)}\".", $"Source : tous les avis, « {NoticeParts.Name(fact.Source).In(l)} ».")
        : T(l, $"Source: {Name(fact.Vacancy)} notice, \"{NoticeParts.Name(fact.Source).In(l)}\".", $"Source : avis {Name(fact.Vacancy)}, « {NoticeParts.Name(fact.Source).In(l)} ».");

    private static IEnumerable<CardAction> FollowUps(IReadOnlyList<Topic> asked, Vacancy? v, Language l)
    {
        var next = new (Topic Topic, string En, string Fr, string QuestionEn, string QuestionFr)[]
        {
            (Topic.Deadline, "Deadline", "Date limite", "What is the deadline?", "Quelle est la date limite ?"),
            (Topic.Grant, "Grant", "Bourse", "What is the grant?", "Quelle est la bourse ?"),
            (Topic.Tasks, "Tasks", "Tâches", "What are the tasks?", "Quelles sont les tâches ?"),
            (Topic.Documents, "Documents", "Documents", "Which documents?", "Quels documents ?"),
        };
        foreach (var n in next.Where(n => !asked.Contains(n.Topic)).Take(3))
        {
            yield return Ask(T(l, n.En, n.Fr), T(l, n.QuestionEn, n.QuestionFr), v?.Slug);
        }

        yield return CheckEligibility(l, v?.Slug);
    }

    public static string TopicName(Topic topic, Language l) => topic switch
    {
        Topic.Deadline => T(l, "Deadline", "Date limite"),
        Topic.Grant => T(l, "Grant", "Bourse"),
        Topic.Tasks => T(l, "Daily work", "Travail au quotidien"),
        Topic.Units => T(l, "Sections and branches", "Sections et branches"),
        Topic.EssentialCriteria => T(l, "Essential criteria", "Critères essentiels"),
        Topic.DesirableCriteria => T(l, "Desirable criteria", "Critères souhaitables"),
        Topic.Competencies => T(l, "Competencies", "Compétences"),
        Topic.Documents => T(l, "Documents", "Documents"),
        Topic.Languages => T(l, "Languages", "Langues"),
        Topic.InfoSession => T(l, "Info session", "Séance d'information"),
        Topic.Location => T(l, "Location", "Lieu"),
        Topic.Start => T(l, "Start", "Début"),
        Topic.Duration => T(l, "Duration", "Durée"),
        Topic.Hours => T(l, "Working hours", "Horaires"),
        Topic.Telework => T(l, "Telework", "Télétravail"),
        Topic.Travel => T(l, "Travel", "Voyage"),
        Topic.StaffCentre => T(l, "Staff Centre", "Staff Centre"),
        Topic.ApplicationLimit => T(l, "How many vacancies you may apply to", "Nombre de postes auxquels postuler"),
        Topic.GenerativeAi => T(l, "Generative AI", "IA générative"),
        Topic.Enquiries => T(l, "Phone and e-mail enquiries", "Questions par téléphone et courriel"),
        Topic.UpdatesAfterDeadline => T(l, "Changes after the deadline", "Modifications après la date limite"),
        Topic.CandidatePool => T(l, "Candidate pool", "Réserve de candidats"),
        Topic.ReasonableAccommodation => T(l, "Reasonable accommodation", "Aménagement raisonnable"),
        Topic.Diversity => T(l, "Diversity and inclusion", "Diversité et inclusion"),
        Topic.Clearance => T(l, "Security clearance", "Habilitation de sécurité"),
        Topic.Grade => T(l, "Grade", "Grade"),
        Topic.NatoBody => T(l, "NATO body", "Organisme de l'OTAN"),
        Topic.Housing => T(l, "Housing", "Logement"),
        Topic.Visa => T(l, "Visas and permits", "Visas et titres de séjour"),
        Topic.Insurance => T(l, "Insurance", "Assurance"),
        Topic.Leave => T(l, "Leave and holidays", "Congés"),
        Topic.Contract => T(l, "Contract or a job afterwards", "Contrat ou emploi ensuite"),
        _ => T(l, "The selection process", "Le processus de sélection"),
    };
}
