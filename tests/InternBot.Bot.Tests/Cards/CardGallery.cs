using InternBot.Bot.Conversation;
using InternBot.Core.Answers;
using InternBot.Core.Applications;
using InternBot.Core.Eligibility;
using InternBot.Core.Onboarding;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

using InternBot.Bot.Cards;

namespace InternBot.Bot.Tests.Cards;

/// <summary>
/// Every card the bot can send, built from the real catalogue in both languages, while a call is open and after it
/// closed: what the card tests validate and the docs render (tests/cards/render.sh exports it through
/// <see cref="CardGalleryExport"/>). It lives with the tests, not in the host binary.
/// </summary>
internal static class CardGallery
{
    /// <summary>Writes [{name, card}] for every gallery card, from the shipped catalogue and onboarding checklist.</summary>
    public static void Export(string file)
    {
        var cards = All(VacancyCatalogueLoader.LoadOrThrow(VacancyCatalogueLoader.DefaultPath), OnboardingGuide.Load(OnboardingGuide.DefaultPath))
            .Select(c => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject { ["name"] = c.Name, ["card"] = c.Card.ToJson() });
        File.WriteAllText(file, new System.Text.Json.Nodes.JsonArray(cards.ToArray()).ToJsonString());
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> All(VacancyCatalogue catalogue, OnboardingGuide onboarding)
    {
        var closed = DateTimeOffset.Parse("2026-11-21T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var open = DateTimeOffset.Parse("2025-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var engine = new EligibilityEngine(new FixedTime(closed));
        var answerer = new QuestionAnswerer(catalogue, engine, new FixedTime(closed));
        var abbreviations = new Abbreviations(catalogue);
        foreach (var l in new[] { Language.English, Language.French })
        {
            var code = l.Code();
            yield return ($"welcome-{code}", GeneralCards.Welcome(l));
            yield return ($"help-{code}", GeneralCards.Help(l, greeting: true));
            yield return ($"vacancy-list-{code}", VacancyCards.List(catalogue.All, closed, l));
            yield return ($"vacancy-list-open-{code}", VacancyCards.List(catalogue.All, open, l));
            foreach (var v in catalogue.All)
            {
                yield return ($"vacancy-{v.Slug}-{code}", VacancyCards.Detail(v, closed, l));
                yield return ($"vacancy-{v.Slug}-compact-{code}", VacancyCards.Compact(v, open, l));
            }

            foreach (var topic in Enum.GetValues<Topic>())
            {
                var facts = catalogue.All.Select(v => answerer.Answer($"{v.ShortName} {Probe(topic)}", code, new QuestionContext()).Reply).OfType<FactsReply>()
                    .OrderByDescending(r => r.Groups.Any(g => g.Facts.Any(f => f.Stated))).FirstOrDefault();
                if (facts is not null)
                {
                    yield return ($"answer-{topic}-{code}", AnswerCards.Facts(facts with { Language = l }, closed, catalogue.All));
                }
            }

            yield return ($"answer-across-{code}", AnswerCards.Facts((FactsReply)answerer.Answer("How much is the monthly grant?", code, new QuestionContext()).Reply with { Language = l }, closed, catalogue.All));
            yield return ($"answer-latest-{code}", AnswerCards.Facts((FactsReply)answerer.Answer("Which vacancy closes last?", code, new QuestionContext()).Reply with { Language = l }, closed, catalogue.All));
            yield return ($"timeline-{code}", AnswerCards.Timeline((TimelineReply)answerer.Answer("Which vacancies are still open?", code, new QuestionContext()).Reply with { Language = l }, closed));
            yield return ($"passages-{code}", AnswerCards.Passages((PassagesReply)answerer.Answer("Which internship involves the NATO Library?", code, new QuestionContext()).Reply with { Language = l }, catalogue.All.Count, abbreviations));
            yield return ($"passages-shared-{code}", AnswerCards.Passages((PassagesReply)answerer.Answer("I react fast when problems pop up: which competency is that?", code, new QuestionContext()).Reply with { Language = l }, catalogue.All.Count, abbreviations));
            yield return ($"calculation-{code}", AnswerCards.Calculation((CalculationReply)answerer.Answer("What is the total grant over the whole internship?", code, new QuestionContext()).Reply with { Language = l }));
            yield return ($"date-gap-{code}", AnswerCards.Calculation((CalculationReply)answerer.Answer("how many days between the NDS deadline and the ICTM deadline?", code, new QuestionContext()).Reply with { Language = l }));
            yield return ($"unit-{code}", AnswerCards.Passages((PassagesReply)answerer.Answer("What does the CPU do?", code, new QuestionContext()).Reply with { Language = l }, catalogue.All.Count, abbreviations));
            yield return ($"not-covered-{code}", AnswerCards.NotCovered((NotCoveredReply)answerer.Answer("Are the working hours flexible?", code, new QuestionContext()).Reply with { Language = l }, catalogue.All));
            yield return ($"answer-same-for-all-{code}", AnswerCards.Facts((FactsReply)answerer.Answer("Can I use ChatGPT?", code, new QuestionContext()).Reply with { Language = l }, closed, catalogue.All));
            yield return ($"not-understood-{code}", AnswerCards.NotUnderstood(new NotUnderstoodReply(l, "dress code?", catalogue.All[0])));
            yield return ($"quick-eligibility-{code}", AnswerCards.QuickEligibility((QuickEligibilityReply)answerer.Answer("I'm 20 and Swiss, I graduated 18 months ago, my English is B2", code, new QuestionContext()).Reply with { Language = l }, closed, catalogue.All));
            yield return ($"eligibility-form-{code}", EligibilityCards.Form(catalogue, catalogue.All[0], new Dictionary<string, string>(), new Dictionary<string, string>(), l));
            var bad = new Dictionary<string, string> { ["vacancy"] = "nds", ["nationalities"] = "Narnia", ["dateOfBirth"] = "2001-02-31" };
            yield return ($"eligibility-form-errors-{code}", EligibilityCards.Form(catalogue, catalogue.Get("nds"), bad, EligibilityForm.Parse(bad, catalogue, closed, l).Errors, l));
            foreach (var (name, profile) in SampleProfiles(catalogue))
            {
                var nds = catalogue.Get("nds")!;
                yield return ($"eligibility-result-{name}-{code}", EligibilityCards.Result(new EligibilityEngine(new FixedTime(closed)).Evaluate(profile, nds), nds, closed, l));
            }

            yield return ($"onboarding-{code}", GeneralCards.Onboarding(onboarding, l));
            yield return ($"onboarding-progress-{code}", GeneralCards.Onboarding(onboarding, l, new HashSet<string> { onboarding.Items[0].Id }));
            yield return ($"staff-counts-{code}", GeneralCards.StaffCounts(
                [new ApplicationCount("nds", ApplicationStatus.Submitted, 412), new ApplicationCount("nds", ApplicationStatus.Shortlisted, 12), new ApplicationCount("km", ApplicationStatus.Screening, 230)], catalogue, l));
            var asked = new Core.Conversations.Escalation
            {
                Id = "e1", Question = l == Language.French ? "Le logement est-il fourni ?" : "Is housing provided?", Language = code, Vacancy = "km", AskerName = "Ana Asker",
                AskerConversationId = "a:1", AskedAt = closed, BotTried = "the notices do not say (housing)",
            };
            var answered = Core.Conversations.EscalationSteps.Answer(asked, "Jane Staff", "No, interns find their own housing.", l == Language.French ? "Non, les stagiaires trouvent eux-mêmes leur logement." : null, curate: true, closed).Escalation;
            yield return ($"escalation-open-{code}", EscalationCards.Channel(asked));
            yield return ($"escalation-claimed-{code}", EscalationCards.Channel(Core.Conversations.EscalationSteps.Claim(asked, "Jane Staff", closed).Escalation));
            yield return ($"escalation-answered-{code}", EscalationCards.Channel(answered));
            yield return ($"escalation-refused-{code}", EscalationCards.ChannelRefused(asked));
            yield return ($"escalation-answer-{code}", EscalationCards.Answer(answered));
            yield return ($"escalation-not-answerable-{code}", EscalationCards.NotAnswerable(Core.Conversations.EscalationSteps.NotAnswerable(asked, "Jane Staff", closed).Escalation));
            var km = catalogue.Get("km")!;
            yield return ($"digest-{code}", InternBot.Bot.Proactive.NotificationCards.Digest(3, 1, new Dictionary<Verdict, int> { [Verdict.Eligible] = 2, [Verdict.CannotDecideYet] = 2 }, ["km"], catalogue, "https://internbot.example.org/tab/applications", l));
            yield return ($"status-changed-{code}", InternBot.Bot.Proactive.NotificationCards.StatusChanged(new ApplicationRecord { CandidateId = "C1", DisplayName = "Zoë Müller", Vacancy = "km", Campaign = "2026" }, ApplicationStatus.Shortlisted, "Jane Staff", catalogue, l));
            if (l == Language.English)
            {
                yield return ("reminder-deadline", InternBot.Bot.Proactive.ReminderCards.Deadline(km, TimeSpan.FromDays(7)));
                if (catalogue.All.FirstOrDefault(v => v.InfoSession is not null) is { } withSession)
                {
                    yield return ("reminder-info-session", InternBot.Bot.Proactive.ReminderCards.InfoSession(withSession, TimeSpan.FromDays(1)));
                }
            }

            yield return ($"curated-{code}", EscalationCards.Curated(new CuratedReply(l, new CuratedAnswer("e1", asked.Question, answered.AnswerEn, answered.AnswerFr, null, CuratedAnswer.InternshipOffice, closed), 0.8)));
        }
    }

    private static string Probe(Topic topic) => topic switch
    {
        Topic.Deadline => "deadline", Topic.Grant => "grant", Topic.Tasks => "tasks", Topic.Units => "sections", Topic.EssentialCriteria => "criteria",
        Topic.DesirableCriteria => "desirable", Topic.Competencies => "competencies", Topic.Documents => "documents", Topic.Languages => "languages",
        Topic.InfoSession => "info session", Topic.Location => "location", Topic.Start => "start", Topic.Duration => "duration", Topic.Hours => "hours",
        Topic.Telework => "telework", Topic.Travel => "travel", Topic.StaffCentre => "staff centre", Topic.ApplicationLimit => "how many vacancies",
        Topic.GenerativeAi => "chatgpt", Topic.Enquiries => "phone", Topic.UpdatesAfterDeadline => "update my application", Topic.CandidatePool => "pool",
        Topic.ReasonableAccommodation => "reasonable accommodation", Topic.Diversity => "diversity", Topic.Clearance => "clearance", Topic.Grade => "grade",
        Topic.NatoBody => "nato body", Topic.About => "what does the division do", Topic.Activities => "activities", Topic.Integrity => "integrity",
        Topic.Accuracy => "complete and accurate", Topic.MoreInformation => "terms and conditions", Topic.Reference => "reference number",
        Topic.Offer => "what does the internship offer", Topic.Title => "full title of the vacancy", _ => "what will I learn",
    };

    private static IEnumerable<(string, CandidateProfile)> SampleProfiles(VacancyCatalogue catalogue)
    {
        var submitted = DateTimeOffset.Parse("2025-06-20T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture);
        var eligible = new CandidateProfile
        {
            Nationalities = [Countries.Find("BE")!],
            DateOfBirth = new DateOnly(2001, 5, 4),
            Education = new EducationFacts { EnrolledStudent = true, YearsCompleted = 3, EquivalentEducation = false, FinalStageOfMasters = true },
            Languages = [new LanguageSkill("en", LanguageLevel.C1), new LanguageSkill("fr", LanguageLevel.B1)],
            Documents = [new AttachedDocument(Core.Vacancies.DocumentType.ProofOfStudies, "en")],
            SubmittedAt = submitted,
            OtherApplications = [ProfileApplication(catalogue, "km")],
            Desirable = new DesirableFacts { AdvancedItUser = true, PriorExperience = false },
        };
        yield return ("eligible", eligible);
        yield return ("not-eligible", eligible with { Nationalities = [Countries.Find("CH")!], DateOfBirth = new DateOnly(2005, 1, 1), SubmittedAt = submitted.AddDays(3) });
        yield return ("cannot-decide", new CandidateProfile { Nationalities = [Countries.Find("PL")!] });
    }

    private static OtherApplication ProfileApplication(VacancyCatalogue catalogue, string slug) =>
        Core.Eligibility.Input.ProfileValues.OtherApplication(slug, catalogue);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>The gallery as JSON for the docs renderer: runs only when INTERNBOT_EXPORT_CARDS names the file to write.</summary>
public sealed class CardGalleryExport
{
    [Fact]
    public void WritesTheGalleryWhenAsked()
    {
        var file = Environment.GetEnvironmentVariable("INTERNBOT_EXPORT_CARDS");
        Assert.SkipWhen(string.IsNullOrEmpty(file), "Set INTERNBOT_EXPORT_CARDS to a file to export the card gallery (tests/cards/render.sh does).");
        CardGallery.Export(file!);
        Assert.True(new FileInfo(file!).Length > 1000);
    }
}
