using InternBot.Core.Applications;
using InternBot.Core.Onboarding;
using InternBot.Core.Text;
using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Cards;

/// <summary>Welcome, help, onboarding and the staff's application counts.</summary>
internal static class GeneralCards
{
    public static AdaptiveCard Welcome(Language l) =>
        new AdaptiveCard { Lang = l.Code(), Speak = T(l, "Welcome to InternBot", "Bienvenue dans InternBot") }
            .Add(
                new TextBlock(T(l, "Welcome to InternBot", "Bienvenue dans InternBot")) { Size = "Large", Weight = "Bolder", Style = "heading" },
                new TextBlock(T(l, "I answer questions about NATO HQ internship vacancies from the notices themselves, check a candidate's eligibility, and help new interns get started. Ask in English or French.",
                    "Je réponds aux questions sur les postes de stage au siège de l'OTAN à partir des avis eux-mêmes, je vérifie l'éligibilité d'un candidat et j'aide les nouveaux stagiaires à démarrer. Posez vos questions en anglais ou en français.")),
                new TextBlock(T(l, "Try: \"What is the deadline for NDS?\", \"What's the grant for the KM one?\", \"I'm 20, can I apply?\"",
                    "Essayez : « Quelle est la date limite pour NDS ? », « Quelle est la bourse pour KM ? », « J'ai 20 ans, puis-je postuler ? »")) { IsSubtle = true })
            .AddActions(
                new ExecuteAction(T(l, "List vacancies", "Liste des postes"), CardVerbs.VacancyList),
                CheckEligibility(l, null),
                new ExecuteAction(T(l, "Onboarding", "Intégration"), CardVerbs.Onboarding),
                new ExecuteAction(l == Language.French ? "English" : "Français", CardVerbs.Language, Data(("language", l == Language.French ? "en" : "fr"))));

    public static AdaptiveCard Help(Language l, bool greeting) =>
        new AdaptiveCard { Lang = l.Code() }
            .Add(
                new TextBlock(greeting ? T(l, "Hello! Here is what I can do.", "Bonjour ! Voici ce que je peux faire.") : T(l, "What I can do", "Ce que je peux faire")) { Size = "Medium", Weight = "Bolder", Style = "heading" },
                new FactSet(
                [
                    new Fact(T(l, "Vacancies", "Postes"), T(l, "\"list vacancies\", \"tell me about JIS\", \"250775\"", "« liste des postes », « parle-moi de JIS », « 250775 »")),
                    new Fact(T(l, "Facts", "Faits"), T(l, "deadline, grant, tasks, sections, criteria, competencies, documents, languages, info session, location, start, duration, hours, telework, travel, Staff Centre, application limit, AI policy, enquiries, clearance",
                        "date limite, bourse, tâches, sections, critères, compétences, documents, langues, séance d'information, lieu, début, durée, horaires, télétravail, voyage, Staff Centre, nombre de candidatures, politique IA, questions, habilitation")),
                    new Fact(T(l, "Eligibility", "Éligibilité"), T(l, "\"I'm 20, can I apply?\" or the full check", "« J'ai 20 ans, puis-je postuler ? » ou la vérification complète")),
                    new Fact(T(l, "Interns", "Stagiaires"), T(l, "\"onboarding\"", "« intégration »")),
                    new Fact(T(l, "Language", "Langue"), T(l, "write in French, or type \"français\"", "écrivez en anglais, ou tapez « english »")),
                ]),
                new TextBlock(T(l, "Answers come from the notices only. When a notice does not say, I tell you so instead of guessing.", "Les réponses viennent uniquement des avis. Quand un avis ne dit rien, je vous le dis au lieu de deviner.")) { IsSubtle = true })
            .AddActions(new ExecuteAction(T(l, "List vacancies", "Liste des postes"), CardVerbs.VacancyList), CheckEligibility(l, null));

    /// <summary>
    /// The onboarding checklist; with <paramref name="done"/> (a signed-in person's progress), each item says whether
    /// it is done and has a button to change that, and the card says how many are done. <paramref name="unstated"/> is
    /// what the question asked that no notice says, said first.
    /// </summary>
    public static AdaptiveCard Onboarding(OnboardingGuide guide, Language l, IReadOnlySet<string>? done = null, NotCoveredAspect? unstated = null)
    {
        var card = new AdaptiveCard { Lang = l.Code() }
            .Add(new TextBlock(T(l, "Onboarding checklist", "Liste d'intégration")) { Size = "Large", Weight = "Bolder", Style = "heading" });
        if (unstated is not null)
        {
            card.Add(new TextBlock(T(l, $"The vacancy notices do not say anything about {unstated.Name.En}. Below: what they do say, and the internship office's own steps.",
                $"Les avis de vacance ne précisent rien sur {unstated.Name.In(l)}. Ci-dessous : ce qu'ils disent, et les étapes propres au bureau des stages.")));
        }

        if (done is not null)
        {
            var count = guide.Items.Count(i => done.Contains(i.Id));
            card.Add(new TextBlock(T(l, $"{count} of {guide.Items.Count} done.", $"{count} sur {guide.Items.Count} faites.")) { IsSubtle = true });
        }

        foreach (var item in guide.Items)
        {
            var example = item.Source == OnboardingSource.Example;
            var isDone = done?.Contains(item.Id) == true;
            card.Add(new Container(new CardElement?[]
            {
                new TextBlock($"{(isDone ? "☑" : "☐")} **{In(item.Title, l)}**"),
                new TextBlock(In(item.Body, l)) { Spacing = "small", IsSubtle = example },
                new TextBlock(example ? T(l, "Example step: the internship office will replace it.", "Étape d'exemple : le bureau des stages la remplacera.") : T(l, "From the vacancy notices.", "D'après les avis de vacance.")) { Size = "Small", IsSubtle = true, Spacing = "none" },
                done is null ? null : new ActionSet([new ExecuteAction(isDone ? T(l, "Not done yet", "Pas encore faite") : T(l, "Done", "Faite"), CardVerbs.OnboardingDone, Data(("item", item.Id), ("done", isDone ? "false" : "true")))]),
            }.OfType<CardElement>().ToList()) { Separator = true, Style = example ? "emphasis" : null });
        }

        return card;
    }

    public static AdaptiveCard StaffCounts(IReadOnlyList<ApplicationCount> counts, VacancyCatalogue catalogue, Language l)
    {
        var card = new AdaptiveCard { Lang = l.Code() }
            .Add(new TextBlock(T(l, "Applications per vacancy and status", "Candidatures par poste et statut")) { Size = "Medium", Weight = "Bolder", Style = "heading" });
        if (counts.Count == 0)
        {
            return card.Add(new TextBlock(T(l, "There are no applications yet.", "Il n'y a encore aucune candidature.")));
        }

        foreach (var group in counts.GroupBy(c => c.Vacancy).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = catalogue.Get(group.Key) is { } v ? Name(v) : group.Key;
            card.Add(new TextBlock($"**{name}** — {group.Sum(c => c.Count)}") { Separator = true });
            card.Add(new FactSet(group.OrderBy(c => c.Status).Select(c => new Fact(StatusName(c.Status, l), c.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()) { Spacing = "small" });
        }

        return card;
    }

    public static string StatusName(ApplicationStatus status, Language l) => ApplicationStatusLabels.Of(status).In(l);
}
