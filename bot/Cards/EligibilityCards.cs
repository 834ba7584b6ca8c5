using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Bot.Cards.CardText;

namespace InternBot.Bot.Cards;

/// <summary>The eligibility form (with what to fix after a bad submission) and its result.</summary>
internal static class EligibilityCards
{
    private static readonly string[] Levels = ["none", "A1", "A2", "B1", "B2", "C1", "C2", "native"];

    public static AdaptiveCard Form(VacancyCatalogue catalogue, Vacancy? vacancy, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Language l)
    {
        string? V(string key) => values.TryGetValue(key, out var v) ? v : null;
        string? E(string key) => errors.TryGetValue(key, out var e) ? e : null;
        var levels = Levels
            .Select(x => new Choice(x == "none" ? T(l, "None", "Aucun") : x == "native" ? T(l, "Native", "Langue maternelle") : x, x)).ToList();
        var card = new AdaptiveCard { Lang = l.Code() }
            .Add(new TextBlock(T(l, "Eligibility check", "Vérification de l'éligibilité")) { Size = "Large", Weight = "Bolder", Style = "heading" },
                 new TextBlock(T(l, "Answer what you know; the result says what is missing. Nothing here is stored beyond this conversation.", "Répondez à ce que vous savez ; le résultat indique ce qui manque. Rien n'est conservé au-delà de cette conversation.")) { IsSubtle = true });
        if (errors.Count > 0)
        {
            card.Add(new Container(
                [new TextBlock(T(l, "Please fix:", "À corriger :")) { Weight = "Bolder", Color = "Attention" }, .. errors.Select(e => (CardElement)new TextBlock($"- {Label(e.Key, l)}: {e.Value}") { Color = "Attention", Spacing = "small" })])
            { Style = "attention" });
        }

        card.Add(
            new ChoiceSetInput("vacancy", T(l, "Vacancy", "Poste"), catalogue.All.Select(v => new Choice($"{Name(v)} — {In(v.Title, l)}", v.Slug)).ToList())
            { IsRequired = true, ErrorMessage = E("vacancy") ?? T(l, "Choose a vacancy.", "Choisissez un poste."), Value = V("vacancy") ?? vacancy?.Slug },
            new TextInput("nationalities", T(l, "Nationalities (comma-separated)", "Nationalités (séparées par des virgules)"))
            { IsRequired = true, Placeholder = T(l, "e.g. Belgium, Italy", "p. ex. Belgique, Italie"), ErrorMessage = E("nationalities") ?? T(l, "Give at least one nationality.", "Indiquez au moins une nationalité."), Value = V("nationalities"), MaxLength = 200 },
            new DateInput("dateOfBirth", T(l, "Date of birth", "Date de naissance")) { IsRequired = true, ErrorMessage = E("dateOfBirth") ?? T(l, "Give the date of birth.", "Indiquez la date de naissance."), Value = V("dateOfBirth") },
            new ToggleInput("enrolledStudent", T(l, "Studies", "Études"), T(l, "Currently a university student", "Actuellement étudiant à l'université")) { Value = V("enrolledStudent") ?? "false" },
            new NumberInput("yearsCompleted", T(l, "Years of university study completed", "Années d'études universitaires accomplies")) { Min = 0, Max = 20, Value = V("yearsCompleted"), ErrorMessage = E("yearsCompleted") },
            new ToggleInput("equivalentEducation", T(l, "Equivalent education", "Formation équivalente"), T(l, "Holds education equivalent to university study", "A une formation équivalente à des études universitaires")) { Value = V("equivalentEducation") ?? "false" },
            new ChoiceSetInput("degreeLevel", T(l, "Highest degree obtained", "Diplôme le plus élevé obtenu"),
                [new(T(l, "None", "Aucun"), "none"), new(T(l, "Under two years (certificate, diploma)", "Moins de deux ans (certificat, diplôme)"), "shortCycle"), new(T(l, "Bachelor's", "Licence (bachelor)"), "bachelor"), new(T(l, "Master's", "Master"), "master"), new(T(l, "Doctorate", "Doctorat"), "doctorate")])
            { Value = V("degreeLevel") ?? "none", ErrorMessage = E("degreeLevel") },
            new DateInput("degreeAwardedOn", T(l, "Date the degree was obtained", "Date d'obtention du diplôme")) { Value = V("degreeAwardedOn"), ErrorMessage = E("degreeAwardedOn") },
            new ChoiceSetInput("english", T(l, "English level", "Niveau d'anglais"), levels) { Value = V("english") ?? "none" },
            new ChoiceSetInput("french", T(l, "French level", "Niveau de français"), levels) { Value = V("french") ?? "none" },
            new ChoiceSetInput("documents", T(l, "Documents attached", "Documents joints"),
                [new(T(l, "Copy of completed university qualifications", "Copie des diplômes universitaires obtenus"), "qualification"), new(T(l, "Proof of ongoing studies with dates", "Preuve d'études en cours avec les dates"), "proofOfStudies")])
            { IsMultiSelect = true, Style = "expanded", Value = V("documents") },
            new ChoiceSetInput("documentsLanguage", T(l, "Language of the documents", "Langue des documents"),
                [new(T(l, "English", "Anglais"), "en"), new(T(l, "French", "Français"), "fr"), new(T(l, "Another language", "Une autre langue"), "other")])
            { Value = V("documentsLanguage") ?? "en" },
            new ToggleInput("selfTranslated", T(l, "Translation", "Traduction"), T(l, "A self-translation is attached", "Une auto-traduction est jointe")) { Value = V("selfTranslated") ?? "false" },
            new ChoiceSetInput("otherVacancies", T(l, "Other vacancies applied to in this campaign", "Autres postes demandés dans cette campagne"), catalogue.All.Select(v => new Choice(Name(v), v.Slug)).ToList())
            { IsMultiSelect = true, Value = V("otherVacancies") },
            new DateInput("submittedDate", T(l, "Submitted on (empty: now)", "Soumise le (vide : maintenant)")) { Value = V("submittedDate"), ErrorMessage = E("submittedDate") },
            new TimeInput("submittedTime", T(l, "At (Brussels time)", "À (heure de Bruxelles)")) { Value = V("submittedTime") });
        card.AddActions(new ExecuteAction(T(l, "Check", "Vérifier"), CardVerbs.EligibilityCheck) { AssociatedInputs = "auto", Style = "positive" });
        return card;
    }

    public static AdaptiveCard Result(EligibilityDecision d, Vacancy v, DateTimeOffset now, Language l)
    {
        var style = d.Verdict switch { Verdict.Eligible => "good", Verdict.NotEligible => "attention", _ => "warning" };
        var card = new AdaptiveCard { Lang = l.Code(), Speak = $"{EligibilityLabels.Of(d.Verdict).In(l)}: {In(v.Title, l)}" }
            .Add(
                new Container([new TextBlock(EligibilityLabels.Of(d.Verdict).In(l)) { Size = "Large", Weight = "Bolder", Style = "heading" }, new TextBlock($"{Name(v)} — {In(v.Title, l)}") { Spacing = "none" }]) { Style = style },
                new TextBlock(T(l, "Essential criteria", "Critères essentiels")) { Weight = "Bolder", Style = "heading" });
        card.Add(d.Criteria.Select(c => (CardElement)AnswerCards.Row(c, l)).ToArray());
        card.Add(new TextBlock(T(l, $"Desirable criteria: {d.Desirable.Matched} of {d.Desirable.Total}", $"Critères souhaitables : {d.Desirable.Matched} sur {d.Desirable.Total}")) { Weight = "Bolder", Style = "heading", Separator = true });
        card.Add(d.Desirable.Items.Select(c => (CardElement)AnswerCards.Row(c, l)).ToArray());
        var fixes = d.Criteria.Where(c => c.Outcome != Outcome.Passed && c.Fix is not null).ToList();
        if (fixes.Count > 0)
        {
            card.Add(new TextBlock(T(l, "What would change the verdict", "Ce qui changerait la décision")) { Weight = "Bolder", Style = "heading", Separator = true });
            card.Add(fixes.Select(f => (CardElement)new TextBlock($"- **{EligibilityLabels.Criterion(f.Criterion).In(l)}**: {f.Fix!.In(l)}") { Spacing = "small" }).ToArray());
        }

        card.Add(d.Assumptions.Select(a => (CardElement)new TextBlock(a.In(l)) { IsSubtle = true, Size = "Small", Spacing = "small" }).ToArray());
        card.AddActions(
            new ExecuteAction(T(l, "Edit answers", "Modifier les réponses"), CardVerbs.EligibilityForm, Data(("vacancy", v.Slug))),
            Detail(v, l));
        return card;
    }

    private static string Label(string field, Language l) => field switch
    {
        "vacancy" => T(l, "Vacancy", "Poste"),
        "nationalities" => T(l, "Nationalities", "Nationalités"),
        "dateOfBirth" => T(l, "Date of birth", "Date de naissance"),
        "degreeAwardedOn" => T(l, "Date the degree was obtained", "Date d'obtention du diplôme"),
        "submittedDate" => T(l, "Submission", "Soumission"),
        "yearsCompleted" => T(l, "Years of study", "Années d'études"),
        _ => field,
    };
}
