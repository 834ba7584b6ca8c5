using FsCheck;
using FsCheck.Fluent;
using InternBot.Core.Answers;
using InternBot.Core.Eligibility;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Text;
using InternBot.Core.Understanding;
using InternBot.Core.Vacancies;
using Outcome = InternBot.Core.Eligibility.Outcome;

namespace InternBot.Core.Tests.Answers;

public sealed class QuestionAnswererTests
{
    private static readonly QuestionAnswerer Answerer = new(ShippedCatalogue.Value, new EligibilityEngine(Decide.LongAfter), Decide.LongAfter);

    private static AnswerOutcome Ask(string text, QuestionContext? context = null, string? locale = null) => Answerer.Answer(text, locale, context ?? new QuestionContext());

    // The topic a question's answer leads with (the answer must be facts).
    private static Topic LeadingTopic(string text) => Assert.IsType<FactsReply>(Ask(text).Reply).Groups[0].Topic;

    // The English texts a reply states, whatever its kind: passages, or facts with their items.
    private static IEnumerable<string> Stated(Reply reply) => reply switch
    {
        PassagesReply p => p.Passages.Select(x => x.Text.En),
        FactsReply f => f.Groups.SelectMany(g => g.Facts).SelectMany(x => new[] { x.Summary }.Concat(x.Items)).OfType<LocalizedText>().Select(t => t.En),
        _ => [],
    };

    // What a person says about someone, read as the answerer reads it.
    private static PersonalFacts FactsIn(string text) => PersonalFacts.From(Core.Understanding.TextNormaliser.Normalise(text), text);

    // The facts in a message read on a given day ("graduated in December", "turns 21 in August 2025" depend on it).
    private static PersonalFacts FactsIn(string text, string today) =>
        PersonalFacts.From(Core.Understanding.TextNormaliser.Normalise(text), text, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

    private static AnswerOutcome AskAt(string iso, string text, QuestionContext? context = null)
    {
        var time = FixedTime.At(iso);
        return new QuestionAnswerer(ShippedCatalogue.Value, new EligibilityEngine(time), time).Answer(text, null, context ?? new QuestionContext());
    }

    // A word read through a synonym leads to a topic only if the topic holds all that the synonym added: "speeches" adds
    // "speaking notes", and "speaking" alone is the info session's interns talking, not the notes an intern drafts.
    [Theory]
    [InlineData("Will I write speeches in the OCIO internship?", "speaking notes")]
    [InlineData("Would I get to do actual pentesting at JIS?", "penetration tests")]
    [InlineData("I'm good at designing questionnaires. Does ICTM need that?", "surveys")]
    [InlineData("Au JIS, je vais faire de la com' ?", "newsletter")]
    public void AWorkWordReadThroughASynonymFindsTheWorkNotAPartOfTheSynonym(string question, string work) =>
        Assert.Contains(Stated(Ask(question).Reply), text => text.Contains(work, StringComparison.Ordinal));

    // Data protection is found where a notice says it, however it is named: the GDPR, its French "RGPD", an "officer"
    // (a person, not an office), and "un lien avec" (a connection, not a web link), even beside the International Staff
    // that names a NATO body.
    [Theory]
    [InlineData("who is the data protection officer for the International Staff, according to the ICTM notice?")]
    [InlineData("My long-term plan is to become a data protection officer. Is any of these internships connected to that?")]
    [InlineData("J'ai étudié le RGPD. Un lien avec l'un des stages ?")]
    [InlineData("I studied GDPR compliance, which internship fits?")]
    public void DataProtectionIsFoundInTheSectionWhoseHeadIsItsOfficer(string question)
    {
        var reply = Ask(question).Reply;
        Assert.Contains(Stated(reply), text => text.Contains("Personal Data Protection Officer", StringComparison.Ordinal));
        Assert.False(reply is FactsReply { Groups: [{ Topic: Topic.NatoBody }, ..] });
        Assert.Null(reply.UnstatedDetail);
    }

    // Beyond line of sight is the NDS section's "au-delà de l'horizon" in French, and BLOS its abbreviation.
    [Theory]
    [InlineData("Je suis ingénieur réseau, intéressé par les communications militaires au-delà de la ligne de vue. Quelle équipe ?")]
    [InlineData("which team works on BLOS links?")]
    public void BeyondLineOfSightIsTheSectionThatNamesIt(string question) =>
        Assert.Contains(Stated(Ask(question).Reply), text => text.Contains("beyond-line-of-sight", StringComparison.Ordinal));

    // Where the asker says they are, or whose time they ask for; a nationality or a place named for something else is not it.
    [Theory]
    [InlineData("I'm in New York. What's the latest local time I can submit?", "America/New_York")]
    [InlineData("Je suis à Montréal : jusqu'à quelle heure ?", "America/Toronto")]
    [InlineData("what's the UK time for the ICTM cut-off?", "Europe/London")]
    [InlineData("applying from Tokyo, when does JIS close?", "Asia/Tokyo")]
    [InlineData("I'm Polish and 23, when does JIS close?", null)]
    [InlineData("does the New York office matter?", null)]
    [InlineData("je peux postuler jusqu'à la date limite de la KM ?", null)]
    public void ThePlaceTheAskerReadsTheClockInIsFound(string question, string? zone) =>
        Assert.Equal(zone, LocalTimes.Named(Core.Understanding.TextNormaliser.Normalise(question))?.Zone.Id);

    // A deadline asked from another place is given in its local time too, with the day it falls on there.
    [Theory]
    [InlineData("I'm in New York. What's the latest local time I can submit the JIS application on deadline day?", "In New York time (America/New_York): Sunday 22 June 2025, 17:59.")]
    [InlineData("I'm in London - what's the UK cut-off time for the ICTM application?", "In London time (Europe/London): Thursday 30 April 2026, 22:59.")]
    [InlineData("applying from Tokyo, when does the JIS deadline fall?", "In Tokyo time (Asia/Tokyo): Monday 23 June 2025, 06:59.")]
    public void ADeadlineAskedFromElsewhereIsGivenInLocalTimeToo(string question, string local)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(question).Reply).Groups);
        Assert.Equal(Topic.Deadline, group.Topic);
        Assert.Contains(local, Assert.Single(group.Facts).Items.Select(i => i.En));
    }

    // The onboarding checklist answers a question about the first day, but no notice says what happens on it: the
    // reply says so, so that the internship office's own steps are not taken for the notices'.
    [Theory]
    [InlineData("What should I bring on my first day?", "firstDay")]
    [InlineData("qu'est-ce que je dois apporter le premier jour ?", "firstDay")]
    [InlineData("onboarding checklist", null)]
    public void TheOnboardingChecklistSaysWhatTheNoticesLeaveOutAboutTheFirstDay(string question, string? unstated)
    {
        var reply = Assert.IsType<OnboardingReply>(Ask(question).Reply);
        Assert.Equal(unstated, reply.Unstated?.Id);
    }

    [Theory]
    [InlineData("What is the deadline for NDS?", "nds", Topic.Deadline)]
    [InlineData("and the grant for 250775", "km", Topic.Grant)]
    [InlineData("what security clearance for the digital staff", "nds", Topic.Clearance)]
    [InlineData("Can I use artificial intelligence for the JIS application?", "jis", Topic.GenerativeAi)]
    [InlineData("info session for the KM one", "km", Topic.InfoSession)]
    [InlineData("home office at ICTM?", "ictm", Topic.Telework)]
    [InlineData("Quelle est la bourse pour l'OCIO ?", "ocio", Topic.Grant)]
    [InlineData("what's the reference/requisition number of the JIS vacancy? I need it for a form", "jis", Topic.Reference)]
    [InlineData("c combien la gratif au JIS", "jis", Topic.Grant)]
    [InlineData("What happens if I notice a mistake after I've already hit submit for KM?", "km", Topic.UpdatesAfterDeadline)]
    public void TheVacancyAndTopicAreRecognisedEvenWhenTheirWordsOverlap(string question, string vacancy, Topic topic)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(topic, group.Topic);
        Assert.Equal(vacancy, Assert.Single(group.Facts).Vacancy.Slug);
    }

    [Fact]
    public void AFollowUpUsesTheVacancyBeingDiscussed()
    {
        var reply = Assert.IsType<FactsReply>(Ask("and the clearance?", new QuestionContext("km")).Reply);
        Assert.Equal("km", reply.Groups[0].Facts[0].Vacancy.Slug);
    }

    [Fact]
    public void AFactOneNoticeLeavesOutIsAnsweredForTheOthersAndTheSilentOneIsNamed()
    {
        var reply = Assert.IsType<FactsReply>(Ask("What is the grant?").Reply);
        var group = Assert.Single(reply.Groups);
        Assert.True(group.AllVacancies);
        Assert.Equal(5, group.Facts.Count);
        var silent = Assert.Single(group.Clusters, c => !c[0].Stated);
        Assert.Equal("ictm", Assert.Single(silent).Vacancy.Slug);

        // NDS, KM and JIS state the grant in euros; OCIO states the amount without a currency: two groups, not one.
        Assert.Equal(2, group.Clusters.Count(c => c[0].Stated));
        Assert.Contains("ICTM", group.Lead!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AFactEveryNoticeStatesAlikeIsSaidOnce()
    {
        var same = Assert.IsType<FactsReply>(Ask("How many vacancies can I apply to?").Reply);
        Assert.Equal(Topic.ApplicationLimit, same.Groups[0].Topic);
        Assert.True(same.Groups[0].SameForAll);
        Assert.Single(same.Groups[0].Clusters);
    }

    [Fact]
    public void SeveralFirstOnTheSameDayAreSaidToBeTied()
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask("which one closed first?").Reply).Groups);
        Assert.StartsWith("Earliest: JIS, KM, NDS and OCIO, 4 on the same day (", group.Lead!.En, StringComparison.Ordinal);
        Assert.Contains("4 le même jour", group.Lead.Fr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Combien d'annonces de stage au total ?")]
    [InlineData("how many vacancies are there?")]
    [InlineData("how many notices do you have?")]
    [InlineData("How many vacancy notices are we dealing with, and which ones?")]
    [InlineData("what vacancies do you know about?")]
    [InlineData("which internships do you have?")]
    [InlineData("quels stages connais-tu ?")]
    public void HowManyNoticesIsTheListOfVacancies(string question)
    {
        Assert.IsType<VacancyListReply>(Ask(question).Reply);
        // How many one may apply to is the limit.
        Assert.Equal(Topic.ApplicationLimit, Assert.IsType<FactsReply>(Ask("how many vacancies can I apply to?").Reply).Groups[0].Topic);
    }

    [Fact]
    public void AskingForTheLatestOrdersTheVacanciesAndSaysWhichComesLast()
    {
        var reply = Assert.IsType<FactsReply>(Ask("Which vacancy closes last?").Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal("ictm", group.Facts[0].Vacancy.Slug);
        Assert.Contains("ICTM", group.Lead!.En, StringComparison.Ordinal);
        Assert.Contains("30 April 2026", group.Lead.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoticeSilentOnTheOfferSaysWhereItSendsItsReaders()
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask("how many hours a week is the ICTM internship?").Reply).Groups);
        var pointer = Assert.Single(group.ReferredTo);
        Assert.Equal("ictm", pointer.Vacancy.Slug);
        Assert.Contains("website", pointer.Summary!.En, StringComparison.Ordinal);
        // Not for what a vacancy itself states or leaves out (a clearance is no part of the programme's offer).
        Assert.Empty(Assert.Single(Assert.IsType<FactsReply>(Ask("what clearance does ICTM need?").Reply).Groups).ReferredTo);
    }

    [Fact]
    public void ACountNamesWhichNoticesStateItAndWhichDoNot()
    {
        var reply = Assert.IsType<FactsReply>(Ask("How many of the vacancies require a security clearance?").Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(Topic.Clearance, group.Topic);
        Assert.StartsWith("Two of the 5 notices", group.Lead!.En, StringComparison.Ordinal);
        Assert.Equal(["km", "nds"], group.Facts.Where(f => f.Stated).Select(f => f.Vacancy.Slug).Order());
        // Both that state it give the same level, and the lead says so (the grant's two spellings would not).
        Assert.Contains("(KM and NDS), the same in each;", group.Lead.En, StringComparison.Ordinal);
        Assert.Contains("tous de la même façon", group.Lead.Fr, StringComparison.Ordinal);
        Assert.DoesNotContain("the same in each", Assert.Single(Assert.IsType<FactsReply>(Ask("What is the grant?").Reply).Groups).Lead!.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which of the two pays more then?")]
    [InlineData("which one pays better?")]
    // ("L'argent" is the grant; "niveau argent" says "as for money", not a language level.)
    [InlineData("et niveau argent ?")]
    [InlineData("l'argent du stage KM, ça donne quoi ?")]
    public void WhatPaysMoreIsTheGrantNotACountry(string question) =>
        Assert.Equal(Topic.Grant, Answerer.Reader.Read(question).Topics[0]);

    [Fact]
    public void WhatIsStillOpenIsReadAgainstTheClock()
    {
        var before = Assert.IsType<TimelineReply>(AskAt("2025-06-12T10:00:00Z", "Which vacancies are still open?").Reply);
        Assert.All(before.Entries.Where(e => e.Event == TimelineEvent.Deadline), e => Assert.False(e.Past));
        Assert.True(Assert.Single(before.Entries, e => e.Event == TimelineEvent.InfoSession).Past);

        var after = Assert.IsType<TimelineReply>(AskAt("2025-12-01T10:00:00Z", "Which vacancies are still open?").Reply);
        var open = Assert.Single(after.Entries, e => e.Event == TimelineEvent.Deadline && !e.Past);
        Assert.Equal("ictm", Assert.Single(open.Vacancies).Slug);
    }

    // A French inversion ("accepte-t-il encore") asks what is still open, not about spontaneous applications.
    [Fact]
    public void WhetherAVacancyStillTakesApplicationsAskedWithAnInversionIsReadAgainstTheClock()
    {
        var reply = Assert.IsType<TimelineReply>(AskAt("2026-04-30T22:30:00Z", "L'ICTM accepte-t-il encore des candidatures ?").Reply);
        Assert.True(Assert.Single(reply.Entries, e => e.Event == TimelineEvent.Deadline).Past);
    }

    // Closing is what a deadline does, and the most time to apply is the latest deadline, whatever was answered before.
    [Theory]
    [InlineData("2026-12-07T12:00:00Z", "Can I apply to ICTM, OCIO, NDS and JIS all at once?", "ok, so ICTM, NDS and JIS - which of those closes first?")]
    [InlineData("2025-06-01T12:00:00Z", "Which vacancies are open at the moment?", "which of them gives me the most time?")]
    [InlineData("2025-06-01T12:00:00Z", "Which vacancies are open at the moment?", "and which one stays open longer?")]
    public void AnOrderOfClosingIsAnOrderOfDeadlines(string now, string first, string then) =>
        Assert.Equal(Topic.Deadline, Assert.IsType<FactsReply>(AskAt(now, then, AskAt(now, first).Next).Reply).Groups[0].Topic);

    // "How long before it closes?" is the time left until the deadline, not the gap between two deadlines.
    [Theory]
    [InlineData("combien de temps avant que les offres de juin ferment ?")]
    [InlineData("how long before the June ones close?")]
    public void HowLongBeforeItClosesIsTheTimeLeft(string question)
    {
        var reply = Assert.IsType<FactsReply>(AskAt("2025-06-22T21:30:00Z", question).Reply);
        Assert.All(reply.Groups, g => Assert.Equal(Topic.Deadline, g.Topic));
        Assert.Contains(reply.Groups.SelectMany(g => g.Facts), f => f.Summary?.En.EndsWith("30 minutes left.", StringComparison.Ordinal) == true);
    }

    // "How much exactly?" right after the travel reimbursement is its amount, which no notice gives; not the grant.
    [Fact]
    public void HowMuchExactlyAfterTheTravelIsItsAmount()
    {
        var reply = Assert.IsType<FactsReply>(Ask("how much exactly?", Ask("My mum asks: do interns get travel costs refunded at NDS?").Next).Reply);
        Assert.Equal(Topic.Travel, reply.Groups[0].Topic);
        Assert.Equal(AskedDetail.Amount, reply.UnstatedDetail?.Detail);
    }

    // "When were the other ones?" right after a notice without an info session: the others' sessions.
    [Fact]
    public void WhenWereTheOtherOnesAfterAnInfoSessionIsTheirSessions()
    {
        var reply = Assert.IsType<FactsReply>(Ask("when were the other ones?", Ask("Does ICTM have an info session?").Next).Reply);
        Assert.All(reply.Groups, g => Assert.Equal(Topic.InfoSession, g.Topic));
        Assert.DoesNotContain(reply.Groups.SelectMany(g => g.Facts), f => f.Vacancy.Slug == "ictm");
    }

    // "C'est demain alors ?" right after the info session is about the info session's day.
    [Fact]
    public void ADayAskedRightAfterAnInfoSessionIsThatSessionsDay() =>
        Assert.Equal(Topic.InfoSession, Assert.IsType<FactsReply>(AskAt("2025-06-10T09:00:00Z", "C'est demain alors ?", AskAt("2025-06-10T09:00:00Z", "Le webinaire, c'est quand ?").Next).Reply).Groups[0].Topic);

    // "What's the next thing coming up?" is what is to come, info sessions as well as deadlines, soonest first.
    [Fact]
    public void TheNextThingComingUpIsWhatIsToComeSoonestFirst()
    {
        var reply = Assert.IsType<TimelineReply>(AskAt("2025-06-05T10:00:00Z", "What's the next thing coming up for the internships?").Reply);
        Assert.Equal(TimelineView.Upcoming, reply.View);
        Assert.Equal(TimelineEvent.InfoSession, reply.Entries.First(e => !e.Past).Event);
    }

    [Fact]
    public void WhatANoticeDoesNotStateIsNeverInvented()
    {
        foreach (var topic in new[] { "grant", "duration", "start", "hours", "telework", "travel", "location", "clearance", "info session" })
        {
            var reply = Assert.IsType<FactsReply>(Ask($"ICTM {topic}").Reply);
            Assert.All(reply.Groups.SelectMany(g => g.Facts), f => Assert.False(f.Stated, $"ICTM {topic} was answered: {f.Summary?.En}"));
        }
    }

    [Theory]
    [InlineData("Is housing provided?", "housing")]
    [InlineData("What is the dress code?", "dressCode")]
    [InlineData("Are the working hours flexible?", "flexibleHours")]
    [InlineData("Faut-il un visa pour venir ?", "visa")]
    [InlineData("Is there an age cap of 30 for the KM internship?", "maxAge")]
    [InlineData("y a-t-il une limite d'âge pour le NDS ?", "maxAge")]
    [InlineData("how do I apply?", "howToApply")]
    [InlineData("où envoyer ma candidature ?", "howToApply")]
    [InlineData("le lien pour postuler au JIS ?", "howToApply")]
    // ("saura" is a word: it was read as "aura", and "retenu" as the candidate pool.)
    [InlineData("Quand saura-t-on si on est retenu pour le stage NDS ?", "responseTime")]
    [InlineData("Y a-t-il une épreuve écrite dans la sélection ?", "selection")]
    // (How many positions there are is the number of places, not how many one may apply to, open or not.)
    [InlineData("How many positions are there in the NATO Library?", "places")]
    [InlineData("combien de postes sont ouverts au JIS ?", "places")]
    // (The notices give when applications close, never when they open; nor a language test, nor what "equivalent" covers.)
    [InlineData("When will applications open for the NDS internship?", "applicationsOpen")]
    [InlineData("les candidatures ont ouvert quand pr le nds", "applicationsOpen")]
    [InlineData("ya un test de langue pour le km?", "languageTest")]
    [InlineData("What does 'equivalent education' mean exactly - which diplomas count?", "equivalentEducation")]
    [InlineData("By what date will KM applicants learn whether they were selected?", "responseTime")]
    // (Nor the language of the daily work, a family's support, night shifts, or telework from one's home country: "does
    // telework mean I could..." asks what follows from a rule, not what the vacancy's abbreviation stands for.)
    [InlineData("What language will I actually be working in day to day?", "workingLanguage")]
    [InlineData("Is there any support if my partner and kid come with me to Belgium?", "family")]
    [InlineData("Are there night shifts if you're placed with the HQ Security Force?", "overtime")]
    [InlineData("Does the teleworking for KM interns mean I could work from my home country for a few weeks?", "remoteAbroad")]
    // (Nor whether interns choose their branch or team, nor a uniform.)
    [InlineData("Can I choose which NDS branch I end up in?", "choosePlacement")]
    [InlineData("peut on choisir sa branche a la NDS", "choosePlacement")]
    [InlineData("les stagiaires jis ont un uniforme ?", "dressCode")]
    // (Housing asked with the verb, "nb" for "nombre".)
    [InlineData("l'OTAN loge-t-elle les stagiaires ?", "housing")]
    [InlineData("nb de places au KM ?", "places")]
    // (A laptop called a "pc portable", lent or brought.)
    [InlineData("on nous prete un pc portable ou faut ramener le sien ?", "equipment")]
    // (Asked as a situation: sick leave, a suit and tie, liability insurance, a rental deposit, trying again next year,
    // office hours, when results come.)
    [InlineData("arret maladie pendant le stage c gere comment", "leave")]
    [InlineData("Il faut venir en costume-cravate tous les jours au siège ?", "dressCode")]
    [InlineData("Mon fils commence au KM en septembre. Doit-il avoir une assurance responsabilité civile ?", "insurance")]
    [InlineData("Does NATO cover relocation costs like a rental deposit?", "housing")]
    [InlineData("Will NATO sort out a flat or student room for the interns, or are we on our own?", "housing")]
    [InlineData("Would my son ever have to work weekends or nights at the Close Protection Unit?", "overtime")]
    [InlineData("Si je ne suis pas pris cette fois, est-ce que je pourrai repostuler l'an prochain ?", "reapply")]
    [InlineData("Quels sont les horaires exacts ? Du 9h-17h ?", "flexibleHours")]
    [InlineData("les resultats pour le km on les a quand ? jai postule en juin", "responseTime")]
    // (Interviews after applying, a cover letter's length, a second NATO internship, classes or a thesis alongside.)
    [InlineData("y a des entretiens une fois qu on a postulé ou pas ?", "selection")]
    [InlineData("is there a word limit on the cover letter?", "cvFormat")]
    [InlineData("I interned at NATO in 2022. Can I do a second internship there?", "previousInternship")]
    [InlineData("on a le droit de refaire un stage à l'OTAN quand on en a déjà fait un ?", "previousInternship")]
    [InlineData("je pourrai suivre mes cours du soir à l'université en parallèle du stage ?", "studiesAlongside")]
    // (Language classes, and the internship counted as experience for a later post.)
    [InlineData("Are there language classes for interns?", "languageCourses")]
    [InlineData("Will the internship count as work experience if I later apply for a NATO staff job?", "job")]
    // (Feedback on a rejected application, a relocation allowance, a military background, one's own desk.)
    [InlineData("If I'm not selected, do I get any feedback?", "feedback")]
    [InlineData("Les candidats refusés ont-ils un retour sur leur candidature ?", "feedback")]
    [InlineData("Is there an allowance for relocating to Brussels?", "relocation")]
    [InlineData("Une prime d'installation est-elle prévue ?", "relocation")]
    [InlineData("Do I need to have done military service to apply to JIS?", "militaryService")]
    [InlineData("Le service militaire est-il obligatoire pour le stage KM ?", "militaryService")]
    [InlineData("Will interns have a desk of their own?", "equipment")]
    // (Whether the interview is held by video: selection, not the "online" information session.)
    [InlineData("Are the interviews by video or on site?", "selection")]
    [InlineData("les entretiens se font en visio ou sur place ?", "selection")]
    // (Whether the clearance must be held already when one applies: the notices give its level, not when.)
    [InlineData("do i need to already hold a security clearance before applying to NDS?", "clearanceBeforeApplying")]
    [InlineData("Pour le stage KM, il faut déjà être habilité au moment de postuler ?", "clearanceBeforeApplying")]
    // (A further call for applications: "appel à candidatures" is one phrase, no phone call.)
    [InlineData("Y aura-t-il un deuxième appel à candidatures pour le stage JIS ?", "newCall")]
    [InlineData("Will there be another round for OCIO?", "newCall")]
    [InlineData("La bourse des stagiaires NDS est versée quel jour du mois ?", "payDay")]
    [InlineData("When will I receive my first payment as a JIS intern?", "payDay")]
    [InlineData("Do interns get their own NATO email address?", "equipment")]
    [InlineData("les stagiaires ont une adresse mail OTAN ?", "equipment")]
    public void WhatNoNoticeCoversIsSaidPlainlyAndKeptForStaff(string question, string aspect)
    {
        var outcome = Ask(question);
        Assert.Equal(aspect, Assert.IsType<NotCoveredReply>(outcome.Reply).Aspect.Id);
        Assert.True(outcome.Unanswered);
        Assert.False(Ask("What is the deadline for NDS?").Unanswered);
    }

    [Fact]
    public void AnUncoveredAspectComesWithTheRelatedFactsTheNoticesDoState()
    {
        var reply = Assert.IsType<NotCoveredReply>(Ask("Are the working hours flexible?").Reply);
        Assert.Contains(reply.Related, g => g.Topic == Topic.Hours && g.Facts.Any(f => f.Stated));
    }

    [Theory]
    [InlineData("What does the CPU do?", "jis", "CPU")]
    [InlineData("what's DOT in the NDS notice?", "nds", "DOT")]
    [InlineData("C'est quoi la DIMS ?", "ictm", "DIMS")]
    public void AUnitNamedByItsAbbreviationIsDescribedWithItsVacancy(string question, string vacancy, string unit)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Unit, reply.Use);
        Assert.All(reply.Passages, p => Assert.Equal(vacancy, p.Vacancy.Slug));
        Assert.Equal(unit, reply.Passages[0].Unit!.Abbreviation);
    }

    [Fact]
    public void WhatNoTopicCoversIsFoundInTheNoticesOwnWords()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Which internship involves the NATO Library?").Reply);
        Assert.Equal("ictm", reply.Vacancies[0].Slug);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Library", StringComparison.Ordinal));
    }

    // A trade typed short is matched to the work it fits: "dev" is a developer ("quel stage pr un dev web" is KM, which
    // builds SharePoint pages); telecoms is communications (the NDS's DSI covers military communications, cellular to
    // satellite links); "inge" is an engineer.
    [Theory]
    [InlineData("quel stage pr un dev web", "km")]
    [InlineData("jsuis dev web, quel stage pr moi", "km")]
    [InlineData("quel stage pr un inge reseaux telecom", "nds")]
    [InlineData("je fais une ecole d'inge telecom, ca colle avec quel stage", "nds")]
    [InlineData("which internship for a telecoms engineer?", "nds")]
    public void ATradeTypedShortIsMatchedToTheWorkItFits(string question, string vacancy)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal(vacancy, reply.Vacancies[0].Slug);
    }

    [Theory]
    [InlineData("I study library and information science — which internship suits me?")]
    [InlineData("which internship suits a history student?")]
    [InlineData("I'm advising a history graduate who loves old documents — which internship?")]
    [InlineData("Un étudiant en histoire passionné d'archives : quel stage ?")]
    public void AFieldOfStudyIsMatchedToTheVacanciesWhoseWorkFitsIt(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal("ictm", reply.Vacancies[0].Slug);
    }

    [Theory]
    // Every word of the question's own is one a topic explains ("develop": what skills will I develop).
    [InlineData("Which internship suits me? I'm into web development")]
    [InlineData("Which internship is better for someone into web development?")]
    public void AFieldATopicAlsoExplainsIsStillMatchedToTheWork(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal("km", reply.Vacancies[0].Slug);
    }

    [Fact]
    public void AFollowUpKeepsTheTopicAndSwitchesTheVacancy()
    {
        var first = Ask("When is the KM deadline?");
        var second = Ask("and for ICTM?", first.Next);
        var group = Assert.Single(Assert.IsType<FactsReply>(second.Reply).Groups);
        Assert.Equal(Topic.Deadline, group.Topic);
        Assert.Equal("ictm", Assert.Single(group.Facts).Vacancy.Slug);
        Assert.Equal("ictm", second.Next.CurrentVacancy);
    }

    [Fact]
    public void AFollowUpAboutAnotherPersonKeepsTheProfileAndChangesOnlyWhatIsSaid()
    {
        var first = Ask("I'm 22, Italian, and a third-year bachelor's student. Can I apply to JIS?");
        Assert.Equal(22, first.Next.Profile!.Age);
        var second = Ask("and someone from Switzerland?", first.Next);
        var reply = Assert.IsType<QuickEligibilityReply>(second.Reply);
        Assert.Equal("CH", Assert.Single(reply.Facts.Nationalities).Alpha2);
        Assert.Equal(22, reply.Facts.Age);
        Assert.True(reply.Facts.Student);
        Assert.Equal(Outcome.Failed, reply.Groups[0].Results.Single(r => r.Criterion == "nationality").Outcome);
    }

    [Theory]
    [InlineData("Quelle est la date limite ?", null, Language.French)]
    [InlineData("What is the deadline?", "fr-BE", Language.French)]
    [InlineData("What is the deadline?", "en-GB", Language.English)]
    [InlineData("NDS", null, Language.English)]
    [InlineData("NDS", "fr-FR", Language.French)]
    public void TheAnswerLanguageFollowsTheWritingOrTheTeamsLocale(string text, string? locale, Language expected) =>
        Assert.Equal(expected, Ask(text, locale: locale).Language);

    [Theory]
    [InlineData("I'm 20 and Swiss", 20, new[] { "CH" })]
    [InlineData("je suis belge et j'ai 23 ans", 23, new[] { "BE" })]
    [InlineData("I am from Canada but I live in France", null, new[] { "CA" })]
    [InlineData("I am 19 years old", 19, new string[0])]
    [InlineData("Je suis italo-suisse, j'ai 23 ans", 23, new[] { "IT", "CH" })]
    [InlineData("Dual US-Mexican citizen here, 23, finishing my MA", 23, new[] { "US", "MX" })]
    [InlineData("Is speaking French mandatory?", null, new string[0])]
    [InlineData("Do I need a visa as a US citizen?", null, new[] { "US" })]
    [InlineData("I'm moving to Belgium next year", null, new string[0])]
    [InlineData("and her friend who's only 20?", 20, new string[0])]
    [InlineData("et son ami qui a 19 ans ?", 19, new string[0])]
    [InlineData("My little sister is 19, Portuguese. Can she apply?", 19, new[] { "PT" })]
    [InlineData("ma soeur a 20 ans", 20, new string[0])]
    [InlineData("et mon amie qui est seulement suisse ?", null, new[] { "CH" })]
    [InlineData("and my friend who is only Swiss?", null, new[] { "CH" })]
    [InlineData("and my canadian roommate, does he meet the nationality rule?", null, new[] { "CA" })]
    [InlineData("The deadline is 22 June, right?", null, new string[0])]
    [InlineData("I hold both Swiss and Italian passports. Am I eligible?", null, new[] { "CH", "IT" })]
    [InlineData("I have an Italian passport", null, new[] { "IT" })]
    [InlineData("My friend is 24 but she's Ukrainian. Can she apply?", 24, new[] { "UA" })]
    [InlineData("can my friend apply to NDS? she's 25 and Ukrainian", 25, new[] { "UA" })]
    [InlineData("elle a 22 ans et belge, ça passe ?", 22, new[] { "BE" })]
    [InlineData("he's 24 and English is his second language", 24, new string[0])]
    [InlineData("my daughter turned 21 last month, Belgian, third-year law student.", 21, new[] { "BE" })]
    [InlineData("and her brother, 19?", 19, new string[0])]
    [InlineData("and their cousin from Switzerland, 24?", 24, new[] { "CH" })]
    [InlineData("can my friend apply to 4 vacancies?", null, new string[0])]
    [InlineData("My friend Lena is 22, German, studying law.", 22, new[] { "DE" })]
    [InlineData("22 y/o Greek law student", 22, new[] { "GR" })]
    // A country word right after an age, in a list describing the person.
    [InlineData("Je suis étudiant en 2e année, 22 ans, roumain. Je peux postuler au JIS ?", 22, new[] { "RO" })]
    [InlineData("24 years old, Maltese, finished my degree last year", 24, new[] { "MT" })]
    // Languages spoken, in a list after "fluent in", or with a level after a hedge.
    [InlineData("I'm fluent in German and Italian, English maybe A2. Is that enough for these internships?", null, new string[0])]
    [InlineData("my friend took 21 credits", null, new string[0])]
    // Languages needed or spoken, even beside a nationality marker ("fluent English and Italian passport").
    [InlineData("Does a candidate need both English AND French?", null, new string[0])]
    [InlineData("fluent English and Italian passport", null, new[] { "IT" })]
    [InlineData("she is 22 and needs no visa, French citizen", 22, new[] { "FR" })]
    // The person as the one being advised; a number after "candidate" names which one, not an age.
    [InlineData("hi!! my studnet is exactly 21, icelandic, good english. KM ok??", 21, new[] { "IS" })]
    [InlineData("the applicant is 20 and Polish", 20, new[] { "PL" })]
    [InlineData("Candidate 2: Marco, Italian", null, new[] { "IT" })]
    // Ages in words; a birthday to come is the age before it.
    [InlineData("il a dix-neuf ans, il est belge", 19, new[] { "BE" })]
    [InlineData("J'ai eu 21 ans hier, c'est bon pour le stage KM ?", 21, new string[0])]
    [InlineData("I turn twenty-one in August", 20, new string[0])]
    [InlineData("Where is the internship, is it in Belgium?", null, new string[0])]
    [InlineData("I am speaking only German and little bit English", null, new string[0])]
    [InlineData("je bosse pour le gouvernement de mon pays depuis 2 ans", null, new string[0])]
    [InlineData("I've been working at an NGO for 3 years", null, new string[0])]
    public void PersonalFactsAreReadFromWhatIsSaidOnly(string text, int? age, string[] countries)
    {
        var facts = FactsIn(text);
        Assert.Equal(age, facts.Age);
        Assert.Equal(countries.Order(), facts.Nationalities.Select(c => c.Alpha2).Order());
        // An age is no time since a degree ("j'ai eu 21 ans" is a birthday).
        Assert.Null(facts.MonthsSinceGraduation);
    }

    [Theory]
    [InlineData("I graduated with a bachelor's two years ago and I'm not studying now", false, 24, DegreeLevel.Bachelor)]
    [InlineData("J'ai obtenu ma licence il y a deux ans et demi", false, 30, DegreeLevel.Bachelor)]
    [InlineData("I'm in the second year of my PhD", true, null, DegreeLevel.Doctorate)]
    [InlineData("Je suis en deuxième année de licence", true, null, DegreeLevel.Bachelor)]
    [InlineData("Je termine ma thèse cette année", true, null, DegreeLevel.Doctorate)]
    public void EducationIsReadFromHowPeopleDescribeIt(string text, bool student, int? months, DegreeLevel degree)
    {
        var facts = FactsIn(text);
        Assert.Equal(student, facts.Student);
        Assert.Equal(months, facts.MonthsSinceGraduation);
        Assert.Equal(degree, facts.DegreeLevel);
    }

    [Fact]
    public void ScreeningCandidatesOneAfterAnotherKeepsTheVacancyAndReadsEachPersonAfresh()
    {
        var first = AskAt("2025-06-15T09:00:00Z", "I'm screening applicants for the JIS internship. First one: Lena, German, 22, third-year law student, fluent in English. Does she tick the essential boxes?");
        var marco = AskAt("2025-06-15T09:00:00Z", "Next: Marco, Swiss citizen only, 24, finished his master's last year.", first.Next);
        var marcoReply = Assert.IsType<QuickEligibilityReply>(marco.Reply);
        Assert.Equal("jis", Assert.Single(Assert.Single(marcoReply.Groups).Vacancies).Slug);
        Assert.Equal(24, marcoReply.Facts.Age);
        var aiko = Assert.IsType<QuickEligibilityReply>(AskAt("2025-06-15T09:00:00Z", "And Aiko, who holds both Japanese and Canadian passports, 21, currently enrolled at university?", marco.Next).Reply);
        Assert.Null(aiko.Facts.DegreeLevel);
        var tom = Assert.IsType<QuickEligibilityReply>(AskAt("2025-06-15T09:00:00Z", "Last one: Tom, British, 20, second-year student.", marco.Next).Reply);
        Assert.Equal("jis", Assert.Single(Assert.Single(tom.Groups).Vacancies).Slug);
        Assert.Contains(tom.Groups[0].Results, r => r.Criterion == "age" && r.Outcome == Outcome.Failed);
    }

    [Theory]
    [InlineData("Correction: she's Moroccan, not French.", 24, "MA")]
    [InlineData("en fait elle est marocaine", 24, "MA")]
    [InlineData("sorry, she's 20", 20, "FR")]
    public void APersonPutRightIsTheSamePersonCheckedAgain(string correction, int age, string countries)
    {
        var first = Ask("Applicant: Léa, 24, French national, master's student, speaks French. Can she apply for ICTM?");
        var reply = Assert.IsType<QuickEligibilityReply>(Ask(correction, first.Next).Reply);
        Assert.Equal(age, reply.Facts.Age);
        Assert.Equal(countries, string.Join(",", reply.Facts.Nationalities.Select(c => c.Alpha2)));
        Assert.True(reply.Facts.Student);
        Assert.Equal("ictm", Assert.Single(Assert.Single(reply.Groups).Vacancies).Slug);
    }

    [Theory]
    [InlineData("One: Canadian-American, 35, part-time master's student, English only.", 35, "CA,US", null)]
    [InlineData("Two: Montenegrin, 22, got her bachelor's last month.", 22, "ME", 1)]
    [InlineData("Three: Moroccan, 24, fluent French, studying in Brussels.", 24, "MA", null)]
    public void ACandidateListedAsFactsBetweenCommasIsRead(string text, int age, string countries, int? months)
    {
        var facts = FactsIn(text);
        Assert.Equal(age, facts.Age);
        Assert.Equal(countries, string.Join(",", facts.Nationalities.Select(c => c.Alpha2).Order()));
        Assert.Equal(months, facts.MonthsSinceGraduation);
    }

    [Theory]
    [InlineData("Canadian here, living in Brussels for 3 yrs. does my passport qualify me?", "CA")]
    [InlineData("I speak German, Polish and Spanish fluently but only schoolkid English", "")]
    [InlineData("I'm Polish and speak Polish and English", "PL")]
    public void ANationalityIsOneIntroducedAsOneNotALanguageInAListOfThoseSpoken(string text, string countries) =>
        Assert.Equal(countries, string.Join(",", FactsIn(text).Nationalities.Select(c => c.Alpha2).Order()));

    [Theory]
    [InlineData("only schoolkid English and zero French", "en", LanguageLevel.A2)]
    [InlineData("my rusty French", "fr", LanguageLevel.A2)]
    public void ALittleOfALanguageLearntLongAgoIsABasicLevel(string text, string language, LanguageLevel level) =>
        Assert.Equal(new LanguageSkill(language, level), Assert.Single(FactsIn(text).Languages));

    // "My English is solid" says the language is spoken well, at no level the criteria name: spoken, level unknown (the
    // check then says what level meets the criterion), and the question about languages gets the language criterion.
    [Theory]
    [InlineData("I'm Dutch, my mother tongue is Dutch and my English is solid. Is that OK language-wise?", "en")]
    [InlineData("mon français est plutôt bon, ça passe ?", "fr")]
    public void ALanguageSaidToBeSpokenWellIsSpokenAtNoNamedLevel(string text, string language)
    {
        var facts = FactsIn(text);
        Assert.Empty(facts.Languages);
        Assert.Equal([language], facts.LanguagesWithoutLevel);
    }

    [Fact]
    public void BilingualInFrenchIsALanguageNotANationality()
    {
        var facts = FactsIn("Mon anglais est moyen mais je suis bilingue français. Ça suffit pour NDS ?");
        Assert.Empty(facts.Nationalities);
        Assert.Contains(new LanguageSkill("fr", LanguageLevel.Native), facts.Languages);
        // "moyen" (middling) is intermediate.
        Assert.Contains(new LanguageSkill("en", LanguageLevel.B1), facts.Languages);
    }

    [Theory]
    // The whole alias names OCIO though a topic explains "bureau"; the follow-up asks the hours again.
    [InlineData("et pour le stage du bureau du CIO ?", "ocio")]
    // "Bureau" is how OCIO's French title begins, not a question about the office.
    [InlineData("et pour celui du Bureau du Chief Information Officer ?", "ocio")]
    public void AFollowUpThatNamesAVacancyByItsLongNameAsksTheSameAgain(string followUp, string vacancy)
    {
        var hours = Ask("ça fait combien d'heures par semaine, le stage KM ?", locale: "fr-FR");
        var reply = Assert.IsType<FactsReply>(Ask(followUp, hours.Next, "fr-FR").Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(Topic.Hours, group.Topic);
        Assert.Equal(vacancy, Assert.Single(group.Facts).Vacancy.Slug);
    }

    [Theory]
    [InlineData("I'm a 2nd year law student from Poland, 22. What do I need to attach to a JIS application?", Topic.Documents, "jis")]
    [InlineData("My daughter (20, Greek, 3rd year BA in IR) wants to do the OCIO internship. what would she do day to day?", Topic.Tasks, "ocio")]
    [InlineData("22 y/o Greek law student applying to KM — how do I show I'm still studying?", Topic.Documents, "km")]
    public void APersonDescribedThenAnOpenQuestionAboutSomethingElseGetsThatAnswerAndThePersonIsKept(string text, Topic topic, string vacancy)
    {
        var outcome = Ask(text);
        var group = Assert.Single(Assert.IsType<FactsReply>(outcome.Reply).Groups);
        Assert.Equal(topic, group.Topic);
        Assert.Equal(vacancy, Assert.Single(group.Facts).Vacancy.Slug);
        Assert.NotNull(outcome.Next.Profile);
        Assert.IsType<QuickEligibilityReply>(Ask("and can I apply?", outcome.Next).Reply);
    }

    [Theory]
    // Yes-or-no questions after a description ask whether the person can apply.
    [InlineData("I'm Swiss. Am I allowed to apply for the OCIO internship?")]
    [InlineData("Mon copain est autrichien, 23 ans, master en cybersécurité. Il peut faire le stage JIS ?")]
    [InlineData("I'm 25 and Dutch; I completed a three-year bachelor's 18 months ago and I'm not studying now. Am I out?")]
    public void APersonDescribedThenAskedAboutInAYesOrNoQuestionIsChecked(string text) => Assert.IsType<QuickEligibilityReply>(Ask(text).Reply);

    [Theory]
    [InlineData("What's the full title of the KM internship (section + role)?", null, "Title: International Military Staff – Executive Coordinator, Knowledge Management Section internship.")]
    [InlineData("quel est l'intitulé du poste JIS ?", "fr-FR", "Intitulé : Stage à la Division Renseignement et sécurité (JIS).")]
    public void TheVacancysFullTitleIsAFact(string question, string? locale, string title)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question, locale: locale).Reply);
        var fact = Assert.Single(Assert.Single(reply.Groups, g => g.Topic == Topic.Title).Facts);
        Assert.Equal(title, fact.Summary!.In(reply.Language));
    }

    [Fact]
    public void HowManyVacanciesOneStudentMayApplyForIsTheApplicationLimitNotACheck()
    {
        var reply = Assert.IsType<FactsReply>(Ask("careers adviser: how many of these NATO HQ internship vacancies can one student apply for?").Reply);
        Assert.Equal(Topic.ApplicationLimit, reply.Groups[0].Topic);
    }

    // Naming more vacancies than one may apply to, in a question about applying, asks the limit; naming two does not.
    [Theory]
    [InlineData("Can I apply for ICTM, NDS, KM and JIS?", true)]
    [InlineData("Can I apply for KM and NDS?", false)]
    public void ApplyingToMoreVacanciesThanTheLimitAsksTheLimit(string question, bool asksTheLimit)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal(asksTheLimit, reply.Groups[0].Topic == Topic.ApplicationLimit);
    }

    // Whether something is required or only an advantage is answered by both kinds of criteria, even from someone who
    // describes themselves (not a check); "se passe où ?" asks where (not "passer" an interview).
    [Theory]
    [InlineData("Je suis en M2 de relations internationales : c'est exigé ou ça aide juste ?", Topic.DesirableCriteria)]
    [InlineData("is SharePoint experience required or just a plus for KM?", Topic.DesirableCriteria)]
    [InlineData("Le stage JIS se passe où ?", Topic.Location)]
    public void RequiredOrAnAdvantageAndWhereItTakesPlaceAreRead(string question, Topic topic)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Contains(reply.Groups, g => g.Topic == topic);
    }

    // "How many hours from now?", "c'est dans combien de temps ?" right after a dated answer ask for it again (it says
    // how soon), not for the working hours or the duration; a topic named beside it is still that topic.
    [Theory]
    [InlineData("how many hours from now?", Topic.InfoSession)]
    [InlineData("c'est dans combien de temps ?", Topic.InfoSession)]
    [InlineData("how many hours a week?", Topic.Hours)]
    public void HowSoonAfterADatedAnswerIsThatAnswerAgain(string followUp, Topic topic)
    {
        var first = AskAt("2025-06-11T10:00:00Z", "when is the KM webinar?");
        var reply = Assert.IsType<FactsReply>(AskAt("2025-06-11T10:00:00Z", followUp, first.Next).Reply);
        Assert.Equal(topic, reply.Groups[0].Topic);
    }

    // A competency the notices name, asked about with no clear meaning, is the competencies; "initiatives" (projects) is
    // not the competency "Initiative".
    [Theory]
    [InlineData("I'm honestly not great at teamwork. is that a big deal for them?", true)]
    [InlineData("What does NATO want me to show in terms of initiative?", true)]
    [InlineData("Which digital staff branch checks that initiatives comply?", false)]
    public void ACompetencyNamedIsTheCompetencies(string question, bool competencies)
    {
        var reply = Ask(question).Reply;
        Assert.Equal(competencies, reply is FactsReply facts && facts.Groups[0].Topic == Topic.Competencies);
    }

    // The notices write "IS" without spelling it out; the catalogue does, once, so "what does IS stand for?" is answered
    // (and a shouted "IS THE KM INTERNSHIP PAID?" is still a question about the grant).
    [Fact]
    public void WhatIsStandsForIsTheInternationalStaff()
    {
        var reply = Ask("what does IS stand for?").Reply;
        Assert.Contains(reply.Expanded!.Found, a => a.Short == "IS" && a.Name.En == "International Staff");
        Assert.Null(Ask("IS THE KM INTERNSHIP PAID?").Reply.Expanded);
        // Asked right after another answer, it is answered by the passages that use it, not by that answer's topics again.
        var after = Ask("what does IS stand for?", Ask("is a master's required or just a plus?").Next).Reply;
        Assert.Equal("International Staff", Assert.Single(after.Expanded!.Found, a => a.Short == "IS").Name.En);
        Assert.IsType<PassagesReply>(after);
    }

    // A closing "again" asks to be reminded ("who do they protect again?"), not about applying again.
    [Fact]
    public void AClosingAgainAsksToBeRemindedNotAboutApplyingAgain()
    {
        var unit = Ask("What would a JIS intern do in the Close Protection Unit?");
        var reply = Assert.IsType<PassagesReply>(Ask("who do they protect again?", unit.Next).Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Secretary General", StringComparison.Ordinal));
        Assert.Equal("reapply", Assert.IsType<NotCoveredReply>(Ask("can I apply again?").Reply).Aspect.Id);
    }

    // "Only" qualifies the age ("she's only 20 though"): a check, not the duration "only for the summer" suggests.
    [Fact]
    public void AnAgeWithOnlyIsACheck()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("she's only 20 though", Ask("and its deadline?").Next).Reply);
        Assert.Equal(20, reply.Facts.Age);
    }

    // A side or the make-up of a division is what the notice says about it: the intelligence side of JIS is its
    // intelligence pillar; "intelligence" beside "JIS" names part of JIS, not artificial intelligence.
    [Theory]
    [InlineData("What's the intelligence side of JIS for?")]
    [InlineData("What does the intelligence side of JIS produce, and for whom?")]
    [InlineData("The intelligence and security division: how is it organised?")]
    [InlineData("Le volet renseignement de la JIS, il sert à quoi ?")]
    public void APartOfADivisionIsWhatItsNoticeSaysAboutIt(string question)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal(Topic.About, reply.Groups[0].Topic);
        Assert.Contains(reply.Groups[0].Facts.SelectMany(f => f.Items), i => i.En.Contains("North Atlantic Council", StringComparison.Ordinal));
    }

    [Fact]
    public void IntelligenceBesideTheVacancysShortNameIsNotArtificialIntelligence()
    {
        Assert.DoesNotContain(Topic.GenerativeAi, Answerer.Reader.Read("JIS intelligence: what is it for?").Topics);
        Assert.Contains(Topic.GenerativeAi, Answerer.Reader.Read("does JIS accept applications written with artificial intelligence?").Topics);
    }

    // A unit's name says which unit, not what is asked: "close protection" is not about closing.
    [Fact]
    public void AUnitsNameIsNotReadForWhatIsAsked()
    {
        Assert.DoesNotContain(Topic.Deadline, Answerer.Reader.Read("Tell me about the close protection part of the JIS internship").Topics);
        var choice = Assert.IsType<FactsReply>(Ask("For JIS, do I get to pick which unit I go to, like close protection vs cyber?").Reply);
        Assert.Equal(Topic.Units, choice.Groups[0].Topic);
        Assert.Equal(["jis"], choice.UnstatedDetail!.Vacancies.Select(v => v.Slug));
        Assert.Contains(Topic.Deadline, Answerer.Reader.Read("when does JIS close?").Topics);
    }

    // Who assesses eligibility is what the documents' answer says (the internship office); asking for a check is a check.
    [Theory]
    [InlineData("who checks if I'm eligible?")]
    [InlineData("qui verifie si jsuis eligible")]
    [InlineData("Je travaille au bureau des stages. Qui vérifie l'éligibilité des candidats d'après les annonces ?")]
    public void WhoAssessesEligibilityIsTheDocumentsAnswer(string question)
    {
        Assert.Equal(Topic.Documents, Assert.IsType<FactsReply>(Ask(question).Reply).Groups[0].Topic);
        Assert.IsNotType<FactsReply>(Ask("can you check if I'm eligible?").Reply);
    }

    // A month said without its year is the last such month up to today; "last" June said in June is a year ago.
    [Theory]
    [InlineData("I'm Canadian, 23, and graduated in December. Am I eligible for OCIO?", "2025-06-01", "2024-12-01")]
    [InlineData("I graduated in March, can I still apply?", "2025-06-01", "2025-03-01")]
    [InlineData("graduated in June, can I apply to KM?", "2025-06-01", "2025-06-01")]
    [InlineData("je suis diplômée en juin dernier, je peux postuler au KM ?", "2025-06-01", "2024-06-01")]
    [InlineData("My son graduated last July with a BA.", "2025-06-10", "2024-07-01")]
    public void AMonthOfGraduationWithoutItsYearIsTheLastOneUpToToday(string text, string today, string graduated)
    {
        var facts = FactsIn(text, today);
        Assert.Equal(DateOnly.Parse(graduated, System.Globalization.CultureInfo.InvariantCulture), facts.GraduatedIn);
        Assert.Null(FactsIn(text).GraduatedIn);
    }

    // "Depuis juillet 2025": a degree's month since which one has graduated; "m'est ouvert ?" asks whether one may apply.
    [Fact]
    public void GraduatedSinceAMonthIsADateOfGraduationAndOpenToMeIsACheck()
    {
        var text = "Je suis diplômé depuis juillet 2025. Le stage ICTM m'est ouvert ?";
        Assert.Equal(new DateOnly(2025, 7, 1), FactsIn(text).GraduatedIn);
        var reply = Assert.IsType<QuickEligibilityReply>(Ask(text).Reply);
        Assert.Equal(Language.French, reply.Language);
        Assert.Equal("ictm", Assert.Single(Assert.Single(reply.Groups).Vacancies).Slug);
    }

    // "Can I do the OCIO internship?" after a fact about oneself asks whether one may apply ("only" is no question of
    // how long it lasts).
    [Fact]
    public void CanIDoTheInternshipAfterAFactIsACheck()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("I'm Brazilian only. Can I do the OCIO internship?").Reply);
        Assert.Equal("ocio", Assert.Single(Assert.Single(reply.Groups).Vacancies).Slug);
    }

    [Theory]
    [InlineData("hobby: genealogy and old paper records. any team for that?")]
    [InlineData("j'adore les vieux documents, quelle équipe ?")]
    public void OldRecordsAndFamilyHistoryLeadToTheArchives(string question) =>
        Assert.Contains(Assert.IsType<PassagesReply>(Ask(question).Reply).Passages, p => p.Unit?.Abbreviation == "DIMS");

    [Fact]
    public void AListGuessedFromTheWordInformationGivesWayToThePassageThatHoldsTheQuestion()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Qui préserve l'information de valeur permanente pour l'Alliance ?").Reply);
        Assert.Equal("DIMS", reply.Passages[0].Unit?.Abbreviation);
        Assert.IsType<VacancyListReply>(Ask("any information on internships?").Reply);
        Assert.IsType<VacancyListReply>(Ask("how many internship notices have you got, and for which teams?").Reply);
    }

    [Theory]
    [InlineData("Je suis franco-américaine et je vis aux États-Unis. Je pourrais faire le stage JIS entièrement à distance ?", Topic.Telework)]
    [InlineData("I'm 23 and Belgian, could I do the KM internship part-time?", Topic.Hours)]
    [InlineData("Could I do the NDS internship part-time alongside my final-year classes?", Topic.Hours)]
    public void SomeoneDescribedAskingHowTheInternshipIsDoneGetsThatAnswer(string text, Topic topic) =>
        Assert.Equal(topic, Assert.IsType<FactsReply>(Ask(text).Reply).Groups[0].Topic);

    [Fact]
    public void HowManyOneMaySubmitRightAfterADeadlineIsTheLimit()
    {
        var deadline = Ask("can I still submit to NDS tonight?");
        var limit = Assert.Single(Assert.IsType<FactsReply>(Ask("and how many can I submit in total?", deadline.Next).Reply).Groups);
        Assert.Equal(Topic.ApplicationLimit, limit.Topic);
    }

    [Fact]
    public void HowManyOneMayApplyToAskedBySomeoneDescribedIsTheLimitAndThePersonIsKept()
    {
        var limit = Ask("Je suis américaine et canadienne, est-ce que je peux postuler à plusieurs offres en même temps ?");
        Assert.Equal(Topic.ApplicationLimit, Assert.IsType<FactsReply>(limit.Reply).Groups[0].Topic);
        Assert.Equal(2, limit.Next.Profile!.Nationalities.Count);
    }

    [Theory]
    [InlineData("Do I have to be enrolled at a university right now to apply?")]
    [InlineData("Est-ce que je dois être étudiant inscrit pour l'OCIO, ou un diplôme suffit ?")]
    [InlineData("Is being a student required, or can graduates apply too?")]
    public void AskingWhetherOneMustBeAStudentSaysNothingAboutTheAsker(string text)
    {
        Assert.Null(FactsIn(text).Student);
        var reply = Assert.IsType<FactsReply>(Ask(text).Reply);
        Assert.Equal(Topic.EssentialCriteria, reply.Groups[0].Topic);
    }

    // Described, then asked whether that is enough: the criterion answers, not what is open "right now".
    [Fact]
    public void AStudentRightNowAskingWhetherThatIsEnoughGetsTheCriterion()
    {
        var reply = Assert.IsType<FactsReply>(AskAt("2026-12-06T12:00:00Z", "I'm enrolled in a distance-learning programme right now. Is being a current student enough for OCIO, or must I have finished two years of university?").Reply);
        Assert.Equal(Topic.EssentialCriteria, reply.Groups[0].Topic);
    }

    [Fact]
    public void ALongNameThatIsWhatTheQuestionIsAboutIsKept()
    {
        // "The NATO CIO" is whom the question asks about, not where it places it.
        var reply = Assert.IsType<PassagesReply>(Ask("who does the NATO CIO answer to?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Secretary General", StringComparison.Ordinal));
    }

    // A residence permit is where one may live, not whose national one is; whether residence counts is answered by the
    // criterion that asks for a nationality.
    [Theory]
    [InlineData("I have a Belgian residence permit but I'm Moroccan. Can I apply?", "MA")]
    [InlineData("J'ai un titre de séjour belge mais je suis marocain, je peux postuler ?", "MA")]
    public void AResidencePermitIsNoNationality(string question, string country) =>
        Assert.Equal([country], FactsIn(question).Nationalities.Select(c => c.Alpha2));

    [Fact]
    public void WhetherResidenceCountsIsAnsweredByTheNationalityCriterion() =>
        Assert.Equal(Topic.EssentialCriteria, LeadingTopic("Does permanent residency in Belgium count?"));

    // What a division is made of is what it is: its parts ("two pillars"), not changes made to an application.
    [Theory]
    [InlineData("What is the JIS made of?")]
    [InlineData("De quoi est composée la JIS ?")]
    public void WhatADivisionIsMadeOfIsWhatItIs(string question) =>
        Assert.Equal(Topic.About, LeadingTopic(question));

    // Admission criteria are the essential criteria, not a request to check someone.
    [Theory]
    [InlineData("Qu'ont en commun les cinq annonces sur les critères d'admission ?")]
    [InlineData("What are the entry requirements for KM?")]
    public void AdmissionCriteriaAreTheEssentialCriteria(string question) =>
        Assert.Equal(Topic.EssentialCriteria, LeadingTopic(question));

    // A check about someone else speaks of them, not to the asker, and goes on doing so when the next turn changes a fact.
    [Theory]
    [InlineData("My son is 22 and Ukrainian. Can he apply to JIS?", "No: on what you told me, this person does not meet the nationality criterion")]
    [InlineData("I'm 22 and Ukrainian. Can I apply to JIS?", "No: on what you told me, you do not meet the nationality criterion")]
    [InlineData("un pote japonais qui fait son erasmus a bxl peut postuler au JIS ?", "No: on what you told me, this person does not meet the nationality criterion")]
    public void ACheckAboutSomeoneElseSpeaksOfThem(string question, string verdict)
    {
        var check = Ask(question);
        Assert.StartsWith(verdict, Assert.IsType<QuickEligibilityReply>(check.Reply).Groups[0].Verdict.En, StringComparison.Ordinal);
        var again = Assert.IsType<QuickEligibilityReply>(Ask("and Polish?", check.Next).Reply);
        Assert.Equal(verdict.Contains("this person", StringComparison.Ordinal), again.Groups[0].Verdict.En.Contains("this person meets", StringComparison.Ordinal));
    }

    // "Un pote" is a friend ("mon pote serbe"), not a mistyped "poste"; "ma meuf", "mon frangin", "my gf" are people too.
    [Theory]
    [InlineData("un pote japonais qui fait son erasmus a bxl peut postuler ?", "JP")]
    [InlineData("mon pote est serbe, il peut postuler ?", "RS")]
    [InlineData("mon frangin est norvégien et a 24 ans, il peut postuler au KM ?", "NO")]
    [InlineData("my gf is Albanian, can she apply?", "AL")]
    public void AFriendInSlangIsAPerson(string question, string country) =>
        Assert.Equal(country, Assert.Single(Assert.IsType<QuickEligibilityReply>(Ask(question).Reply).Facts.Nationalities).Alpha2);

    // Another nationality in a few words right after a check is another check, whatever "fine too" shares with "is it
    // fine to apply to every vacancy?".
    [Fact]
    public void AnotherNationalityRightAfterACheckIsChecked()
    {
        var first = Ask("I'm Finnish, 21, doing a PhD. Eligible for OCIO?");
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("my supervisor asks: would a Swede be fine too?", first.Next).Reply);
        Assert.Equal("SE", Assert.Single(reply.Facts.Nationalities).Alpha2);
    }

    [Fact]
    public void AWhatIfThatChangesOneFactOfThePersonJustCheckedChecksThemAgain()
    {
        var first = Ask("my friend is 22, Dutch, studying law. can she apply to JIS?");
        var again = Ask("ok and what if she was only 20?", first.Next);
        var reply = Assert.IsType<QuickEligibilityReply>(again.Reply);
        Assert.Equal(20, reply.Facts.Age);
        // The rest of her stays: still Dutch, still a student.
        Assert.Equal("NL", Assert.Single(reply.Facts.Nationalities).Alpha2);
        Assert.True(reply.Facts.Student);

        // Set in a question about something else, a fact only sets the scene.
        Assert.IsNotType<QuickEligibilityReply>(Ask("Il est encore étudiant : quel document doit-il joindre ?", first.Next).Reply);
    }

    [Fact]
    public void WhatIfIdBeenAnotherAgeChecksTheSamePersonAtThatAge()
    {
        var first = Ask("I finished my master's in September 2025, I'm 24 and Belgian. Could I have applied for ICTM before it closed?");
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("what if I'd been 20 at the time?", first.Next).Reply);
        Assert.Equal(20, reply.Facts.Age);
        Assert.Equal("BE", Assert.Single(reply.Facts.Nationalities).Alpha2);
    }

    [Theory]
    [InlineData("do all of them require you to be 21?", Topic.EssentialCriteria)]
    [InlineData("is it really 38 a week at KM?", Topic.Hours)]
    // An amount is one number however its digits are grouped.
    [InlineData("my friend says every NATO intern gets €1,286.09 a month — true for all five?", Topic.Grant)]
    [InlineData("c'est vrai que tout le monde touche 1 286,09 € ?", Topic.Grant)]
    public void ANumberOnlyOneTopicStatesSaysWhatIsAskedAbout(string question, Topic topic) => Assert.Equal(topic, LeadingTopic(question));

    // How a question is put ("longer than", "ask for", "demandées") says nothing of what it asks about: a passage
    // sharing those words with the question does not outweigh the topic its other words name.
    [Theory]
    [InlineData("Is any of the internships longer than six months?", Topic.Duration)]
    [InlineData("Do all the vacancies ask for the same supporting documents?", Topic.Documents)]
    [InlineData("Les pièces justificatives demandées sont-elles les mêmes partout ?", Topic.Documents)]
    public void WordsThatOnlyPutTheQuestionDoNotChooseAPassage(string question, Topic topic) => Assert.Equal(topic, LeadingTopic(question));

    [Fact]
    public void ANumberOnlyOneTopicStatesIsAskedBesideWhatTheWordsAskClearly()
    {
        var reply = Assert.IsType<FactsReply>(Ask("is the KM deadline day when they check the 21?").Reply);
        Assert.Equal([Topic.Deadline, Topic.EssentialCriteria], reply.Groups.Select(g => g.Topic).Take(2));
        // A reference number names its vacancy; it is not a question about the reference.
        Assert.IsNotType<FactsReply>(Ask("Why is C4ISR mentioned in the 250772 notice?").Reply);
    }

    [Theory]
    [InlineData("I did one year at uni, dropped out", 1)]
    [InlineData("j'ai fait deux ans à la fac", 2)]
    [InlineData("and what if he'd dropped out after 1 year?", 1)]
    [InlineData("she quit after 2 years", 2)]
    public void YearsAtUniversityAreYearsOfStudy(string text, int years) => Assert.Equal((decimal)years, FactsIn(text).YearsCompleted);

    [Theory]
    [InlineData("My son is 19 and studies computer science in Lisbon, he's dead keen on the cyber side of the intelligence & security division. Can he apply?", "age")]
    [InlineData("Bonjour, je suis conseillère d'orientation. Un de mes étudiants a fini sa licence il y a trois ans et travaille depuis. Peut-il encore postuler ?", "education")]
    [InlineData("I speak German, Polish and Spanish fluently but only schoolkid English and zero French - realistic shot at JIS?", "language")]
    // An age with a time ("in a few months") is not a question about the months the internship lasts.
    [InlineData("im 20 rn, turning 21 in a few months. ok?", "age")]
    [InlineData("j'ai 20 ans, 21 dans quelques mois, ça passe ?", "age")]
    // "C'est bon pour le stage KM ?", "any chance at JIS?" ask whether the person can apply, in other words.
    [InlineData("J'ai fait deux ans de fac puis j'ai arrêté, j'ai 23 ans. C'est bon pour le stage KM ?", "education")]
    [InlineData("i have a vocational qualification, not a degree, 23, italian. any chance at JIS?", "education")]
    [InlineData("Mon fils fait un BTS, pas l'université. Ça peut passer pour le stage NDS ?", "education")]
    // "Il peut faire le stage ?", "JIS possible?" too.
    [InlineData("Mon fils a 20 ans et demi, il peut faire le stage JIS ?", "age")]
    [InlineData("I study in Canada but I'm Mexican — JIS possible?", "nationality")]
    [InlineData("J'ai eu mon master il y a 8 mois, je suis encore dans les clous pour le stage KM ?", "education")]
    // "Am I still ok for KM?", "est-ce que ça passe ?" at the end of a description.
    [InlineData("Finished my degree 10 months ago and not studying right now. Am I still ok for KM?", "education")]
    [InlineData("je suis en BTS (donc pas a la fac), est-ce que ça passe ?", "education")]
    public void APersonDescribedAndAskedAboutIsChecked(string text, string criterion)
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask(text).Reply);
        Assert.Contains(reply.Groups.SelectMany(g => g.Results), r => r.Criterion == criterion);
    }

    [Fact]
    public void SomeoneWhoSpeaksOnlyFrenchAskingWhetherAnInternshipIsClosedToThemIsToldAboutTheLanguageCriterion()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("Je ne parle que français, pas un mot d'anglais. Le stage au bureau du CIO m'est-il fermé ?").Reply);
        Assert.Contains(reply.Groups.SelectMany(g => g.Notes), n => n.Fr?.Contains("suffit à lui seul", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("could i end up helping out at the library as an ICTM intern??", "NATO Library")]
    [InlineData("does the JIS intern check security accreditation paperwork?", "accreditation")]
    [InlineData("KM: would I get to go to conferences and that kind of events?", "conferences")]
    // Asking which vacancy: the one whose notice alone uses the word.
    [InlineData("Which vacancy would let someone help run a library?", "NATO Library")]
    public void ARareWordTheGuessedTopicNeverSaysIsAnsweredByTheTaskThatSaysIt(string text, string expected)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(text).Reply);
        Assert.Contains(reply.Passages, p => p.Topic == Topic.Tasks && p.Text.En.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("who makes sure the Secretary General is safe?", "Secretary General")]
    [InlineData("Does the JIS internship involve trying to break into systems to find their weak spots?", "penetration")]
    [InlineData("Could the JIS intern end up building visual tracking boards for managers?", "dashboards")]
    [InlineData("Who guards the SecGen in the JIS set-up?", "Secretary General")]
    [InlineData("Who in JIS works on training programmes for the HQ guard force?", "Training Coordinator")]
    // (A trade "by training" is the person's, not a question about training courses.)
    [InlineData("I'm an archivist by training. which internship?", "Archives")]
    // (Books are what a library holds.)
    [InlineData("Anything at ICTM for someone who loves books?", "NATO Library")]
    // ("Faire de la cyber" asks whether the work involves it, not what the division is.)
    [InlineData("le JIS fait de la cyber ?", "cyber security")]
    public void WorkDescribedInOtherWordsFindsThePassage(string text, string expected)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(text).Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How many of these NATO HQ internships can I throw my hat in the ring for at once?", new[] { Topic.ApplicationLimit })]
    [InlineData("I have a bachelor's in data science. Is that enough for NDS, or do they really want a master's?", new[] { Topic.EssentialCriteria, Topic.DesirableCriteria })]
    public void AnIdiomOrAQuestionOfWhetherSomethingIsEnoughAsksForTheRule(string text, Topic[] topics) =>
        Assert.Equal(topics, Assert.IsType<FactsReply>(Ask(text).Reply).Groups.Select(g => g.Topic));

    [Fact]
    public void APassageHoldingEveryWordOfAQuestionWinsOverTheWordCheck()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("What framework does BRM check new IT requests against?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("governance", StringComparison.Ordinal));
    }

    [Fact]
    public void LookingAheadIsNotAskingWhatIsStillToCome()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Which NDS branch looks ahead with strategic foresight?").Reply);
        Assert.Contains(reply.Passages, p => p.Unit?.Abbreviation == "DSP");
    }

    [Theory]
    // Which section of one vacancy suits a person: its sections ranked by the field they describe.
    [InlineData("someone doing an intelligence studies MA - which part of JIS?", "SIB")]
    [InlineData("je fais un master en cybersécurité, quelle équipe du JIS me conviendrait ?", null)]
    [InlineData("my niece is into standards and interoperability, which part of NDS would suit her?", "DSI")]
    [InlineData("I study archival science: which part of ICTM would fit me best?", "DIMS")]
    // Which part does some work, too.
    [InlineData("which part of ICTM runs the NATO Archives and Library?", "DIMS")]
    public void WhichSectionOfOneVacancySuitsAPersonIsTheSectionTheirFieldFits(string text, string? abbreviation)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(text).Reply);
        Assert.Equal(PassageUse.Unit, reply.Use);
        var unit = Assert.Single(reply.Passages.Select(p => p.Unit).OfType<InternBot.Core.Vacancies.OrganisationalUnit>().Distinct());
        if (abbreviation is null)
        {
            Assert.Contains("cyber", unit.Name.En, StringComparison.OrdinalIgnoreCase);
        }

        else
        {
            Assert.Equal(abbreviation, unit.Abbreviation);
        }
    }

    [Theory]
    // Fields of study linked to the work the notices describe: communication and marketing to awareness material.
    [InlineData("I'm a comms & marketing student - is there any bit of JIS for me?")]
    [InlineData("Je fais un master en communication, quelle partie du JIS me conviendrait ?")]
    public void CommunicationStudiesFitTheSecurityAwarenessWork(string text)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(text).Reply);
        Assert.All(reply.Passages, p => Assert.Equal("NATO HQ Security Awareness Programme", p.Unit?.Name.En));
    }

    [Fact]
    public void AQuestionPointingBackWhoseClosestMeaningIsTheTopicJustAnsweredStaysOnIt()
    {
        var first = Ask("if I wasn't picked for the NDS, is my profile kept anywhere?");
        Assert.Equal([Topic.CandidatePool], first.Next.LastTopics);
        var reply = Assert.IsType<FactsReply>(Ask("who gets to see it then?", first.Next).Reply);
        Assert.Equal(Topic.CandidatePool, Assert.Single(reply.Groups).Topic);
    }

    [Fact]
    public void AQuestionPointingBackThatTheTopicJustAnsweredExplainsAsWellStaysOnIt()
    {
        var first = Ask("I'm autistic and might need the NDS interview run a bit differently. what do I do?");
        var reply = Assert.IsType<FactsReply>(Ask("do I have to prove it somehow?", first.Next).Reply);
        Assert.Equal(Topic.ReasonableAccommodation, reply.Groups[0].Topic);
        // Said of nothing before, the same words ask for the documents.
        Assert.Equal(Topic.Documents, Assert.IsType<FactsReply>(Ask("do I have to prove it somehow?", new QuestionContext("nds")).Reply).Groups[0].Topic);
    }

    [Theory]
    // A guard of the top official is close protection of the Secretary General.
    [InlineData("In JIS, what is the team that guards NATO's top official called?")]
    [InlineData("Etudiant en criminologie qui rêve de protéger des hauts responsables, c'est quel service ?")]
    // (The unit named for protecting comes before the branch whose description mentions protecting the Secretary General too.)
    [InlineData("qui protège le secrétaire général d'après les annonces ?")]
    [InlineData("Qui protège le Secrétaire général au quotidien ?")]
    public void GuardingTheTopOfficialIsCloseProtection(string text) =>
        Assert.Equal("CPU", Assert.IsType<PassagesReply>(Ask(text).Reply).Passages[0].Unit?.Abbreviation);

    [Theory]
    // Passages of one unit only answer for the whole unit: its description and all its work, not two of its three texts.
    [InlineData("Le JIS mentionne une Security Force, c'est quoi ?")]
    [InlineData("wht does the HQ security force do exactly, they're mentioned in the JIS ad")]
    public void PassagesOfOneUnitAnswerForTheWholeUnit(string text)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(text).Reply);
        Assert.All(reply.Passages, p => Assert.Equal("NATO Headquarters Security Force", p.Unit?.Name.En));
        Assert.Contains(reply.Passages, p => p.Topic == Topic.Units);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Training Coordinator", StringComparison.Ordinal));
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("dashboards", StringComparison.Ordinal));
    }

    [Fact]
    public void WhetherAVacancyDoesAnythingWithSomethingIsAnsweredByThePassagesThatMentionIt()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("does the KM team do anything with AI?").Reply);
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "km" && p.Text.En.Contains("artificial intelligence", StringComparison.Ordinal));
    }

    [Fact]
    public void WhichNoticeHasTheMostTasksRanksTheTaskLists()
    {
        var reply = Assert.IsType<FactsReply>(Ask("which notice has the most tasks?").Reply);
        Assert.Equal(Topic.Tasks, reply.Groups[0].Topic);
        Assert.Equal("ictm", reply.Groups[0].Facts[0].Vacancy.Slug);
    }

    [Theory]
    // "Licence" in French is a bachelor's degree, not a driving licence; "paient" is paying the grant.
    [InlineData("Faut-il obligatoirement une licence ?", Topic.EssentialCriteria)]
    [InlineData("Tous les stages paient-ils la même chose ?", Topic.Grant)]
    public void FrenchWordsAreReadInFrench(string text, Topic topic) => Assert.Equal(topic, LeadingTopic(text));

    [Fact]
    public void TheOtherOneAfterOneOfTwoVacanciesIsTheOtherOfTheTwo()
    {
        var second = Ask("what about NDS?", Ask("when does KM close?").Next);
        var reply = Assert.IsType<FactsReply>(Ask("and the other one?", second.Next).Reply);
        Assert.Equal(Topic.Deadline, reply.Groups[0].Topic);
        Assert.Equal("km", Assert.Single(reply.Groups.SelectMany(g => g.Facts)).Vacancy.Slug);
    }

    [Theory]
    [InlineData("Combien de tâches sont listées pour l'OCIO ?", "et pour le KM ?", "km")]
    [InlineData("how many tasks does the KM notice list?", "and the OCIO one?", "ocio")]
    public void AFollowUpToACountAsksForTheOtherVacancysCount(string first, string then, string slug)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(Topic.Tasks, group.Topic);
        var fact = Assert.Single(group.Facts);
        Assert.Equal(slug, fact.Vacancy.Slug);
        Assert.Contains($"{Formats.CountAtStart(fact.Items.Count, Language.English)} in all.", group.Lead?.En ?? "", StringComparison.Ordinal);
    }

    // "When?" with nothing else, right after a dated answer, asks for that date, not when the internship starts.
    [Theory]
    [InlineData("Quels stages proposent une session d'information ?", "c'est quand ?", Topic.InfoSession)]
    [InlineData("which ones had an info session?", "when was it?", Topic.InfoSession)]
    [InlineData("what's the JIS deadline?", "at what time?", Topic.Deadline)]
    public void WhenRightAfterADatedAnswerAsksForThatDate(string first, string then, Topic topic) =>
        Assert.Equal([topic], Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups.Select(g => g.Topic));

    // Passages answered (no topic to carry): "it" is what they were found for.
    [Theory]
    [InlineData("c quoi le NOS dans la division JIS ?", "il s'occupe de quoi exactement ?")]
    [InlineData("what does the NOS do?", "who does it report to?")]
    public void ItAfterAPassageAnswerIsWhatThePassagesWereAbout(string first, string then)
    {
        var asked = Ask(first);
        Assert.IsType<PassagesReply>(asked.Reply);
        Assert.NotEmpty(asked.Next.LastSubject);
        var reply = Assert.IsType<PassagesReply>(Ask(then, asked.Next).Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("NOS coordinates", StringComparison.Ordinal));
    }

    [Fact]
    public void AFollowUpWithASubjectOfItsOwnIsNotTheLastPassagesSubject()
    {
        var asked = Ask("what does the NOS do?");
        var reply = Ask("and what does it say about the grant?", asked.Next).Reply;
        Assert.Equal(Topic.Grant, Assert.IsType<FactsReply>(reply).Groups[0].Topic);
    }

    // The answerer caches recent answers by question and context: a context field missing from the key would hand one
    // conversation's answer to another (a count for a list, one passage's subject for another's).
    [Fact]
    public void EveryContextFieldAnAnswerDependsOnIsInTheCacheKey()
    {
        var empty = new QuestionContext();
        foreach (var property in typeof(QuestionContext).GetProperties().Where(p => p.CanWrite && p.Name != nameof(QuestionContext.Profile)))
        {
            object value = property.PropertyType switch
            {
                var t when t == typeof(string) => "km",
                var t when t == typeof(Language?) => Language.French,
                var t when t == typeof(IReadOnlyList<Topic>) => new List<Topic> { Topic.Grant },
                var t when t == typeof(IReadOnlyList<string>) => new List<string> { "km" },
                var t when t == typeof(Core.Understanding.AnswerForms) => Core.Understanding.AnswerForms.Count,
                var t when t == typeof(Core.Understanding.AskedDetail) => Core.Understanding.AskedDetail.ProgrammingLanguage,
                var t => throw new InvalidOperationException($"QuestionContext.{property.Name} ({t.Name}): put it in CacheKey and give it a value here"),
            };
            var changed = empty with { };
            property.SetValue(changed, value);
            Assert.True(changed.CacheKey != empty.CacheKey, $"QuestionContext.{property.Name} is not part of CacheKey");
        }
    }

    // A name the notices write with capitals is that name however it is typed.
    [Theory]
    [InlineData("what's the private office?", "Private Office")]
    [InlineData("what is the military committee?", "Military Committee")]
    public void ANameTheNoticesCapitaliseIsFoundInLowerCase(string question, string name)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.All(reply.Passages, p => Assert.Contains(name, p.Text.En, StringComparison.Ordinal));
    }

    // ...and asked as a follow-up ("and what's this Private Office thing?" after whom the CIO reports to).
    [Fact]
    public void ANameAskedAboutInAFollowUpIsFoundInThePassages()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("and what's this Private Office thing?", Ask("who does the NATO CIO report to?").Next).Reply);
        Assert.All(reply.Passages, p => Assert.Contains("Private Office", p.Text.En, StringComparison.Ordinal));
    }

    // A name with its possessive ("the Secretary General's office") is still that name, and the word it owns is part of
    // what is asked: not the office of the vacancy's "About", but the passage that names the Secretary General.
    [Fact]
    public void ANameInThePossessiveIsFoundInThePassages()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Does the OCIO intern liaise with the Secretary General's office?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Private Office", StringComparison.Ordinal));
    }

    [Fact]
    public void AFollowUpToAListIsStillTheList()
    {
        var reply = Assert.IsType<FactsReply>(Ask("and the OCIO one?", Ask("what are the KM tasks?").Next).Reply);
        Assert.DoesNotContain(" in all", Assert.Single(reply.Groups).Lead?.En ?? "");
    }

    [Fact]
    public void TheTwoNoticesThatStateSomethingAreTheTwoAFollowUpMeans()
    {
        var across = Ask("Quels stages sont rattachés à l'EMI ?");
        Assert.Equal(["km", "nds"], across.Next.RecentVacancies.Order());
        var which = Ask("lequel des deux porte la référence 250775 ?", across.Next);
        var other = Assert.IsType<FactsReply>(Ask("et l'autre, c'est quoi sa référence ?", which.Next).Reply);
        Assert.Equal("nds", Assert.Single(other.Groups.SelectMany(g => g.Facts)).Vacancy.Slug);
    }

    [Fact]
    public void AnOnlineInfoSessionIsTheInfoSessionNotAnOnlineSelection() =>
        Assert.Equal(Topic.InfoSession, Assert.IsType<FactsReply>(Ask("which internships had an online info session?").Reply).Groups[0].Topic);

    [Theory]
    [InlineData("when did the ICTM vacancy close?", "and the other four?", Topic.Deadline)]
    [InlineData("Le stage ICTM est-il rémunéré ?", "et les quatre autres ?", Topic.Grant)]
    public void TheOtherFourAreEveryOtherVacancyAskedTheSame(string first, string then, Topic topic)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        Assert.All(reply.Groups, g => Assert.Equal(topic, g.Topic));
        Assert.Equal(["jis", "km", "nds", "ocio"], reply.Groups.SelectMany(g => g.Facts).Select(f => f.Vacancy.Slug).Distinct().Order());
    }

    [Fact]
    public void CompareThatWithAnotherVacancyAsksTheSameForIt()
    {
        var first = Ask("hours per week for OCIO?");
        var reply = Assert.IsType<FactsReply>(Ask("compare that with KM", first.Next).Reply);
        Assert.Equal(Topic.Hours, reply.Groups[0].Topic);
        Assert.Contains(reply.Groups[0].Facts, f => f.Vacancy.Slug == "km");
    }

    [Theory]
    // A word only one vacancy's names use, said to name an internship ("the archives one", "le stage des Archives"),
    // names that vacancy; the topic asked last carries over.
    [InlineData("what about the archives internship?")]
    [InlineData("same question for the archives one")]
    [InlineData("Et le stage des Archives ?")]
    public void AWordOfOneVacancysNamesSaidToNameAnInternshipNamesIt(string text)
    {
        var first = Ask("when does KM close?");
        var reply = Assert.IsType<FactsReply>(Ask(text, first.Next).Reply);
        Assert.Equal(Topic.Deadline, reply.Groups[0].Topic);
        Assert.Equal("ictm", Assert.Single(reply.Groups[0].Facts).Vacancy.Slug);
    }

    [Fact]
    public void WhichOfAVacancysSectionsSuitsAPersonRightAfterOneOfThemIsAmongItsSections()
    {
        var first = Ask("Que fait la section BRM ?");
        var reply = Assert.IsType<PassagesReply>(Ask("lequel irait à une étudiante en archivistique ?", first.Next).Reply);
        Assert.Equal("DIMS", Assert.Single(reply.Passages.Select(p => p.Unit).OfType<InternBot.Core.Vacancies.OrganisationalUnit>().Distinct()).Abbreviation);
    }

    [Fact]
    public void WhereAPersonFitsBestAfterTheirDescriptionIsReadFromTheDescription()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("i'm a web dev student (html/css/js). where do i fit best?").Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal("km", reply.Passages[0].Vacancy.Slug);
    }

    [Theory]
    [InlineData("ok and on the security awareness side, what would I produce?", "newsletter")]
    [InlineData("What is the Digital Information Innovation programme for?", "digital information innovation")]
    public void AUnitNamedWithoutTheKindOfUnitItIsIsTheUnit(string text, string expected)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(text, new QuestionContext("jis")).Reply);
        Assert.Equal(PassageUse.Unit, reply.Use);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void HeOrSheRightAfterACheckIsTheSamePersonWithOneMoreFact()
    {
        var first = Ask("Ma fille a 20 ans, elle peut postuler au stage OCIO ?");
        var second = Ask("Et mon fils de 27 ans ?", first.Next);
        var third = Assert.IsType<QuickEligibilityReply>(Ask("Il a fini ses études il y a trois ans, ça bloque ?", second.Next).Reply);
        Assert.Equal(27, third.Facts.Age);
        Assert.Contains(third.Groups.SelectMany(g => g.Results), r => r.Criterion == "education");
    }

    [Fact]
    public void SendingAnApplicationStillIsAskingWhatIsOpen() =>
        Assert.IsType<TimelineReply>(Ask("It's late November 2026 — is there any of these internships I can still send an application to?").Reply);

    [Fact]
    public void NoticesThatBringSomethingUpMentionIt()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Which notices bring up the Secretary General?").Reply);
        Assert.Equal(PassageUse.Mention, reply.Use);
        Assert.All(reply.Passages, p => Assert.Contains("Secretary General", p.Text.En, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("criminology major interested in VIP protection — any match?", "CPU")]
    [InlineData("Who are the people who look after NATO's old records and books, and can I intern with them?", null)]
    public void ProtectionOfPeopleAndOldRecordsAreTheirUnits(string question, string? abbreviation)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Contains(reply.Passages, p => abbreviation is null ? p.Text.En.Contains("Archives", StringComparison.Ordinal) : p.Unit?.Abbreviation == abbreviation);
    }

    [Fact]
    public void AnAreaAskedAboutBesideItsVacancysNameIsWhatIsAskedAbout()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("tell me about the ICTM internship in the library").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Library", StringComparison.Ordinal));
        // Without the vacancy's name, the area names the vacancy.
        Assert.IsType<VacancyDetailReply>(Ask("tell me about the archives and library internship").Reply);
    }

    [Theory]
    [InlineData("How many of the notices actually say what the internship pays?")]
    [InlineData("How many notices say what the internship pays?")]
    public void HowManyOfTheNoticesSayCountsTheNoticesThatStateIt(string question)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(question).Reply).Groups);
        Assert.Equal(Topic.Grant, group.Topic);
        Assert.Equal(4, group.Facts.Count(f => f.Stated));
    }

    [Theory]
    [InlineData("Does any of the notices say how many countries are in NATO?")]
    [InlineData("combien de pays membres compte l'OTAN ?")]
    public void CountriesInNatoAreTheMemberNationsANoticeCounts(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("32 member nations", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i was in the army reserve. is JIS civilians-only or do they mix?", "jis")]
    [InlineData("My grandad says NATO only hires soldiers. Is the NDS team all uniforms?", "nds")]
    public void SoldiersAndCiviliansAreTheMilitaryAndCivilStaffANoticeDescribes(string question, string vacancy)
    {
        // Their passages, or the facts about them that hold those passages.
        var reply = Ask(question).Reply;
        Assert.Contains(Stated(reply), t => t.Contains("civil", StringComparison.Ordinal) && t.Contains("military", StringComparison.Ordinal));
        Assert.Equal(vacancy, reply switch { PassagesReply p => p.Vacancies[0].Slug, FactsReply f => f.Groups[0].Facts[0].Vacancy.Slug, _ => null });
    }

    [Fact]
    public void AWordFewPassagesUseFindsEveryNoticeThatUsesItHoweverLittleElseItShares()
    {
        // ICTM's passages say "moving to cloud-based networks"; NDS's DSI team lists "cloud services" among much else.
        var reply = Assert.IsType<PassagesReply>(Ask("Which of them talk about moving to the cloud or cloud services?").Reply);
        Assert.Equal(PassageUse.Mention, reply.Use);
        Assert.Equal(["ictm", "nds"], reply.Passages.Select(p => p.Vacancy.Slug).Distinct().Order());
    }

    // Counting the notices that mention something counts where it is mentioned, not the notices themselves.
    [Theory]
    [InlineData("How many notices mention JavaScript?", "km")]
    [InlineData("Dans combien d'offres est-il question de JavaScript ?", "km")]
    [InlineData("combien d'annonces parlent du secretaire general", "jis,ocio")]
    // ("cybersecu" is cybersecurity cut short: written out before anything is looked for.)
    [InlineData("lesquelles parlent de cybersecu", "jis,nds,ocio")]
    public void CountingTheNoticesThatMentionSomethingFindsWhereItIsMentioned(string question, string vacancies)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(vacancies.Split(','), reply.Passages.Select(p => p.Vacancy.Slug).Distinct().Order());
    }

    // Asked which notices mention something none of them uses, that none does is the answer, not a question for staff.
    [Theory]
    [InlineData("which notices talk about Python?", "Python")]
    [InlineData("how many notices mention blockchain?", "blockchain")]
    [InlineData("quelles offres parlent de Python ?", "Python")]
    public void WhatNoNoticeMentionsIsSaidToBeUnmentionedByAll(string question, string thing)
    {
        var outcome = Ask(question);
        Assert.False(outcome.Unanswered);
        Assert.True(outcome.Reply.Unmentioned!.AllVacancies);
        Assert.Equal([thing], outcome.Reply.Unmentioned.Words);
    }

    [Theory]
    [InlineData("Which ones involve AI in the day-to-day work?")]
    [InlineData("Which internships involve AI in their daily work?")]
    [InlineData("Which of them involve AI day to day?")]
    public void TheWorkAcrossTheVacanciesIsEveryPartThatDescribesIt(string question)
    {
        // ICTM lists AI among its tasks; KM says so of its team (about) and NDS of its DSI section (units).
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Mention, reply.Use);
        Assert.Equal(["ictm", "km", "nds"], reply.Passages.Select(p => p.Vacancy.Slug).Distinct().Order());
    }

    [Fact]
    public void WhatTheQuestionNamesAfterInvolveIsSearchedHoweverWellTheTopicKnowsIt()
    {
        // The tasks' examples know "training"; the question is still about training: ICTM coordinates it, JIS's Security
        // Force helps its Training Coordinator, KM trains the users of its tools.
        var reply = Assert.IsType<PassagesReply>(Ask("Which internships involve training people, or training programmes?").Reply);
        Assert.Superset(new HashSet<string> { "ictm", "jis", "km" }, reply.Passages.Select(p => p.Vacancy.Slug).ToHashSet());
        Assert.All(reply.Passages.Where(p => p.Vacancy.Slug != "nds"), p => Assert.Contains("train", p.Text.En, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("I worked two years in my country's ministry of finance. Is that relevant to them?")]
    [InlineData("je travaille pour le gouvernement de mon pays depuis 3 ans, est-ce que ça compte ?")]
    [InlineData("I did a year at my country's embassy in Rome, does that help?")]
    public void WorkForOnesGovernmentIsTheDesirableExperienceOfANationalAdministration(string question)
    {
        // "My country's" says whose ministry, not which nationality; the desirable criteria name national administrations.
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal(Topic.DesirableCriteria, reply.Groups[0].Topic);
    }

    [Theory]
    [InlineData("My degree is in philosophy, nothing to do with IT. Is that a problem for OCIO?")]
    [InlineData("I have a music degree, totally unrelated. Can I still apply to KM?")]
    [InlineData("Mon diplôme est en histoire de l'art, pas en informatique : ça pose problème pour le NDS ?")]
    // (One's experience or a skill one lacks, asked whether it counts, is answered so too.)
    [InlineData("I spent two years working at the OECD. Does that count for anything?")]
    [InlineData("jsuis nul sur sharepoint ca passe quand meme?")]
    public void AFieldOfStudyAskedWhetherItMattersIsAnsweredByBothKindsOfCriteria(string question)
    {
        // No notice requires a field; a degree relevant to the work is desirable.
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal([Topic.EssentialCriteria, Topic.DesirableCriteria], reply.Groups.Select(g => g.Topic));
    }

    [Fact]
    public void AFieldOfStudyWithAnAgeAndANationalityIsStillACheck() =>
        Assert.IsType<QuickEligibilityReply>(Ask("I'm 22 and Italian, my degree is in history. Is that a problem?").Reply);

    [Theory]
    [InlineData("The webinar later today — who will be answering our questions?")]
    [InlineData("le webinaire commence bientôt, qui va intervenir ?")]
    public void WhoHoldsTheSessionToComeIsItsFactsNotItsTime(string question)
    {
        // On the session's day "later today" and "bientôt" ask nothing about time: who answers is in what the notices say of it.
        var reply = Assert.IsType<FactsReply>(AskAt("2025-06-11T10:00:00Z", question).Reply);
        Assert.Equal(Topic.InfoSession, reply.Groups[0].Topic);
        Assert.Contains(Stated(reply), t => t.Contains("Talent Acquisition", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What year does the CIO's office look ahead to?")]
    [InlineData("Le bureau du CIO travaille vers quel horizon ?")]
    public void AYearAskedForIsTheYearAPassageGives(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "ocio" && p.Text.En.Contains("2030", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearAskedForIsNoQuestionAboutYearsOfStudy() =>
        Assert.Equal([Topic.Start], Assert.IsType<FactsReply>(Ask("which year do internships start?").Reply).Groups.Select(g => g.Topic));

    [Theory]
    [InlineData("I'm doing a master's in crisis and emergency management. Where in JIS would I fit?")]
    [InlineData("emergency management student here, which JIS section suits me?")]
    public void AFieldTheNoticeTiesToOneUnitPointsToThatUnit(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal("CPU", reply.Passages[0].Unit?.Abbreviation);
    }

    [Theory]
    [InlineData("Would the OCIO intern have contact with the Secretary General's own office?")]
    [InlineData("as an OCIO intern, would I deal with the SecGen's office at all?")]
    public void TheSecretaryGeneralsOfficeIsThePrivateOfficeTheNoticeNames(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "ocio" && p.Text.En.Contains("Private Office", StringComparison.Ordinal));
    }

    [Theory]
    // "An internship where" asks no place.
    [InlineData("is there an internship where you work on protecting VIPs?")]
    [InlineData("any internship where you'd work on bodyguard stuff?")]
    public void PhrasesThatOnlyLookLikeATopicLeaveTheQuestionToItsOwnWords(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Contains(reply.Passages, p => p.Unit?.Abbreviation == "CPU");
    }

    [Theory]
    [InlineData("how many years of university do I need?", false)]
    [InlineData("combien d'années d'études faut-il ?", false)]
    [InlineData("how many essential criteria are there?", true)]
    public void CountingYearsIsNoCountOfTheCriteria(string question, bool counted)
    {
        // The criteria say "at least two years"; "Four in all" would count the criteria, which is not what was asked.
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal(counted, reply.Groups[0].Lead?.En.Contains("Four in all", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void MayIApplyFromSomeoneDescribedIsACheckNotTheLimitOnHowMany() =>
        Assert.IsType<QuickEligibilityReply>(Ask("je suis brésilienne, j'ai le droit de postuler ?").Reply);

    [Fact]
    public void PerksAreWhatTheInternshipOffers() =>
        Assert.Equal([Topic.Offer], Assert.IsType<FactsReply>(Ask("What perks do the notices list?").Reply).Groups.Select(g => g.Topic));

    [Theory]
    [InlineData("I finished my degree 14 months ago and I'm not studying anymore. Am I still in the running?")]
    // ("je travaille depuis" is working since then, not from somewhere: no question of telework.)
    [InlineData("J'ai fini ma licence il y a un an et demi et je travaille depuis. Je suis hors course ?")]
    public void StillInTheRunningAfterSayingWhenOneGraduatedIsACheck(string question) =>
        Assert.IsType<QuickEligibilityReply>(Ask(question).Reply);

    // Whether being a woman changes anything is the diversity statement, not changing an application.
    [Fact]
    public void WhetherBeingAWomanChangesAnythingIsTheDiversityStatement() =>
        Assert.Equal(Topic.Diversity, LeadingTopic("Être une femme, ça change quelque chose pour la candidature ?"));

    [Fact]
    public void RunningTestsIsTheWorkNotWhoRunsTheInternship()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Would the JIS intern run pen tests themselves or just watch?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("penetration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Where's the sign-up link for the OCIO infosession?", AskedDetail.Link)]
    [InlineData("y a-t-il un lien d'inscription ?", AskedDetail.Link)]
    [InlineData("Is there a named contact person or supervisor in the OCIO ad?", AskedDetail.PersonName)]
    [InlineData("How many days a week can NDS interns telework?", AskedDetail.Number)]
    [InlineData("How many teleworking days a week would I get at OCIO?", AskedDetail.Number)]
    [InlineData("quels langages de prog faut il connaitre pour le NDS", AskedDetail.ProgrammingLanguage)]
    [InlineData("quelle adresse postale pour le QG ?", AskedDetail.Address)]
    // ("euros" is read as its shorthand "euro": the currency is asked either way.)
    [InlineData("is the OCIO grant in euro?", AskedDetail.Currency)]
    // (Which one to choose asks for advice, not whether one may choose.)
    [InlineData("which one should I choose?", AskedDetail.None)]
    // (An e-mail address is no street.)
    [InlineData("quelle adresse mail pour candidater ?", AskedDetail.None)]
    public void ALinkOrANamedContactIsADetailAsked(string text, AskedDetail detail) =>
        Assert.Equal(detail, AskedDetails.In(Core.Understanding.TextNormaliser.Normalise(text)));

    // The hours a week are stated, the times of day are not; the travel is reimbursed, by no stated amount.
    [Theory]
    [InlineData("Quels sont les horaires quotidiens (heure d'arrivée et de départ) des stagiaires NDS ?", AskedDetail.ClockTime, "L'avis NDS ne précise pas d'heure de la journée.", Topic.Hours)]
    [InlineData("How much will the NDS interns starting in September get as travel reimbursement?", AskedDetail.Amount, "The NDS notice does not state an amount.", Topic.Travel)]
    [InlineData("Pour le stage KM, l'adhésion au Staff Centre coûte combien ?", AskedDetail.Amount, "L'avis KM ne précise pas de montant.", Topic.StaffCentre)]
    // (Where: the city is stated, never a street or a building; nor the exact day a start month begins.)
    [InlineData("What is the street address of the NDS internship?", AskedDetail.Address, "The NDS notice does not state a street address or building.", Topic.Location)]
    [InlineData("Le stage OCIO, c'est dans quel bâtiment ?", AskedDetail.Address, "L'avis OCIO ne précise pas d'adresse ni de bâtiment.", Topic.Location)]
    [InlineData("Le stage JIS débute quel jour exactement ?", AskedDetail.ExactDay, "L'avis JIS ne précise pas de jour exact.", Topic.Start)]
    [InlineData("Pour l'OCIO, le début en mars, c'est le 1er mars pile ?", AskedDetail.ExactDay, "L'avis OCIO ne précise pas de jour exact.", Topic.Start)]
    [InlineData("Does the NDS internship start on 1 September exactly?", AskedDetail.ExactDay, "The NDS notice does not state an exact day.", Topic.Start)]
    // (Nor whether the intern chooses the start month.)
    [InlineData("Could I pick the September start rather than March for NDS?", AskedDetail.Choice, "The NDS notice does not state whether the candidate chooses.", Topic.Start)]
    [InlineData("Est-ce que je peux choisir entre mars et septembre pour l'OCIO ?", AskedDetail.Choice, "L'avis OCIO ne précise pas si le candidat choisit.", Topic.Start)]
    // (Shorthand is read as what it stands for: "cb" is "combien".)
    [InlineData("cb de jours de teletravail par semaine au jis", AskedDetail.Number, "L'avis JIS ne précise pas de nombre.", Topic.Telework)]
    public void ATimeOfDayOrACostTheNoticeDoesNotGiveIsSaidToBeMissing(string text, AskedDetail detail, string sentence, Topic topic)
    {
        var reply = Ask(text).Reply;
        Assert.Equal(detail, reply.UnstatedDetail?.Detail);
        Assert.Equal(sentence, reply.UnstatedDetail!.Sentence.In(reply.Language));
        Assert.Equal(topic, Assert.IsType<FactsReply>(reply).Groups[0].Topic);
        // A time of day is held by "23:59" or "4pm", not by "38 hours a week".
        Assert.True(AskedDetails.HeldIn(AskedDetail.ClockTime, "Sunday 22 June 2025, 23:59"));
        Assert.True(AskedDetails.HeldIn(AskedDetail.ClockTime, "at 4pm Brussels time"));
        Assert.False(AskedDetails.HeldIn(AskedDetail.ClockTime, "38 hours a week"));
    }

    // Where to send an application is no street address; whether one may telework is no choice of one's own.
    [Theory]
    [InlineData("What is the address to send my application to?")]
    [InlineData("Do I get to telework at KM?")]
    public void AnAddressToApplyToOrAnAllowanceIsNoDetailOfPlaceOrChoice(string text) =>
        Assert.Null(Ask(text).Reply.UnstatedDetail);

    [Fact]
    public void ANumberOfDaysTheNoticeDoesNotGiveIsSaidToBeMissing()
    {
        Assert.Equal(AskedDetail.Number, Ask("How many days a week can NDS interns telework?").Reply.UnstatedDetail?.Detail);
        Assert.Null(Ask("how many hours a week is the JIS internship?").Reply.UnstatedDetail);
    }

    // The notices ask for proficiency in English or French, never a level on the European scale.
    [Theory]
    [InlineData("what English level do they need — B2? C1?", "The notices do not state a level on the European language scale (CEFR).")]
    [InlineData("Quel niveau d'anglais minimum faut-il, B2 ou C1 ?", "Les avis ne précisent pas de niveau sur l'échelle européenne des langues (CECRL).")]
    public void ALanguageLevelOnTheEuropeanScaleIsSaidToBeMissing(string text, string sentence)
    {
        var reply = Ask(text).Reply;
        Assert.Equal(AskedDetail.LanguageLevel, reply.UnstatedDetail?.Detail);
        Assert.Equal(sentence, reply.UnstatedDetail!.Sentence.In(reply.Language));
        Assert.Null(Ask("what languages do I need for KM?").Reply.UnstatedDetail);
    }

    // "Why?" after a rule the notices state without a reason: the answer says they give none, and still states the rule.
    [Fact]
    public void AReasonTheNoticesDoNotGiveIsSaidToBeMissing()
    {
        var why = Ask("pourquoi ?", Ask("Je peux viser combien d'offres ?").Next).Reply;
        Assert.Equal(AskedDetail.Reason, why.UnstatedDetail?.Detail);
        Assert.Equal("Les avis ne précisent pas la raison.", why.UnstatedDetail!.Sentence.In(why.Language));
        Assert.Equal(Topic.ApplicationLimit, Assert.IsType<FactsReply>(why).Groups[0].Topic);
        Assert.True(AskedDetails.HeldIn(AskedDetail.Reason, "Attach it so that the office can check eligibility."));
        Assert.False(AskedDetails.HeldIn(AskedDetail.Reason, "You may apply to at most 3 vacancies."));
    }

    // The OCIO notice gives its grant without a currency, the KM, NDS and JIS notices in euros.
    [Fact]
    public void ACurrencyOneNoticeLeavesOutIsSaidToBeMissingForThatNoticeOnly()
    {
        var ocio = Ask("is that euros?", Ask("and the monthly pay for OCIO?").Next).Reply.UnstatedDetail;
        Assert.Equal(AskedDetail.Currency, ocio?.Detail);
        Assert.Equal("ocio", Assert.Single(ocio!.Vacancies).Slug);
        Assert.Null(Ask("Is the KM grant in euros?").Reply.UnstatedDetail);
        var all = Ask("les bourses sont-elles en euros partout ?").Reply.UnstatedDetail;
        Assert.Equal("ocio", Assert.Single(all!.Vacancies).Slug);
    }

    [Fact]
    public void NoUniversityIsNoYearsOfUniversityStudy()
    {
        Assert.Equal(0m, FactsIn("I'm 24 with a vocational diploma, no university. Any chance?").YearsCompleted);
        Assert.Equal(0m, FactsIn("i have a vocational qualification, not a degree, 23, italian").YearsCompleted);
        Assert.Equal(0m, FactsIn("j'ai 22 ans et une formation professionnelle").YearsCompleted);
        Assert.Equal(0m, FactsIn("Mon fils fait un BTS, pas l'université.").YearsCompleted);
    }

    [Fact]
    public void TheOneForTheIctManagementPeopleIsTheSameQuestionForIctm()
    {
        var first = Ask("what's the deadline for the JIS internship?");
        var reply = Assert.IsType<FactsReply>(Ask("and the one for the ICT management people?", first.Next).Reply);
        Assert.Equal(Topic.Deadline, Assert.Single(reply.Groups).Topic);
        Assert.Equal("ictm", Assert.Single(reply.Groups[0].Facts).Vacancy.Slug);
    }

    [Fact]
    public void AskingForANamedContactIsToldTheNoticeNamesNone()
    {
        var reply = Ask("Is there a named contact person or supervisor in the OCIO ad?").Reply;
        Assert.Equal(AskedDetail.PersonName, reply.UnstatedDetail?.Detail);
    }

    [Fact]
    public void SomethingEveryNoticeMentionsIsSaidToBeInAllOfThem()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("which notices list being an advanced IT user as a plus?").Reply);
        Assert.Equal(PassageUse.Mention, reply.Use);
        Assert.True(reply.EveryVacancy);
        Assert.False(Assert.IsType<PassagesReply>(Ask("Which notices bring up the Secretary General?").Reply).EveryVacancy);
    }

    [Theory]
    [InlineData("What language skills do the internships ask for?", Topic.Languages)]
    [InlineData("À quelle heure les candidatures fermaient-elles ?", Topic.Deadline)]
    [InlineData("When was the infosession?", Topic.InfoSession)]
    [InlineData("Is there an internship here based somewhere like Mons rather than at headquarters?", Topic.Location)]
    [InlineData("Are the must-have requirements any different from one notice to another?", Topic.EssentialCriteria)]
    public void OtherWordsForATopicAskForIt(string text, Topic topic) => Assert.Equal(topic, LeadingTopic(text));

    [Fact]
    public void AnInvertedAvoirLieuIsWhenNotWhere()
    {
        var first = Ask("Quand a eu lieu la séance NDS ?");
        Assert.Equal(Topic.InfoSession, Assert.IsType<FactsReply>(Ask("Et à quelle heure avait-elle lieu ?", first.Next).Reply).Groups[0].Topic);
    }

    [Theory]
    [InlineData("Which internship has the longest list of tasks?", "Longest list: ICTM (13).")]
    [InlineData("Combien de tâches compte l'offre la plus détaillée, et c'est laquelle ?", "Liste la plus longue : ICTM (13).")]
    public void TheLongestListIsNamedWithHowManyEachNoticeLists(string text, string lead)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(text).Reply).Groups);
        Assert.Equal(Topic.Tasks, group.Topic);
        Assert.Equal("ictm", group.Facts[0].Vacancy.Slug);
        Assert.StartsWith(lead, group.Lead!.In(text.Contains("tâches", StringComparison.Ordinal) ? Language.French : Language.English), StringComparison.Ordinal);
        Assert.Equal(group.Facts.Select(f => f.Items.Count).OrderDescending(), group.Facts.Select(f => f.Items.Count));
    }

    [Theory]
    [InlineData("Candidate one: Estonian, turns 21 next month, final-year student.", 20)]
    [InlineData("I only turn 21 next spring — can I apply for KM anyway?", 20)]
    [InlineData("Je fêterai mes vingt et un ans en mars, je suis italienne : le stage KM ?", 20)]
    [InlineData("Elle aura 22 ans en mai, elle peut postuler ?", 21)]
    public void AnAgeStillToComeMeansOneYearLessNow(string text, int age) => Assert.Equal(age, FactsIn(text).Age);

    [Theory]
    [InlineData("Mon frère est belge, 24 ans, étudiant, mais il ne parle que néerlandais et allemand.")]
    [InlineData("I speak German, Italian and Spanish but neither of the two NATO languages. Can I still try?")]
    [InlineData("je parle allemand et italien mais aucune des deux langues officielles, je peux postuler ?")]
    public void SomeoneWhoOnlySpeaksOtherLanguagesHasNoOfficialLanguage(string text) =>
        Assert.True(FactsIn(text).NoOfficialLanguage);

    // Whether a fact counts in one's favour is asked of the desirable criteria, not a check of the person.
    [Fact]
    public void WhetherAFactIsAPlusIsTheDesirableCriteria()
    {
        var reply = Assert.IsType<FactsReply>(Ask("En dernière année de master, c'est un plus ?").Reply);
        Assert.Equal(Topic.DesirableCriteria, reply.Groups[0].Topic);
        Assert.IsType<QuickEligibilityReply>(Ask("En dernière année de master, je peux postuler ?").Reply);
        Assert.Equal(Topic.DesirableCriteria, Assert.IsType<FactsReply>(Ask("Mon master est en cours, je suis en dernière année. C'est un plus ?").Reply).Groups[0].Topic);
    }

    // A count asked of a topic the notice is silent on is answered by that silence, not by a number another passage
    // holds ("12 months" in the education criterion is no monthly grant).
    [Fact]
    public void ACountOfWhatANoticeLeavesOutIsItsSilence()
    {
        var outcome = Ask("Combien touche un stagiaire ICTM chaque mois ?");
        var grant = Assert.Single(Assert.IsType<FactsReply>(outcome.Reply).Groups);
        Assert.Equal(Topic.Grant, grant.Topic);
        Assert.False(Assert.Single(grant.Facts).Stated);
    }

    // "How many minutes left?" counts time, not the minutes of a meeting ("compte rendu").
    [Fact]
    public void MinutesLeftOnTheLastDayAreTheDeadlines()
    {
        var open = AskAt("2025-06-22T21:40:00Z", "is the OCIO vacancy still open?");
        var left = Assert.Single(Assert.IsType<FactsReply>(AskAt("2025-06-22T21:40:00Z", "how many minutes left?", open.Next).Reply).Groups);
        Assert.Equal(Topic.Deadline, left.Topic);
        Assert.EndsWith("20 minutes left.", Assert.Single(left.Facts).Summary?.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AGraduationDateGivenAsMonthsAgoIsRead() =>
        Assert.Equal(6, PersonalFacts.From(Core.Understanding.TextNormaliser.Normalise("and the graduation date, is 6 months ago fine?")).MonthsSinceGraduation);

    [Theory]
    [InlineData("What coding languages does the KM intern use?")]
    [InlineData("Which programming languages would I use in the NDS internship?")]
    public void ProgrammingLanguagesAreNotTheLanguageRequirement(string question) =>
        Assert.DoesNotContain(Topic.Languages, Answerer.Reader.Read(question).Topics);

    [Fact]
    public void HowManyMonthsOneDeadlineCameAfterAnotherIsWorkedOut() =>
        Assert.IsType<CalculationReply>(Ask("By roughly how many months did the ICTM deadline come after the KM one?").Reply);

    [Fact]
    public void WhatIsStillOpenToApplyToIsATimelineNotApplicationCounts() =>
        Assert.IsType<TimelineReply>(Ask("Aujourd'hui, quels stages sont encore open pour candidater ?").Reply);

    [Fact]
    public void AnAbbreviationWithADigitIsFoundInTheNotices()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("C4ISR — which team?").Reply);
        Assert.Equal("DSI", Assert.Single(reply.Passages).Unit?.Abbreviation);
    }

    [Fact]
    public void FrenchSaysHowManyNoticesOfHowManyStateAFact()
    {
        var reply = Assert.IsType<FactsReply>(Ask("Combien d'avis donnent un numéro de référence ?", locale: "fr-FR").Reply);
        Assert.StartsWith("Deux avis sur 5 le précisent (KM et NDS)", reply.Groups[0].Lead!.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFitAnswerNamesTheSectionClosestToThePerson()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("I study history and archival science. Which internship, and which team, fits me?").Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Contains(reply.Passages, p => p.Topic == Topic.Units && p.Vacancy.Slug == "ictm");
    }

    // Wanting to work in a field is asking which internship fits; "closest" is how near, not a closing date.
    [Theory]
    [InlineData("My son wants to work in close protection one day. Which internship gets him closest?")]
    [InlineData("Ma fille veut travailler dans la protection rapprochée, quel stage ?")]
    public void WantingToWorkInAFieldAsksWhichInternshipFits(string question)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal("jis", reply.Passages[0].Vacancy.Slug);
        Assert.Contains(reply.Passages, p => p.Unit?.Abbreviation == "CPU");
    }

    [Fact]
    public void AFitQuestionIsNotTakenForAnUncoveredAspectItBarelyTouches()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("library science student here — any internship for me?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("Library", StringComparison.Ordinal));
    }

    [Fact]
    public void ELearningIsItsOwnWordNotLearning()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("I'm into e-learning and instructional design — where in JIS could I help?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("e-learning", StringComparison.Ordinal));
        Assert.DoesNotContain(Answerer.Reader.Read("which ones involve e-learning?").Topics, t => t == Topic.LearningOutcomes);
    }

    [Fact]
    public void WhichOneAfterAVacancysSectionsChoosesAmongThem()
    {
        var first = Ask("Quelles sont les branches de la NDS qui recrutent des stagiaires ?");
        var second = Ask("Laquelle fait de l'analyse prospective stratégique ?", first.Next);
        Assert.Equal("DSP", Assert.Single(Assert.IsType<PassagesReply>(second.Reply).Passages).Unit!.Abbreviation);
        var third = Ask("Et laquelle gère le portefeuille de programmes et de projets ?", second.Next);
        Assert.Equal("DOT", Assert.Single(Assert.IsType<PassagesReply>(third.Reply).Passages).Unit!.Abbreviation);
        var english = Ask("and the one that works on standards?", third.Next);
        Assert.Equal("DSI", Assert.Single(Assert.IsType<PassagesReply>(english.Reply).Passages).Unit!.Abbreviation);
    }

    [Fact]
    public void AMedicalCertificateIsNotCoveredButTheMedicalEvidenceForAdjustmentsIsSaid()
    {
        var reply = Assert.IsType<NotCoveredReply>(Ask("Do I need a medical certificate just to apply?").Reply);
        Assert.Equal("medicalExam", reply.Aspect.Id);
        Assert.Contains(reply.Related, g => g.Topic == Topic.ReasonableAccommodation);
    }

    [Fact]
    public void AFollowUpChangingAPersonsAgeKeepsTheNationalityTheyRestate()
    {
        var facts = FactsIn("what if she was 19 instead, still Italian?");
        Assert.Equal(19, facts.Age);
        Assert.Equal("IT", Assert.Single(facts.Nationalities).Alpha2);
    }

    [Fact]
    public void ABirthdayWithItsDateAndYearDatesTheBirth()
    {
        var facts = FactsIn("I turn 21 on 1 July 2025. Was the KM deadline before my birthday?");
        Assert.Equal(new DateOnly(2004, 7, 1), facts.BornOn);
        Assert.Null(facts.Age);
    }

    // A birthday named by its month and year ("turns 21 in August 2025") that is past when asked makes the person that
    // much older; in its own month, or still to come, the younger age is kept.
    [Theory]
    [InlineData("My son turns 21 in August 2025: can he apply to KM?", "2026-12-07", 22)]
    [InlineData("Mon fils aura 21 ans en août 2025, il peut postuler au KM ?", "2026-12-07", 22)]
    [InlineData("My son turns 21 in August 2025: can he apply to KM?", "2025-09-01", 21)]
    [InlineData("My son turns 21 in August 2025: can he apply to KM?", "2025-08-15", 20)]
    [InlineData("My son turns 21 in August 2025: can he apply to KM?", "2025-06-01", 20)]
    [InlineData("I'll still be 20 until August 2025", "2026-12-07", 20)]
    public void ABirthdayMonthAlreadyPastCountsTowardsTheAge(string text, string today, int age) =>
        Assert.Equal(age, FactsIn(text, today).Age);

    // "Is there a maximum?" right after the minimum age is an upper age limit (which no notice states); after how many
    // vacancies one may apply to, it is still that limit.
    [Theory]
    [InlineData("what's the minimum age for these internships?", "is there a maximum?")]
    [InlineData("quel est l'âge minimum ?", "et un maximum ?")]
    public void AMaximumAfterTheMinimumAgeIsAnUpperAgeLimit(string first, string then)
    {
        var reply = Assert.IsType<NotCoveredReply>(Ask(then, Ask(first).Next).Reply);
        Assert.Equal(NotCoveredAspect.Ids.MaxAge, reply.Aspect.Id);
        Assert.IsNotType<NotCoveredReply>(Ask("is there a maximum?", Ask("can I apply to several vacancies?").Next).Reply);
    }

    // Where or how it is held, right after the info session, is the session's answer (a webinar), not the vacancies'
    // location; asked after something else, "where is it?" is still the location.
    [Theory]
    [InlineData("who speaks at the info session?", "is it in person?")]
    [InlineData("when is the info session?", "where is it?")]
    [InlineData("cest quand la session dinfo", "cest ou ?")]
    [InlineData("c'est quand le webinaire ?", "en ligne ?")]
    public void WhereOrHowTheInfoSessionIsHeldIsTheSessionsAnswer(string first, string then)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        Assert.Equal(Topic.InfoSession, reply.Groups[0].Topic);
        Assert.Equal(Topic.Location, Assert.IsType<FactsReply>(Ask("where is it?", Ask("what's the KM grant?").Next).Reply).Groups[0].Topic);
    }

    // "How many hours have I got?" right after a deadline is the time left; asked after the working hours, it is them.
    [Fact]
    public void HowManyHoursAfterADeadlineIsTheTimeLeft()
    {
        const string at = "2025-06-22T19:00:00Z";
        var afterDeadline = AskAt(at, "how many hours have I got?", AskAt(at, "I'm finishing my NDS application right now, is it still open?").Next).Reply;
        Assert.Contains(Assert.IsType<FactsReply>(afterDeadline).Groups, g => g.Topic == Topic.Deadline);
        var afterHours = AskAt(at, "how many hours have I got?", AskAt(at, "what are the NDS hours?").Next).Reply;
        Assert.Equal(Topic.Hours, Assert.IsType<FactsReply>(afterHours).Groups[0].Topic);
    }

    // "Looks after" is being responsible for, not looking: who looks after someone's protection is the unit responsible.
    [Theory]
    [InlineData("Who looks after the Secretary General's personal protection?", "Responsible for the security of the NATO Secretary General")]
    [InlineData("which team looks after NATO's archives and historical heritage?", "Digital Information Management Services (DIMS)")]
    public void WhoLooksAfterSomethingIsTheUnitResponsibleForIt(string question, string unit) =>
        Assert.Contains(Stated(Ask(question).Reply), text => text.Contains(unit, StringComparison.Ordinal));

    // Whether someone studies is read from what they say of their studies: a student room, card or job, or finishing an
    // application, is not studying; a second master's or studies taken up again are.
    [Theory]
    [InlineData("Will NATO sort out a flat or student room for the interns?", null)]
    [InlineData("Y a-t-il des logements étudiants près du siège ?", null)]
    [InlineData("is there a student discount on public transport?", null)]
    [InlineData("I'm a student in Ghent, is there a student discount?", true)]
    [InlineData("je suis étudiante en droit", true)]
    [InlineData("I'm finishing my NDS application right now, is it still open?", null)]
    [InlineData("I'm finishing my law degree, can I apply?", true)]
    [InlineData("I'm 45 and doing a second master's. Am I too old for OCIO?", true)]
    [InlineData("J'ai 38 ans et je reprends des études, est-ce un frein pour le JIS ?", true)]
    public void WhetherSomeoneStudiesIsReadFromWhatTheySayOfTheirStudies(string text, bool? student) => Assert.Equal(student, FactsIn(text).Student);

    // "Je fête mes 21 ans le 1er septembre 2025" is a birthday to come, in French's present tense as in English's.
    [Theory]
    [InlineData("Je fête mes 21 ans le 1er septembre 2025. Puis-je déjà postuler au JIS ?", 2004, 9, 1)]
    [InlineData("elle va avoir 21 ans le 3 mars 2026", 2005, 3, 3)]
    public void ABirthdayToComeInFrenchDatesTheBirth(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FactsIn(text).BornOn);

    // Too young today by less than a year: the notices never say on which date the age counts, and the answer says so.
    [Theory]
    [InlineData("2025-06-20T10:00:00Z", "My daughter turns 21 on 1 July. Can she apply to KM?", true)]
    [InlineData("2025-06-05T10:00:00Z", "Je fête mes 21 ans le 1er septembre 2025. Puis-je postuler au JIS ?", true)]
    [InlineData("2025-06-05T10:00:00Z", "I'm 19, can I apply to JIS?", false)]
    [InlineData("2025-06-05T10:00:00Z", "I'm 24, can I apply to JIS?", false)]
    public void TooYoungByLessThanAYearSaysTheDateTheAgeCountsIsNotStated(string now, string question, bool said)
    {
        var reply = Assert.IsType<QuickEligibilityReply>(AskAt(now, question).Reply);
        Assert.Equal(said, reply.Groups.SelectMany(g => g.Notes).Any(n => n.En.Contains("on which date the age of 21 must be reached", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("what if I dropped out after first year and I'm not studying anymore?", 1)]
    [InlineData("j'ai arrêté après la deuxième année", 2)]
    [InlineData("and her cousin, Belgian, 25, left uni after a single year and never went back?", 1)]
    [InlineData("il a abandonné après une seule année", 1)]
    public void StoppingStudiesAfterAYearCountsTheYearsDone(string text, int years)
    {
        var facts = FactsIn(text);
        Assert.Equal(years, facts.YearsCompleted);
        Assert.False(facts.Student);
    }

    [Fact]
    public void OneYearOfStudyIsSaidInTheSingular()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("I'm 21 and dropped out after first year, not studying anymore. Am I eligible for KM?").Reply);
        var education = reply.Groups.SelectMany(g => g.Results).Single(r => r.Criterion == "education");
        Assert.StartsWith("1 year of university-level study (at least 2 years required)", education.Reason.En, StringComparison.Ordinal);
        Assert.StartsWith("1 année d'études universitaires", education.Reason.Fr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which ones close on 22 June 2025?", "and which is the odd one out?")]
    [InlineData("Quelles offres ferment le 22 juin 2025 ?", "et laquelle est l'intrus ?")]
    public void TheOddOneOutIsTheSameQuestionAcrossEveryVacancy(string first, string then)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(Topic.Deadline, group.Topic);
        Assert.Equal(5, group.Facts.Count);
    }

    [Fact]
    public void AFollowUpNamingAVacancyByAWordATopicAlsoUsesKeepsTheTopic()
    {
        // "office" is in an example of the "about" topic, but here it is part of the OCIO's name.
        var next = Ask("What is the grant for KM?").Next;
        var reply = Assert.IsType<FactsReply>(Ask("And the one in the Office of the Chief Information Officer?", next).Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(Topic.Grant, group.Topic);
        Assert.Equal("ocio", Assert.Single(group.Facts).Vacancy.Slug);
    }

    [Theory]
    [InlineData("I applied for a NATO internship last year and didn't get it. Am I allowed to apply again?", "reapply")]
    [InlineData("does the grant go up if I stay a few months? like a raise after 3 months", "grantIncrease")]
    [InlineData("Is there a uniform for interns working with the HQ Security Force?", "dressCode")]
    [InlineData("Y a-t-il un uniforme pour les stagiaires de la division JIS ?", "dressCode")]
    // A unit named beside a practical matter no notice covers: the matter is what is asked, not what the unit does.
    [InlineData("Faut-il travailler le week-end à l'unité de protection rapprochée ?", "overtime")]
    // Where an application is submitted is no question of when.
    [InlineData("Où dépose-t-on sa candidature ?", "howToApply")]
    [InlineData("Sur quel site dépose-t-on concrètement sa candidature ?", "howToApply")]
    // What is counted decides, when the aspect that counts it is asked in its form: interns, not calls.
    [InlineData("The ICTM call is open at the moment. Does it say how many interns it wants?", "places")]
    public void QuestionsNoNoticeCoversAreSaidToBeUncovered(string question, string aspect) =>
        Assert.Equal(aspect, Assert.IsType<NotCoveredReply>(Ask(question).Reply).Aspect.Id);

    [Theory]
    [InlineData("I'll defend my master's thesis next spring. Does that count for the NDS internship?", true)]
    [InlineData("I'm still at uni. What paperwork has to go with the application?", true)]
    [InlineData("I'm in my last year of law school", true)]
    [InlineData("I applied for a NATO internship last year and didn't get it", null)]
    public void StudiesAreReadFromHowPeopleSayThem(string text, bool? student) =>
        Assert.Equal(student, FactsIn(text).Student);

    [Fact]
    public void SpeakingOnlyOneOfficialLanguageIsCheckedAgainstTheLanguageCriterion()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("I only speak French, not English. Can I still go for ICTM?").Reply);
        Assert.Contains(reply.Groups.SelectMany(g => g.Notes), n => n.En.Contains("French is enough on its own", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I got my master's 8 months ago and I'm not studying anymore. Do I still count for the Knowledge Management internship?")]
    [InlineData("J'ai eu mon diplôme il y a 18 mois, c'est trop tard pour le stage NDS ?")]
    public void AGraduationDateAskedAboutIsAnEligibilityCheckNotADurationOrATimeline(string question) =>
        Assert.Contains(Assert.IsType<QuickEligibilityReply>(Ask(question).Reply).Groups.SelectMany(g => g.Results), r => r.Criterion == "education");

    [Theory]
    [InlineData("what clearance does KM list?", "does the ICTM notice state one?", Topic.Clearance)]
    [InlineData("What is the grant for KM?", "l'avis ICTM en précise-t-il un ?", Topic.Grant)]
    [InlineData("What is the deadline for NDS?", "does the JIS one say it too?", Topic.Deadline)]
    public void AskingWhetherAnotherNoticeSaysItKeepsTheTopic(string first, string then, Topic topic)
    {
        var next = Ask(first).Next;
        var reply = Assert.IsType<FactsReply>(Ask(then, next).Reply);
        Assert.Equal(topic, Assert.Single(reply.Groups).Topic);
    }

    [Theory]
    // (How far off in calendar months, the most the notices allow: they name a month, not a day.)
    [InlineData("2025-12-01T12:00:00Z", "Still to come: March 2026 in 3 months; September 2026 in 9 months.")]
    [InlineData("2026-02-10T12:00:00Z", "Still to come: March 2026 next month; September 2026 in 7 months.")]
    [InlineData("2026-05-10T12:00:00Z", "March 2026 already past; still to come: September 2026 in 4 months.")]
    [InlineData("2026-09-02T12:00:00Z", "March 2026 already past; still to come: September 2026 this month.")]
    [InlineData("2026-11-21T12:00:00Z", "Both are already past.")]
    public void StartMonthsAreReadAgainstToday(string now, string status)
    {
        var reply = Assert.IsType<FactsReply>(AskAt(now, "Are the KM start dates still ahead of us?").Reply);
        var km = reply.Groups.Single(g => g.Topic == Topic.Start).Facts.Single(f => f.Vacancy.Slug == "km");
        Assert.EndsWith(status, km.Summary!.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("does the NDS need Python?", null, "The NDS notice does not mention “Python”.")]
    [InlineData("Do I need to know Python for the DSI team?", null, "The NDS notice does not mention “Python”.")]
    [InlineData("Do you have any internships in the Public Diplomacy Division?", null, "The notices do not mention “Public Diplomacy Division”.")]
    [InlineData("le stage NDS exige-t-il Python ?", "fr-FR", "L'avis NDS ne mentionne pas « Python ».")]
    [InlineData("Do I need an official sworn translation of my diploma?", null, "The notices do not mention “official sworn translation”.")]
    public void AnAnswerSaysWhatTheQuestionAskedForThatTheNoticesNeverMention(string question, string? locale, string sentence)
    {
        var reply = Ask(question, locale: locale).Reply;
        Assert.NotNull(reply.Unmentioned);
        Assert.Equal(sentence, reply.Unmentioned.Sentence.In(reply.Language));
    }

    [Theory]
    [InlineData("What's the name of the Head of KM the intern would assist?", null, "The KM notice does not state a name.")]
    [InlineData("How much exactly is the travel reimbursement for NDS interns?", null, "The NDS notice does not state an amount.")]
    [InlineData("Does the KM notice give the exact first working day of the March 2026 intake?", null, "The KM notice does not state an exact day.")]
    [InlineData("L'avis OCIO donne-t-il le nom du NATO CIO ?", "fr-FR", "L'avis OCIO ne précise pas de nom.")]
    [InlineData("What programming languages does the NDS want?", null, "The NDS notice does not mention a programming language.")]
    [InlineData("Who would my supervisor be in the DOT branch?", null, "The NDS notice does not state a name.")]
    [InlineData("would the ICTM intern write code?", null, "The ICTM notice does not mention a programming language.")]
    public void AnAnswerSaysWhenItHoldsNoneOfTheDetailAskedFor(string question, string? locale, string sentence)
    {
        var reply = Ask(question, locale: locale).Reply;
        Assert.NotNull(reply.UnstatedDetail);
        Assert.Equal(sentence, reply.UnstatedDetail.Sentence.In(reply.Language));
    }

    [Theory]
    [InlineData("How much exactly is the grant for KM?")]
    [InlineData("What is the exact deadline for NDS?")]
    [InlineData("Quel est le montant de la bourse pour le stage ICTM ?")]
    [InlineData("And who is the head of that service also responsible for?")]
    [InlineData("Which programming languages would I use in the KM internship?")]
    public void NoDetailIsSaidMissingWhenTheAnswerHoldsItOrAlreadySaysNothingIsStated(string question) => Assert.Null(Ask(question).Reply.UnstatedDetail);

    [Theory]
    [InlineData("does the KM internship involve SharePoint?")]
    [InlineData("What is the deadline for NDS?")]
    [InlineData("Do I need French for the JIS internship?")]
    public void NothingIsSaidUnmentionedWhenTheNoticesUseWhatWasAskedFor(string question) => Assert.Null(Ask(question).Reply.Unmentioned);

    [Theory]
    [InlineData("And me: 25, Belgian, graduated last month?", 25, "BE", 1)]
    [InlineData("Je suis belge, j'ai 24 ans et j'ai eu mon diplôme le mois dernier", 24, "BE", 1)]
    [InlineData("I'm 22 and Polish, graduated this month", 22, "PL", 0)]
    public void AShortSelfDescriptionWithARecentGraduationIsRead(string text, int age, string country, int months)
    {
        var facts = FactsIn(text);
        Assert.Equal(age, facts.Age);
        Assert.Equal(country, Assert.Single(facts.Nationalities).Alpha2);
        Assert.Equal(months, facts.MonthsSinceGraduation);
        Assert.False(facts.Student);
    }

    [Theory]
    [InlineData("my uni ends in march, would that work for the KM one?")]
    [InlineData("graduating next summer, am I eligible?")]
    [InlineData("mes études se terminent en juin, est-ce que ça passe ?")]
    [InlineData("je finis mon master en septembre")]
    public void StudiesThatEndLaterMeanAStudentNow(string text)
    {
        var facts = FactsIn(text);
        Assert.True(facts.Student);
        Assert.Null(facts.MonthsSinceGraduation);
    }

    [Theory]
    [InlineData("I'm 28, graduated 3 yrs ago but started a second master's this autumn")]
    [InlineData("J'ai 27 ans, diplômé il y a trois ans, et j'ai repris un master cette année")]
    public void ADegreeFinishedLongAgoThenANewOneStartedMeansAStudentNow(string text)
    {
        var facts = FactsIn(text);
        Assert.True(facts.Student);
        Assert.Equal(36, facts.MonthsSinceGraduation);
    }

    [Theory]
    [InlineData("I am speaking only German and little bit English", "en", "A2")]
    [InlineData("I'm fluent in German and Italian, English maybe A2.", "en", "A2")]
    [InlineData("my English is excellent but I have zero French", "en", "C1")]
    public void PlainWordsForALevelAreReadAsOne(string text, string language, string level)
    {
        var facts = FactsIn(text);
        var spoken = Assert.Single(facts.Languages, l => l.Language == language);
        Assert.Equal(level, spoken.Level.ToString());
    }

    [Theory]
    [InlineData("I'm 23 but not a NATO citizen, can I apply to KM?", true)]
    [InlineData("I'm from outside NATO, can I still apply?", true)]
    [InlineData("et s'il n'est pas ressortissant d'un pays de l'OTAN ?", true)]
    [InlineData("Is NATO hiring interns from member countries only?", false)]
    [InlineData("Would an NDS intern get to meet people from outside NATO?", false)]
    public void NotBeingANatoNationalIsReadWithoutANamedCountry(string text, bool expected) =>
        Assert.Equal(expected, FactsIn(text).NotNatoNational);

    [Fact]
    public void AFollowUpAboutSomeoneWhoIsNotANatoNationalFailsTheNationalityCriterion()
    {
        var first = Answerer.Answer("J'ai 21 ans et je suis belge, je peux postuler au stage NDS ?", null, new QuestionContext());
        var reply = Assert.IsType<QuickEligibilityReply>(Answerer.Answer("et s'il n'est pas ressortissant d'un pays de l'OTAN ?", null, first.Next).Reply);
        var nationality = Assert.Single(reply.Groups.SelectMany(g => g.Results), r => r.Criterion == "nationality");
        Assert.Equal(Outcome.Failed, nationality.Outcome);
    }

    [Fact]
    public void SomeoneElseWhoOnlySpeaksOtherLanguagesHasNoOfficialLanguage()
    {
        const string text = "and a 23-year-old who only speaks Dutch and German?";
        Assert.True(FactsIn(text).NoOfficialLanguage);
    }

    [Fact]
    public void YearsOfStudyAreNotAGraduationLongAgo()
    {
        const string text = "I'm enrolled right now: is that enough, or must I have finished two years of university?";
        var facts = FactsIn(text);
        Assert.True(facts.Student);
        Assert.Null(facts.MonthsSinceGraduation);
    }

    [Theory]
    [InlineData("I have a bachelor's from 2019 and have been working since", 2019)]
    [InlineData("j'ai une licence obtenue en 2019 et je bosse depuis", 2019)]
    [InlineData("I graduated in 2021", 2021)]
    public void AGraduationYearAloneIsReadAndMeansNotAStudent(string text, int year)
    {
        var facts = FactsIn(text);
        Assert.Equal(year, facts.GraduatedInYear);
        Assert.False(facts.Student);
    }

    [Fact]
    public void ADegreeYearsAgoIsNotARecentGraduateAndTheReplySaysTheYearNotAWorkedOutDate()
    {
        // Not a recent graduate; whether the education criterion is met depends on the degree, which was not named:
        // a bachelor's or higher meets it, so the answer is not a no.
        var reply = Assert.IsType<QuickEligibilityReply>(AskAt("2026-11-21T12:00:00Z", "I graduated in 2019, am I eligible for KM?").Reply);
        var group = Assert.Single(reply.Groups);
        var education = group.Results.Single(r => r.Criterion == Core.Eligibility.Rules.EducationRule.Id);
        Assert.Equal(Outcome.Unknown, education.Outcome);
        Assert.Contains("in 2019", education.Reason.En, StringComparison.Ordinal);
        Assert.Contains("a bachelor's or higher", education.Reason.En, StringComparison.Ordinal);
        Assert.Contains(group.Notes, n => n.En.Contains("12 months", StringComparison.Ordinal));
        Assert.DoesNotContain("not eligible", group.Verdict.En, StringComparison.Ordinal);

        // A bachelor's, however old, is two years of university study: the education criterion is met that way.
        var bachelor = Assert.IsType<QuickEligibilityReply>(AskAt("2026-11-21T12:00:00Z", "j'ai une licence obtenue en 2019, je peux postuler au stage NDS ?").Reply);
        Assert.Equal(Outcome.Passed, bachelor.Groups.SelectMany(g => g.Results).Single(r => r.Criterion == Core.Eligibility.Rules.EducationRule.Id).Outcome);
    }

    [Fact]
    public void AFollowUpWhoseWordsTheLastTopicExplainsStaysOnIt()
    {
        var first = Ask("combien de stages je peux demander en même temps ?");
        Assert.Equal([Topic.ApplicationLimit], first.Next.LastTopics);
        var reply = Assert.IsType<FactsReply>(Ask("et si je postule à 4 ?", first.Next).Reply);
        Assert.Equal([Topic.ApplicationLimit], reply.Groups.Select(g => g.Topic));
    }

    [Fact]
    public void AUnitNamedWithTheWorkAskedAboutBringsTheTasksThatNameIt()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("what would I do for the NATO Library at ICTM?").Reply);
        Assert.Contains(reply.Passages, p => p.Topic == Topic.Tasks && p.Text.En.Contains("NATO Library", StringComparison.Ordinal));
    }

    [Fact]
    public void FrenchLangagesAreProgrammingLanguagesNotTheLanguagesSpoken()
    {
        var reply = Ask("dans le stage KM on utilise quels langages ?").Reply;
        Assert.False(reply is FactsReply f && f.Groups.Any(g => g.Topic == Topic.Languages), "answered with the spoken languages");
        Assert.Contains(Stated(reply), t => t.Contains("JavaScript", StringComparison.Ordinal));
    }

    [Fact]
    public void EachOfTheTwoVacanciesJustNamedIsAnsweredForBoth()
    {
        var first = Ask("le stage KM et le stage NDS ils sont dans le même organisme ?");
        var reply = Assert.IsType<FactsReply>(Ask("et le numéro de vacance de chacun ?", first.Next).Reply);
        var vacancies = reply.Groups.SelectMany(g => g.Facts).Select(f => f.Vacancy.Slug).ToHashSet();
        Assert.Contains("km", vacancies);
        Assert.Contains("nds", vacancies);
    }

    [Fact]
    public void TheOtherOnesMeansEveryOtherVacancyForTheSameQuestion()
    {
        var first = Ask("Does the ICTM notice mention a grant?");
        var reply = Assert.IsType<FactsReply>(Ask("and the other ones?", first.Next).Reply);
        Assert.Equal([Topic.Grant], reply.Groups.Select(g => g.Topic));
        var vacancies = reply.Groups.SelectMany(g => g.Facts).Select(f => f.Vacancy.Slug).ToHashSet();
        Assert.DoesNotContain("ictm", vacancies);
        Assert.Equal(4, vacancies.Count);
    }

    [Theory]
    [InlineData("can i apply to ICTM, OCIO, KM and NDS all at once?", "is that limit the same in the JIS notice?", Topic.ApplicationLimit)]
    [InlineData("does the ictm notice say anything about using AI tools for my application?", "same rule for OCIO?", Topic.GenerativeAi)]
    [InlineData("what's this pool of candidates thing in the NDS notice?", "does the ICTM notice say the same?", Topic.CandidatePool)]
    public void TheSameAsksTheLastQuestionAgain(string first, string then, Topic topic)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        Assert.Equal([topic], reply.Groups.Select(g => g.Topic));
    }

    [Fact]
    public void WhichOfThemAfterAnAnswerAcrossTheVacanciesIsAboutTheOnesThatStateIt()
    {
        // Asked about OCIO first: the answer across the vacancies leaves no one vacancy in focus.
        var telework = Ask("which vacancies mention telework?", Ask("what's the OCIO deadline?").Next);
        Assert.Null(telework.Next.CurrentVacancy);
        var last = Assert.Single(Assert.IsType<FactsReply>(Ask("which of them closes last?", telework.Next).Reply).Groups);
        Assert.Equal(Topic.Deadline, last.Topic);
        Assert.Equal(["jis", "km", "nds", "ocio"], last.Facts.Select(f => f.Vacancy.Slug).Order());

        // "Cybersécurité" is the cybersecurity passages (JIS, NDS, OCIO), no longer the clearance through the "sécurité"
        // its synonym adds; "parmi ceux-ci" after passages is asked across the vacancies, the IMS ones stating it.
        var cyber = Ask("Quels stages touchent à la cybersécurité ?");
        Assert.Equal(["jis", "nds", "ocio"], Assert.IsType<PassagesReply>(cyber.Reply).Passages.Select(p => p.Vacancy.Slug).Distinct().Order());
        var military = Ask("Et parmi ceux-ci, lequel relève de l'état-major militaire ?", cyber.Next);
        var body = Assert.Single(Assert.IsType<FactsReply>(military.Reply).Groups);
        Assert.Equal(Topic.NatoBody, body.Topic);
        Assert.Equal(["km", "nds"], body.Facts.Where(f => f.Stated).Select(f => f.Vacancy.Slug).Order());

        var others = Assert.Single(Assert.IsType<FactsReply>(Ask("and the other ones?", Ask("which internships are at the International Military Staff?").Next).Reply).Groups);
        Assert.Equal(["ictm", "jis", "ocio"], others.Facts.Select(f => f.Vacancy.Slug).Order());
    }

    [Fact]
    public void AskingForACheckInTheOtherLanguageChecksThePersonAgainInIt()
    {
        var check = Ask("My friend Lena is 22, German, studying law. Could she apply to JIS?");
        var again = Ask("can you say that last answer in French please?", check.Next);
        var reply = Assert.IsType<QuickEligibilityReply>(again.Reply);
        Assert.Equal(Language.French, reply.Language);
        Assert.Equal(22, reply.Facts.Age);
        Assert.Contains(reply.Facts.Nationalities, c => c.Alpha2 == "DE");
    }

    [Theory]
    [InlineData("et en français ?", Language.French)]
    [InlineData("can you say that in French?", Language.French)]
    [InlineData("in english please", Language.English)]
    [InlineData("can you say that last answer in French please?", Language.French)]
    [InlineData("Can you repeat the deadline rules in English?", Language.English)]
    [InlineData("pouvez-vous le redire en anglais ?", Language.English)]
    public void AskingForTheLastAnswerInTheOtherLanguageRepeatsItInThatLanguageOnce(string ask, Language language)
    {
        var first = Ask(language == Language.French ? "what's the KM deadline?" : "quelle est la date limite du KM ?");
        var again = Ask(ask, first.Next);
        var reply = Assert.IsType<FactsReply>(again.Reply);
        Assert.Equal(language, reply.Language);
        Assert.Equal("km", Assert.Single(Assert.Single(reply.Groups).Facts).Vacancy.Slug);
        Assert.Equal(Topic.Deadline, reply.Groups[0].Topic);
        // The next question is answered in its own language.
        var other = language == Language.French ? Language.English : Language.French;
        Assert.Equal(other, Ask(other == Language.English ? "and the grant?" : "et la bourse ?", again.Next).Reply.Language);
        // With nothing to repeat, it sets the conversation's language.
        Assert.IsType<LanguageSwitchedReply>(Ask(ask).Reply);
    }

    [Theory]
    [InlineData("which of the two has more tasks?", "Longest list: KM (8). How many each notice lists: KM 8; NDS 3.")]
    [InlineData("lequel des deux a plus de tâches ?", "Longest list: KM (8). How many each notice lists: KM 8; NDS 3.")]
    public void WhichOfTwoHasMoreNamesTheLongerListWithBothCounts(string question, string lead)
    {
        var two = Ask("and the KM one?", Ask("what do NDS interns do?").Next);
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(question, two.Next).Reply).Groups);
        Assert.Equal(Topic.Tasks, group.Topic);
        Assert.Equal(lead, group.Lead!.En);
    }

    // "Deux" in "lequel des deux" counts the vacancies; it is no second language.
    [Fact]
    public void WhichOfTheTwoIsNotAQuestionAboutBothLanguages()
    {
        var two = Ask("lequel des deux ferme en premier ?", Ask("Quels stages sont rattachés à l'EMI ?").Next);
        Assert.Equal([Topic.Deadline], Assert.IsType<FactsReply>(two.Reply).Groups.Select(g => g.Topic));
        Assert.Equal(Topic.Languages, Assert.Single(Assert.IsType<FactsReply>(Ask("faut-il parler les deux langues ?").Reply).Groups).Topic);
    }

    [Theory]
    [InlineData("quelle est la date limite du JIS ?", "heure de Bruxelles ?", Topic.Deadline)]
    [InlineData("when is the KM deadline?", "which time zone?", Topic.Deadline)]
    [InlineData("when is the NDS info session?", "is that Brussels time?", Topic.InfoSession)]
    // "Since when?", "jusqu'à quand ?": the same dates.
    [InlineData("Can I still apply for anything?", "since when?", Topic.Deadline)]
    [InlineData("c'est quoi la date limite pour KM ?", "jusqu'à quand exactement ?", Topic.Deadline)]
    public void AZoneOrASinceWhenAskedRightAfterADateIsAboutThatDate(string first, string then, Topic topic) =>
        Assert.Equal([topic], Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups.Select(g => g.Topic));

    [Theory]
    [InlineData("How many branches is NDS recruiting interns in?", "name them", Topic.Units)]
    [InlineData("combien de documents faut-il joindre ?", "lesquels ?", Topic.Documents)]
    public void NameThemRightAfterACountListsWhatWasCounted(string count, string then, Topic topic)
    {
        var first = Ask(count);
        Assert.Equal(topic, Assert.Single(Assert.IsType<FactsReply>(first.Reply).Groups).Topic);
        var listed = Assert.Single(Assert.IsType<FactsReply>(Ask(then, first.Next).Reply).Groups);
        Assert.Equal(topic, listed.Topic);
        Assert.NotEmpty(listed.Facts[0].Items);
    }

    [Fact]
    public void AndTheRestAfterOneVacancyIsEveryOtherVacancy() =>
        Assert.Equal(4, Assert.Single(Assert.IsType<FactsReply>(Ask("and the rest?", Ask("what's the KM deadline?").Next).Reply).Groups).Facts.Count);

    [Theory]
    [InlineData("ok — so how many days do people still have to apply for JIS?", "jis")]
    [InlineData("il reste combien de jours pour postuler au KM ?", "km")]
    public void HowManyDaysAreLeftToApplyIsTheDeadline(string question, string vacancy)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(question).Reply).Groups);
        Assert.Equal(Topic.Deadline, group.Topic);
        Assert.Equal(vacancy, Assert.Single(group.Facts).Vacancy.Slug);
    }

    // Days left beside another question read as surely: both are answered, in the order asked.
    [Fact]
    public void DaysLeftBesideAnotherQuestionAnswersBoth()
    {
        var reply = Assert.IsType<FactsReply>(AskAt("2025-06-20T10:00:00Z", "Ces stages commencent quand ? Et combien de jours me reste-t-il pour postuler à NDS ?").Reply);
        Assert.Equal([Topic.Start, Topic.Deadline], reply.Groups.Select(g => g.Topic));
    }

    // On the last day the time left to the end of 23:59 Brussels time (UTC+2 in June and April), in whole minutes.
    [Theory]
    // ("Tonight", as a 23:59 deadline is: "is it tonight?" is how people ask.)
    [InlineData("2026-04-30T21:30:00Z", "how much time do I have left to apply for ICTM?", "applications close tonight, Thursday 30 April 2026, 23:59, Brussels time (UTC+2; 21:59 UTC): 30 minutes left.")]
    [InlineData("2025-06-22T19:15:30Z", "what's the JIS deadline?", "2 hours 44 minutes left.")]
    [InlineData("2025-06-22T21:59:20Z", "what's the JIS deadline?", "less than a minute left.")]
    public void OnTheLastDayTheTimeLeftIsSaid(string now, string question, string ending)
    {
        var deadline = Assert.Single(Assert.Single(Assert.IsType<FactsReply>(AskAt(now, question).Reply).Groups).Facts);
        Assert.EndsWith(ending, deadline.Summary?.En, StringComparison.Ordinal);
    }

    [Fact]
    public void HowManyRightAfterOneVacancysAnswerCountsThatVacancysThings()
    {
        var tasks = Assert.Single(Assert.IsType<FactsReply>(Ask("how many tasks?", Ask("what do KM interns do?").Next).Reply).Groups);
        Assert.Equal("km", Assert.Single(tasks.Facts).Vacancy.Slug);
        Assert.Equal("Eight in all.", tasks.Lead!.En);
        Assert.Equal("Trois au total.", Assert.Single(Assert.IsType<FactsReply>(Ask("Le NDS recrute dans combien de branches ?").Reply).Groups).Lead!.Fr);
        var days = Assert.Single(Assert.IsType<FactsReply>(Ask("how many days a week?", Ask("does the KM internship offer telework?").Next).Reply).Groups);
        Assert.Equal("km", Assert.Single(days.Facts).Vacancy.Slug);
        // Asked of every notice, it is still every notice.
        Assert.Equal(5, Assert.Single(Assert.IsType<FactsReply>(Ask("how many tasks does each notice list?", Ask("what do KM interns do?").Next).Reply).Groups).Facts.Count);
    }

    [Theory]
    [InlineData("which notices have an info session?", "which of those is the earliest?", Topic.InfoSession)]
    [InlineData("when do the internships start?", "which of them is the earliest?", Topic.Start)]
    [InlineData("which vacancies mention telework?", "which of them is the latest?", Topic.Deadline)]
    public void TheEarliestOfThoseOrdersWhatWasJustAnsweredWhenItHasDates(string first, string then, Topic ordered) =>
        Assert.Equal(ordered, Assert.Single(Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups).Topic);

    [Theory]
    [InlineData("how many of these vacancies can one candidate apply to?")]
    [InlineData("à combien d'offres un candidat peut-il postuler ?")]
    public void HowManyOneCandidateMayApplyToIsTheLimitNotACount(string question)
    {
        Assert.Equal(Topic.ApplicationLimit, Assert.Single(Assert.IsType<FactsReply>(Ask(question).Reply).Groups).Topic);
        Assert.IsType<StaffCountsReply>(Ask("how many candidates applied?").Reply);
        Assert.IsType<StaffCountsReply>(Ask("combien de candidats ont postulé ?").Reply);
    }

    [Fact]
    public void AFactAboutOneselfIsNeverAQuestionForStaffCounts() =>
        Assert.IsType<QuickEligibilityReply>(Ask("j'ai 19 ans, je peux candidater au stage OCIO ?").Reply);

    [Fact]
    public void ItsAfterAUnitIsThatUnitForOneTurn()
    {
        var first = Ask("what does BRM stand for?");
        Assert.NotNull(first.Next.LastUnit);
        var roleOutcome = Ask("and what's its role?", first.Next);
        var role = Assert.IsType<PassagesReply>(roleOutcome.Reply);
        Assert.Contains(role.Passages, p => p.Unit?.Abbreviation == "BRM");
        var from = Assert.IsType<PassagesReply>(Ask("which internship notice is that from?", roleOutcome.Next).Reply);
        Assert.All(from.Passages, p => Assert.Equal("ictm", p.Vacancy.Slug));

        // Another subject in between: "its" no longer means the unit.
        var between = Ask("what is the grant for KM?", first.Next);
        Assert.Null(between.Next.LastUnit);
    }

    [Theory]
    [InlineData("Which internship involves building SharePoint pages with HTML and CSS?", "km")]
    [InlineData("Quel stage parle des archives de l'OTAN ?", "ictm")]
    public void TheOneVacancyAPassageAnswerNamesIsItForTheNextTurn(string question, string slug)
    {
        var found = Ask(question);
        Assert.IsType<PassagesReply>(found.Reply);
        var deadline = Assert.IsType<FactsReply>(Ask("what's its deadline?", found.Next).Reply);
        Assert.Equal([slug], deadline.Groups[0].Facts.Select(f => f.Vacancy.Slug));
    }

    [Theory]
    // "En gros" is "roughly", not a gross amount of pay (and so not a question about tax).
    [InlineData("ictm cest quoi en gros", "ictm")]
    [InlineData("en gros on fait quoi au nds", "nds")]
    public void EnGrosAsksRoughlyNotAboutGrossPay(string question, string slug)
    {
        var about = Ask(question).Reply switch
        {
            PassagesReply passages => passages.Passages.Select(p => p.Vacancy.Slug).Distinct().ToList(),
            FactsReply facts => facts.Groups.Where(g => g.Topic is Topic.About or Topic.Tasks).SelectMany(g => g.Facts).Select(f => f.Vacancy.Slug).Distinct().ToList(),
            var other => throw new Xunit.Sdk.XunitException($"unexpected {other.GetType().Name}"),
        };
        Assert.Equal([slug], about);
    }

    [Theory]
    // "Too" points back: it asks for the same thing of another vacancy, not for an upper age limit ("am I too old?").
    [InlineData("When is the info session?", "is there one for ICTM too?", Topic.InfoSession)]
    [InlineData("What's the grant for KM?", "is there one for ICTM too?", Topic.Grant)]
    public void OneForAnotherVacancyTooIsTheSameQuestionOfIt(string first, string then, Topic topic)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(AskAt("2025-06-10T12:00:00Z", then, AskAt("2025-06-10T12:00:00Z", first).Next).Reply).Groups);
        Assert.Equal(topic, group.Topic);
        Assert.Equal("ictm", Assert.Single(group.Facts).Vacancy.Slug);
    }

    [Fact]
    public void WhetherTheInfoSessionIsStillAheadKeepsTheSessionForTheNextTurn()
    {
        var session = AskAt("2025-06-10T12:00:00Z", "When is the info session?");
        var ahead = AskAt("2025-06-10T12:00:00Z", "is that still ahead of us?", session.Next);
        Assert.IsType<TimelineReply>(ahead.Reply);
        Assert.Equal([Topic.InfoSession], ahead.Next.LastTopics);
        var ictm = Assert.IsType<FactsReply>(AskAt("2025-06-10T12:00:00Z", "does ICTM have one too?", ahead.Next).Reply);
        Assert.Equal(Topic.InfoSession, Assert.Single(ictm.Groups).Topic);
    }

    // What sets the scene is not what is asked: missing the webinar is the occasion, e-mailing the recruiters the
    // question (no enquiries are answered); what the asker already knows (a deadline) leaves what follows it (the start).
    [Theory]
    [InlineData("I wanted to ask my questions at the webinar but I missed it. Can I email the recruiters instead?", Topic.Enquiries)]
    [InlineData("J'ai raté le webinaire : puis-je plutôt envoyer mes questions par mail aux recruteurs ?", Topic.Enquiries)]
    [InlineData("jai vu que l'ictm ferme fin avril 2026, ca commence quand le stage du coup ?", Topic.Start)]
    [InlineData("I read that KM closes on 22 June; when would the internship itself start?", Topic.Start)]
    public void WhatSetsTheSceneIsNotWhatIsAsked(string question, Topic asked) =>
        Assert.Equal(asked, LeadingTopic(question));

    [Theory]
    // Spotting a typo is noticing a mistake, not a spot (a place) in the internship.
    [InlineData("and if I spot a typo in it tomorrow?")]
    [InlineData("et si je repère une faute de frappe après coup ?")]
    public void SpottingATypoAfterApplyingIsAboutChangesAfterTheDeadline(string then) =>
        Assert.Equal(Topic.UpdatesAfterDeadline, Assert.IsType<FactsReply>(AskAt("2025-06-22T20:00:00Z", then, AskAt("2025-06-22T20:00:00Z", "Can I still get my JIS application in?").Next).Reply).Groups[0].Topic);

    [Theory]
    [InlineData("What does the KM intern get to learn?", "what about the NDS intern?")]
    [InlineData("Qu'apprend-on pendant le stage KM ?", "et au NDS ?")]
    public void ANoticeListingNothingTheInternGainsGivesItsWorkInstead(string first, string then)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        Assert.Equal([Topic.LearningOutcomes, Topic.Tasks], reply.Groups.Select(g => g.Topic));
        Assert.False(reply.Groups[0].Facts.Single().Stated);
        Assert.Contains(reply.Groups[1].Facts.Single().Items, i => i.En.Contains("drafting", StringComparison.Ordinal));
        // A notice that lists them answers with them alone.
        Assert.Equal([Topic.LearningOutcomes], Assert.IsType<FactsReply>(Ask(first).Reply).Groups.Select(g => g.Topic));
    }

    [Theory]
    [InlineData("How old do you have to be for the KM internship?", "and is there a maximum?")]
    [InlineData("Quel âge minimum pour le JIS ?", "et il y a un maximum ?")]
    public void AMaximumRightAfterTheMinimumAgeIsAnUpperAgeLimit(string first, string then)
    {
        Assert.Equal("maxAge", Assert.IsType<NotCoveredReply>(Ask(then, Ask(first).Next).Reply).Aspect.Id);
        // Said of the applications, the same words are their number.
        Assert.Equal(Topic.ApplicationLimit, LeadingTopic("is there a maximum?"));
    }

    [Fact]
    public void AUnitAnsweredNamesItsVacancyForTheNextTurn()
    {
        var unit = Ask("Qui protège le Secrétaire général au quotidien ?");
        Assert.Equal("jis", unit.Next.CurrentVacancy);
        var deadline = Assert.IsType<FactsReply>(Ask("and its deadline?", unit.Next).Reply);
        Assert.Equal(["jis"], deadline.Groups[0].Facts.Select(f => f.Vacancy.Slug));
    }

    // Right after two of a vacancy's sections, "which of the two...?" chooses between its sections.
    [Theory]
    [InlineData("what does the CPU do at JIS?", "and the SIB?", "which of the two guards the Secretary General?", "CPU")]
    [InlineData("what does DSP do?", "and DOT?", "which of the two works on operations?", "DOT")]
    public void WhichOfTheTwoRightAfterTwoSectionsIsOneOfThem(string first, string second, string which, string abbreviation)
    {
        var two = Ask(second, Ask(first).Next);
        var reply = Assert.IsType<PassagesReply>(Ask(which, two.Next).Reply);
        Assert.All(reply.Passages, p => Assert.Equal(abbreviation, p.Unit?.Abbreviation));
    }

    [Fact]
    public void WhichMentionAiInTheirWorkSearchesTheWorkNotThePolicy()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("which internships mention artificial intelligence in their work?").Reply);
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "ictm");
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "nds");
        Assert.Equal(Topic.GenerativeAi, Assert.Single(Assert.IsType<FactsReply>(Ask("which notices mention ChatGPT?").Reply).Groups).Topic);
    }

    // A one-word French follow-up is French ("pourquoi ?", "lesquels ?").
    [Theory]
    [InlineData("pourquoi ?", Language.French)]
    [InlineData("lesquels ?", Language.French)]
    [InlineData("why?", Language.English)]
    public void AOneWordFollowUpIsAnsweredInItsLanguage(string text, Language language) =>
        Assert.Equal(language, LanguageDetector.Detect(text, null));

    [Fact]
    public void FrenchToucherIsPayOnlyWhenItIsAboutMoney()
    {
        Assert.Equal([Topic.Grant], Assert.IsType<FactsReply>(Ask("combien touche-t-on par mois ?").Reply).Groups.Select(g => g.Topic));
        var work = Ask("le stage JIS ça touche à la cybersécurité ?").Reply;
        Assert.False(work is FactsReply f && f.Groups.Any(g => g.Topic == Topic.Grant), "'ça touche à' was read as pay");
    }

    [Fact]
    public void EnglishTheseIsNotAFrenchThesis()
    {
        const string text = "I just found these notices. What have I already missed?";
        Assert.Null(FactsIn(text).DegreeLevel);
    }

    [Fact]
    public void AskingWhetherSomethingIsRequiredIsAnsweredWithWhatIsRequiredAndWhatIsOnlyAnAdvantageEvenWithOneFactAboutThePerson()
    {
        var reply = Assert.IsType<FactsReply>(Ask("do i need a masters degree already to apply for NDS? i'm doing my bachelor").Reply);
        Assert.Equal([Topic.EssentialCriteria, Topic.DesirableCriteria], reply.Groups.Select(g => g.Topic));
    }

    [Fact]
    public void AnAbbreviationTheNoticesUseIsAnsweredFromThePassagesThatUseItAsWritten()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("What does NOS stand for and what is it in charge of?").Reply);
        Assert.NotEmpty(reply.Passages);
        Assert.All(reply.Passages, p => Assert.Contains("NOS", p.Text.En, StringComparison.Ordinal));
        // In lower case it is French "our", not the office.
        Assert.IsNotType<PassagesReply>(Ask("Quels sont nos droits pendant le stage ?").Reply);
    }

    [Theory]
    [InlineData("In the OCIO internship, will I be writing talking points for senior staff?", "speaking notes")]
    [InlineData("KM internship: am I basically a helpdesk for people using the collaboration tools?", "support")]
    public void WorkDescribedInOtherWordsFindsTheTaskThatSaysIt(string question, string expected)
    {
        var outcome = Ask(question);
        var text = outcome.Reply switch
        {
            PassagesReply p => string.Join(" ", p.Passages.Select(x => x.Text.En)),
            FactsReply f => string.Join(" ", f.Groups.SelectMany(g => g.Facts).SelectMany(x => x.Items.Select(i => i.En).Append(x.Summary?.En ?? ""))),
            var other => other.ToString(),
        };
        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AWeakGuessFromOneWordLosesToAPassageHoldingMoreOfTheQuestion()
    {
        // "sit in meetings" is not the programme's web site, and the work described is what answers.
        var reply = Assert.IsType<PassagesReply>(Ask("in the knowledge mgmt internship would i build things with html and css or just sit in meetings?").Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionAboutARuleIsNotTakenForAPersonsFacts() =>
        Assert.IsNotType<QuickEligibilityReply>(Ask("Does a PhD candidate count as a student?").Reply);

    [Fact]
    public void AFreeTextEligibilityQuestionIsAnsweredByTheEngineForEveryVacancyGroupedByOutcome()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("I'm 20, can I apply?").Reply);

        // Same rules everywhere, but ICTM closed on another day: two groups, every vacancy covered once.
        Assert.Equal(["ictm", "jis", "km", "nds", "ocio"], reply.Groups.SelectMany(g => g.Vacancies).Select(v => v.Slug).Order());
        Assert.Equal(2, reply.Groups.Count);
        Assert.All(reply.Groups, g => Assert.Equal(Outcome.Failed, g.Results.Single(r => r.Criterion == "age").Outcome));
        Assert.All(reply.Groups, g => Assert.StartsWith("No:", g.Verdict.En, StringComparison.Ordinal));
    }

    [Fact]
    public void ArbitraryTextNeverThrowsAndAlwaysGetsAReply()
    {
        var words = Gen.Elements("nds", "KM", "deadline", "grant", "?", "I'm", "20", "je suis", "é", "<at>x</at>", "'", "", " ", "250775", "security clearance", "\u0000", "😀", "français",
            "and for", "which", "latest", "still open", "italo-", "\ud800", "DIMS", "how many", "j'ai");
        var texts = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""), Gen.ListOf(words).Select(w => string.Join(' ', w)));
        var contexts = Gen.Elements(new QuestionContext(), new QuestionContext("nds") { LastTopics = [Topic.Grant] }, new QuestionContext("ictm") { Profile = new PersonalFacts { Age = 30 } });
        Prop.ForAll(texts.ToArbitrary(), Arb.From(Gen.Elements<string?>(null, "en-US", "fr-FR", "xx")), contexts.ToArbitrary(), (text, locale, context) =>
        {
            var outcome = Answerer.Answer(text, locale, context);
            Assert.NotNull(outcome.Reply);
            if (outcome.Reply is FactsReply facts)
            {
                Assert.All(facts.Groups.SelectMany(g => g.Facts).Where(f => f.Stated), f => Assert.NotNull(f.Summary));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }

    [Theory]
    [InlineData("what's this pool of candidates thing in the NDS notice?", "does the ICTM notice say the same?", "ictm", true, "Yes, the same as in the NDS notice.")]
    [InlineData("Can I use ChatGPT to polish my KM application?", "Does that rule apply to the JIS vacancy as well?", "jis", true, "Yes, the same as in the KM notice.")]
    [InlineData("Quelle est la date limite pour le KM ?", "Et pour l'ICTM, c'est pareil ?", "ictm", false, "Non, ce n'est pas la même chose que dans l'avis KM.")]
    [InlineData("what's the NDS grant?", "is it any different for KM?", "km", true, "No, no difference: the same as in the NDS notice.")]
    [InlineData("when is the KM deadline?", "is it different for ICTM?", "ictm", false, "Yes, it differs from the KM notice.")]
    [InlineData("c'est quoi la bourse du NDS ?", "c'est différent pour le KM ?", "km", true, "Non, aucune différence : c'est la même chose que dans l'avis NDS.")]
    [InlineData("My friend is 22, a Belgian student. Is she old enough for NDS?", "and if she tried OCIO instead, is the age rule any different there?", "ocio", true, "No, no difference: the same as in the NDS notice.")]
    // (After an answer about every vacancy, the one asked about is compared with all the others; "same list for" and
    // "ça vaut aussi pour" ask for another vacancy.)
    [InlineData("Quelle est la règle sur l'IA générative pour les candidatures ?", "ça vaut aussi pour l'ICTM ?", "ictm", true, "Oui, c'est la même chose que dans les avis JIS, KM, NDS et OCIO.")]
    [InlineData("What competencies do they want for OCIO?", "same list for JIS?", "jis", true, "Yes, the same as in the OCIO notice.")]
    public void AskingWhetherAnotherNoticeSaysTheSameIsAnsweredFirst(string first, string then, string vacancy, bool same, string sentence)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        Assert.Equal(vacancy, Assert.Single(reply.Groups[0].Facts).Vacancy.Slug);
        Assert.NotNull(reply.Compared);
        Assert.Equal(same, reply.Compared.Same);
        Assert.Equal(sentence, reply.Compared.Sentence.In(reply.Language));
    }

    [Theory]
    [InlineData("which vacancies say anything about a security clearance?", "what level?", Topic.Clearance)]
    [InlineData("do I need French for KM?", "quel niveau ?", Topic.Languages)]
    [InlineData("what's the grant for NDS?", "what level?", Topic.Grade)]
    // (A word the last topic explains only weakly is not held on it: "durée" after the hours is the internship's length.)
    [InlineData("Combien d'heures par semaine au KM ?", "Et la durée du stage ?", Topic.Duration)]
    public void OneWordTheLastTopicExplainsAsWellStaysOnIt(string first, string then, Topic expected) =>
        Assert.Equal(expected, Assert.Single(Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups).Topic);

    [Fact]
    public void AnotherVacancyAskedWithoutAskingWhetherItIsTheSameIsNotCompared() =>
        Assert.Null(Ask("and for ICTM?", Ask("what's this pool of candidates thing in the NDS notice?").Next).Reply.Compared);

    [Theory]
    [InlineData("How many of the vacancies closed on 22 June 2025?", 4)]
    [InlineData("Combien d'offres se terminent le 22 juin 2025 ?", 4)]
    [InlineData("how many closed on April 30th 2026?", 1)]
    [InlineData("how many vacancies closed on 3 May 2025?", 0)]
    [InlineData("how many of these vacancies closed in 2025?", 4)]
    [InlineData("combien d'offres ont fermé en 2026 ?", 1)]
    public void CountingTheDeadlinesOnANamedDayCountsThoseOnThatDay(string question, int closing)
    {
        var reply = Assert.IsType<TimelineReply>(Ask(question).Reply);
        Assert.NotNull(reply.Counted);
        Assert.Equal(closing, reply.Counted.Closing.Count);
    }

    // What could have been done at a moment named ("could I still have applied", "aurais-je encore pu postuler") is
    // what was open then.
    [Theory]
    [InlineData("If I had started looking in February 2026, which ones could I still have applied to?")]
    [InlineData("en février 2026, à quels stages aurais-je encore pu postuler ?")]
    public void WhatCouldStillHaveBeenDoneAtAMomentNamedIsWhatWasOpenThen(string question)
    {
        var reply = Assert.IsType<TimelineReply>(Ask(question).Reply);
        Assert.Equal(TimelineView.Open, reply.View);
        Assert.Equal(2026, reply.AsOf?.Year);
        Assert.Equal(["ictm"], reply.Entries.Where(e => e.Event == TimelineEvent.Deadline && !e.Past).SelectMany(e => e.Vacancies).Select(v => v.Slug));
    }

    // Whether one is in time is whether the deadline has passed, whatever else the words suggest: sending an
    // application (where to send it), submitting it (changes after the deadline), "dernière minute" (no order of
    // deadlines). And "how many minutes exactly?" right after is the time left again.
    [Theory]
    [InlineData("submitting my NDS application right now - am I still in time??", "nds")]
    [InlineData("Il est 23h à Bruxelles, je peux encore envoyer ma candidature ICTM ?", "ictm")]
    [InlineData("Dernière minute : je peux encore envoyer ma candidature ICTM ?", "ictm")]
    [InlineData("il est 23h a bruxelles, je suis encore dans les temps pour l ictm ?", "ictm")]
    public void WhetherOneIsStillInTimeIsWhetherTheDeadlineHasPassed(string question, string vacancy)
    {
        var reply = Assert.IsType<TimelineReply>(AskAt("2026-04-30T21:00:00Z", question).Reply);
        Assert.Equal(TimelineView.Open, reply.View);
        Assert.Equal([vacancy], reply.Entries.Where(e => e.Event == TimelineEvent.Deadline).SelectMany(e => e.Vacancies).Select(v => v.Slug));
    }

    [Theory]
    [InlineData("am I still in time for KM??", "how many minutes exactly?")]
    [InlineData("cest encore bon pour le KM ce soir ?", "et combien de temps exactement")]
    public void TheTimeAskedForAloneRightAfterADeadlineIsThatDeadlinesTimeLeft(string first, string then)
    {
        var inTime = AskAt("2025-06-22T21:00:00Z", first);
        var reply = Assert.IsType<FactsReply>(AskAt("2025-06-22T21:00:00Z", then, inTime.Next).Reply);
        Assert.Equal([Topic.Deadline], reply.Groups.Select(g => g.Topic));
    }

    // Asking what would suit someone in other words: "un stage qui correspond ?", "which would she like most?".
    [Theory]
    [InlineData("Je suis archiviste de formation, y a-t-il un stage qui correspond ?", "ictm")]
    [InlineData("my sister is a records manager at a ministry - which internship would she like most?", "ictm")]
    [InlineData("I studied political science and what I enjoy most is writing briefing notes and talking points for senior people. Which notice is closest to that?", "ocio")]
    [InlineData("J'ai été garde du corps pendant 4 ans. Quel stage pourrait valoriser ça ?", "jis")]
    [InlineData("stage pour qqn qui a fait un master en gestion de crise et securite des personnalites ?", "jis")]
    public void WhatWouldSuitSomeoneAskedInOtherWordsIsAMatch(string question, string vacancy)
    {
        Assert.True(Answerer.Reader.Read(question).Has(Core.Understanding.AnswerForms.Fit));
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Contains(vacancy, reply.Vacancies.Select(v => v.Slug));
    }

    // A person described, then "which competency is that?": the competency whose description holds it, as every notice
    // lists it (each once); asking for the list with a qualifier is still the list.
    [Theory]
    [InlineData("I'm the type who jumps on problems the moment they pop up. Which listed competency is that?", "Initiative")]
    [InlineData("Je bosse déjà avec plein d'interlocuteurs et je garde toujours une communication claire. C'est quelle compétence dans l'annonce ?", "Customer service orientation")]
    [InlineData("On me reproche de ne pas assez relire mon travail. Ça correspond à quelle compétence de l'annonce ?", "Clarity and accuracy")]
    public void ACompetencyDescribedIsTheOneWhoseDescriptionHoldsIt(string question, string competency)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.All(reply.Passages, p => Assert.Equal(Topic.Competencies, p.Topic));
        Assert.StartsWith(competency + ":", reply.Passages[0].Text.En, StringComparison.Ordinal);
        Assert.Equal(ShippedCatalogue.Value.All.Count, reply.Vacancies.Count);
        Assert.All(reply.Passages.GroupBy(p => p.Vacancy), passages => Assert.Equal(passages.Count(), passages.Select(p => p.Text.En).Distinct().Count()));
        Assert.Equal([Topic.Competencies], Assert.IsType<FactsReply>(Ask("Quelles compétences comportementales sont attendues pour le stage KM ?").Reply).Groups.Select(g => g.Topic));
    }

    // Asked whether notices say the same, the answer over several says yes or no first; "same deadline as NDS?" in a
    // conversation about OCIO compares the two.
    [Fact]
    public void WhetherNoticesSayTheSameIsAnsweredYesOrNo()
    {
        var grant = Assert.Single(Assert.IsType<FactsReply>(Ask("is the monthly grant the same at NDS and JIS?").Reply).Groups);
        Assert.StartsWith("Yes: the same in the JIS and NDS notices", grant.Lead?.En, StringComparison.Ordinal);

        var competencies = Ask("Quelles compétences l'OTAN demande-t-elle pour ces stages ?");
        var alike = Assert.Single(Assert.IsType<FactsReply>(Ask("Elles sont identiques pour les 5 ?", competencies.Next).Reply).Groups);
        Assert.StartsWith("Oui : les 5 avis sont identiques", alike.Lead?.Fr, StringComparison.Ordinal);

        var ocio = Ask("what is the Private Office in the OCIO notice?");
        var deadline = Assert.IsType<FactsReply>(Ask("same deadline as NDS?", ocio.Next).Reply);
        Assert.Equal("nds", Assert.Single(Assert.Single(deadline.Groups).Facts).Vacancy.Slug);
        Assert.True(Assert.IsType<SameAsBefore>(deadline.Compared) is { Same: true, Before: [{ Slug: "ocio" }] });
    }

    // "C'est combien ?" asks how much, which counts nothing: "et le remboursement du voyage c combien" right after the
    // NDS's grant is the NDS's travel, and that no amount is given; "combien y a-t-il d'offres" still counts.
    [Fact]
    public void HowMuchInFrenchIsNoCount()
    {
        Assert.False(Answerer.Reader.Read("et le remboursement du voyage c combien").Has(Core.Understanding.AnswerForms.Count));
        Assert.True(Answerer.Reader.Read("combien y a-t-il d'offres ?").Has(Core.Understanding.AnswerForms.Count));
        var travel = Assert.IsType<FactsReply>(Ask("et le remboursement du voyage c combien", Ask("c quoi le montant de la bourse NDS").Next).Reply);
        Assert.Equal("nds", Assert.Single(Assert.Single(travel.Groups).Facts).Vacancy.Slug);
        Assert.Equal(AskedDetail.Amount, travel.UnstatedDetail?.Detail);
    }

    // The deadline in everyday French: "c'est ce soir la limite ?" (not the limit on applications), "c'est fichu ?"
    // (whether it has closed), "un autre qui ferme plus tard ?" (the one closing last).
    [Fact]
    public void TheDeadlineInEverydayFrenchIsTheDeadline()
    {
        var tonight = Assert.IsType<FactsReply>(AskAt("2025-06-22T19:00:00Z", "cest ce soir la limite pour le NDS?").Reply);
        Assert.Equal([Topic.Deadline], tonight.Groups.Select(g => g.Topic));
        var over = Assert.IsType<TimelineReply>(AskAt("2025-06-23T08:00:00Z", "Je voulais postuler au NDS hier soir mais j'ai oublié... c'est fichu ?").Reply);
        Assert.True(Assert.Single(over.Entries, e => e.Event == TimelineEvent.Deadline).Past);
        Assert.True(Answerer.Reader.Read("y en a un autre qui ferme plus tard ?").Has(Core.Understanding.AnswerForms.Latest));
    }

    // The catalogue says in its own words what the notice says DIMS ensures, integrity included (people ask for it).
    [Fact]
    public void WhatDimsEnsuresIncludesTheIntegrityOfOfficialInformation()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("what does DIMS guarantee about official information?").Reply);
        Assert.Equal("DIMS", reply.Passages[0].Unit?.Abbreviation);
        Assert.Contains("integrity", reply.Passages[0].Text.En, StringComparison.Ordinal);
        Assert.Contains("intégrité", reply.Passages[0].Text.Fr, StringComparison.Ordinal);
    }

    // What "it" is for, right after the info session, is the session's purpose, not what a team is for; a team's
    // purpose is still the team's.
    [Fact]
    public void WhatItIsForRightAfterOneTopicIsThatTopics()
    {
        var session = AskAt("2025-06-10T12:00:00Z", "Le webinaire c'est demain ?");
        Assert.Equal([Topic.InfoSession], Assert.IsType<FactsReply>(AskAt("2025-06-10T12:00:00Z", "Et il sert à quoi ?", session.Next).Reply).Groups.Select(g => g.Topic));
        Assert.Equal([Topic.About], Assert.IsType<FactsReply>(Ask("a quoi sert l'equipe KM ?", session.Next).Reply).Groups.Select(g => g.Topic));
    }

    // A language no notice names, asked about as a criterion, is said to be unmentioned; a nationality is the person's.
    [Theory]
    [InlineData("Is knowing German or Spanish an advantage?", "German")]
    [InlineData("Est-ce que parler allemand est un atout ?", "allemand")]
    [InlineData("I'm German, do I need French?", null)]
    public void ALanguageNoNoticeNamesAskedAboutAsACriterionIsUnmentioned(string question, string? unmentioned)
    {
        var reply = Ask(question).Reply;
        if (unmentioned is null)
        {
            Assert.Null(reply.Unmentioned);
        }
        else
        {
            Assert.Contains(reply.Unmentioned!.Words, w => w.Contains(unmentioned, StringComparison.Ordinal));
        }
    }

    // Each thing of a list asked for ("Python or Java", "German or Spanish") is said to be unmentioned, as written.
    [Theory]
    [InlineData("does the NDS need Python or Java?", "Python", "Java")]
    [InlineData("Is knowing German or Spanish an advantage?", "German", "Spanish")]
    public void EachThingOfAListAskedForIsSaidToBeUnmentioned(string question, string first, string second) =>
        Assert.Equal([first, second], Ask(question).Reply.Unmentioned!.Words);

    // A person described by a relative ("my nephew is Swiss"), in texting ("chui brésilienne"), or asking whether they
    // have the right to apply ("ai-je le droit de postuler ?") is checked; years lived somewhere are no graduation.
    [Theory]
    [InlineData("My nephew is Swiss. Can he apply for OCIO?", "CH")]
    [InlineData("my niece is norwegian and 23", "NO")]
    [InlineData("Je suis suédoise, ai-je le droit de postuler ?", "SE")]
    [InlineData("chui bresilienne mais jvis en france depuis 10 ans, je peux postuler?", "BR")]
    public void APersonDescribedInOtherWordsIsChecked(string question, string nationality)
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask(question).Reply);
        Assert.Equal(nationality, Assert.Single(reply.Facts.Nationalities).Alpha2);
        Assert.Null(reply.Facts.MonthsSinceGraduation);
    }

    // Equivalent education without any university: no years of university study (NoUniversityPattern), the equivalence
    // for the office to judge.
    [Theory]
    [InlineData("I'm Belgian, I never went to university but I have an equivalent qualification")]
    [InlineData("je suis belge, jamais allé à l'université mais j'ai une formation équivalente")]
    public void EquivalentEducationWithoutUniversityHasNoYearsOfStudy(string text)
    {
        var facts = FactsIn(text);
        Assert.True(facts.EquivalentEducation);
        Assert.Equal(0, facts.YearsCompleted);
    }

    // A nationality denied is not the person's: "sans la nationalité française", "not French but Norwegian",
    // "no English at all" (a language denied, never the United Kingdom).
    [Theory]
    [InlineData("Je suis ukrainienne et je vis en France depuis 10 ans, sans la nationalité française. Puis-je postuler ?", "UA")]
    [InlineData("I'm Ukrainian, I don't have French citizenship yet. Can I apply?", "UA")]
    [InlineData("je ne suis pas française mais suisse, je peux postuler ?", "CH")]
    [InlineData("I'm not French but Norwegian, 23, can I apply for KM?", "NO")]
    [InlineData("Our applicant speaks French only, no English at all. Can she apply to JIS?", "")]
    public void ANationalityDeniedIsNotThePersons(string question, string nationalities) =>
        Assert.Equal(nationalities, string.Join(",", FactsIn(question).Nationalities.Select(c => c.Alpha2)));

    // An age standing alone closes a sentence as it stands between commas ("Norwegian, 23. Can I apply?").
    [Theory]
    [InlineData("I'm not French but Norwegian, 23. Can I apply for KM?", 23)]
    [InlineData("Je suis belge, 22. Je peux postuler ?", 22)]
    public void ABareAgeClosingASentenceIsTheAge(string question, int age) =>
        Assert.Equal(age, FactsIn(question).Age);

    // The person described for a match ("I'm 24, Italian, final-year master's: which internship fits?") is the one
    // checked by a bare "am I eligible?" next.
    [Fact]
    public void ThePersonDescribedForAMatchIsCheckedNext()
    {
        var fit = Ask("I'm 24, Italian, final-year master's in archival science. Which internship fits?");
        Assert.Equal(PassageUse.Fit, Assert.IsType<PassagesReply>(fit.Reply).Use);
        var check = Assert.IsType<QuickEligibilityReply>(Ask("am I eligible?", fit.Next).Reply);
        Assert.Equal(24, check.Facts.Age);
        Assert.Equal("IT", Assert.Single(check.Facts.Nationalities).Alpha2);
        Assert.IsNotType<QuickEligibilityReply>(Ask("am I eligible?").Reply);
    }

    // "Where can I find one then?" right after a notice was silent on a topic: what the other notices state of it.
    [Theory]
    [InlineData("Does the OCIO notice give a Zoom link for the webinar?", "where can I find one then?")]
    [InlineData("L'annonce OCIO donne-t-elle le lien Zoom du webinaire ?", "où le trouver alors ?")]
    public void WhereToFindItElsewhereIsWhatTheOtherNoticesState(string first, string then)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups);
        Assert.Equal(Topic.InfoSession, group.Topic);
        Assert.Equal(["jis", "km", "nds", "ocio"], group.Facts.Where(f => f.Stated).Select(f => f.Vacancy.Slug).Order());
    }

    // "How many can I still apply to, and which closes first?": how many are open at the moment asked, then the ranking.
    [Theory]
    [InlineData("2025-06-18T12:00:00Z", "Still open: all 5 (JIS, KM, NDS, OCIO and ICTM). Earliest: ")]
    [InlineData("2025-06-25T12:00:00Z", "Still open: 1 of 5 (ICTM). Earliest: ")]
    [InlineData("2026-06-01T12:00:00Z", "None of the 5 is still open. Earliest: ")]
    public void HowManyAreStillOpenLeadsTheRankingOfDeadlines(string now, string lead)
    {
        var group = Assert.IsType<FactsReply>(AskAt(now, "How many of the vacancies can I still apply to today, and which deadline comes first?").Reply).Groups[0];
        Assert.Equal(Topic.Deadline, group.Topic);
        Assert.StartsWith(lead, group.Lead!.En, StringComparison.Ordinal);
    }

    // The field studied is asked beside the level: the criteria on studies answer, and no notice names a field. Someone
    // describing their own field asks something else.
    [Theory]
    [InlineData("Which degree subject does JIS want its interns to have studied?", "jis")]
    [InlineData("Does any notice specifically ask for a law degree?", "")]
    [InlineData("Le stage KM exige-t-il un diplôme en informatique ?", "km")]
    [InlineData("Quelles études précises faut-il avoir faites pour le NDS ?", "nds")]
    public void NoNoticeNamesAFieldOfStudy(string question, string vacancy)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal(Topic.EssentialCriteria, reply.Groups[0].Topic);
        Assert.Equal(AskedDetail.FieldOfStudy, reply.UnstatedDetail!.Detail);
        Assert.Equal(vacancy.Length == 0, reply.UnstatedDetail.AllVacancies);
        Assert.Equal(vacancy.Length == 0 ? [] : [vacancy], reply.UnstatedDetail.Vacancies.Select(v => v.Slug));
    }

    [Fact]
    public void OnesOwnFieldIsNoQuestionOfWhichFieldIsAskedFor() =>
        Assert.Equal(AskedDetail.None, AskedDetails.In(Core.Understanding.TextNormaliser.Normalise("I'm a woman with an engineering background. Does ICTM actually want applicants like me?")));

    // "The ICTM call" is the vacancy (a call for applications), not a phone call; "does it cover ... too?" asks the same
    // again for it. Calling an office is still a call.
    [Fact]
    public void AVacancysCallIsTheVacancyNotAPhoneCall()
    {
        var session = AskAt("2025-06-05T10:00:00Z", "When's the info session?");
        var group = Assert.Single(Assert.IsType<FactsReply>(AskAt("2025-06-05T10:00:00Z", "does it cover the ICTM call too?", session.Next).Reply).Groups);
        Assert.Equal(Topic.InfoSession, group.Topic);
        Assert.Equal(["ictm"], group.Facts.Select(f => f.Vacancy.Slug));
        Assert.Equal(Topic.Enquiries, LeadingTopic("can I call the KM office?"));
    }

    // Whether the candidate chooses the branch or team, which no notice covers, however well the units' names match: said
    // so, with the vacancy's units beside it.
    [Theory]
    [InlineData("If I get the NDS internship, do I get to choose between DSP, DOT and DSI?", "nds")]
    [InlineData("Can I choose which JIS team I am placed in - close protection, NOS and so on?", "jis")]
    [InlineData("Au JIS, est-ce qu'on choisit soi-même entre la cybersécurité, la Close Protection Unit ou la Security Force ?", "jis")]
    public void WhetherTheCandidateChoosesTheUnitIsSaidToBeUnstated(string question, string vacancy)
    {
        var reply = Assert.IsType<NotCoveredReply>(Ask(question).Reply);
        Assert.Equal("choosePlacement", reply.Aspect.Id);
        Assert.Equal([vacancy], reply.Vacancies.Select(v => v.Slug));
        Assert.Equal(Topic.Units, Assert.Single(reply.Related).Topic);
    }

    // A follow-up that keeps the topic keeps the detail asked with it: "and NDS?" after KM's programming languages asks
    // NDS's, which its notice does not name; a question of its own next ("what's the grant?") does not.
    [Theory]
    [InlineData("Which programming languages would a KM intern use?", "and NDS?")]
    [InlineData("Does the KM internship need coding skills?", "and NDS?")]
    [InlineData("Faut-il savoir programmer pour le KM ?", "et pour le NDS ?")]
    public void AFollowUpKeepsTheDetailAskedWithItsTopic(string first, string then)
    {
        var asked = Ask(first);
        Assert.Equal(AskedDetail.ProgrammingLanguage, asked.Next.LastDetail);
        var followUp = Ask(then, asked.Next);
        var reply = Assert.IsType<FactsReply>(followUp.Reply);
        Assert.Equal(["nds"], reply.UnstatedDetail!.Vacancies.Select(v => v.Slug));
        Assert.Equal(AskedDetail.None, Ask("what's the grant?", followUp.Next).Next.LastDetail);
    }

    // A follow-up naming another vacancy after a point no notice covers asks the same point of it; "how much is it?"
    // asks for the grant the answer showed beside it, of the same vacancy.
    [Theory]
    [InlineData("Is the OCIO grant taxed?", "and for KM?", "km")]
    [InlineData("La bourse de l'OCIO est brute ou nette ?", "et pour le KM ?", "km")]
    [InlineData("Is there housing for KM interns?", "and for NDS?", "nds")]
    public void AFollowUpNamingAnotherVacancyKeepsThePointNoNoticeCovers(string first, string then, string other)
    {
        var asked = Ask(first);
        var aspect = Assert.IsType<NotCoveredReply>(asked.Reply).Aspect;
        Assert.Equal(aspect.Id, asked.Next.LastAspect);
        var followUp = Assert.IsType<NotCoveredReply>(Ask(then, asked.Next).Reply);
        Assert.Equal(aspect.Id, followUp.Aspect.Id);
        Assert.Equal([other], followUp.Vacancies.Select(v => v.Slug));
    }

    [Theory]
    [InlineData("Is the OCIO grant taxed?", "how much is it?")]
    [InlineData("La bourse de l'OCIO est brute ou nette ?", "elle fait combien ?")]
    [InlineData("La bourse de l'OCIO est brute ou nette ?", "et ça vaut combien ?")]
    public void HowMuchAfterAPointNoNoticeCoversIsTheFactShownBesideIt(string first, string then)
    {
        var reply = Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply);
        var group = Assert.Single(reply.Groups);
        Assert.Equal(Topic.Grant, group.Topic);
        Assert.Equal(["ocio"], group.Facts.Select(f => f.Vacancy.Slug));
    }

    // A stored aspect is an id of letters; anything else read back from a store is dropped, not trusted.
    [Theory]
    [InlineData("tax", "tax")]
    [InlineData("tax; drop", null)]
    [InlineData("", null)]
    public void AStoredAspectIsReadBackOnlyAsAnIdOfLetters(string stored, string? read) =>
        Assert.Equal(read, Core.Conversations.ConversationStateJson.Read($$"""{"Aspect":"{{stored}}"}""", 1).LastAspect);

    // How many are still open is worded once, for the timeline and the ranking alike; of one vacancy, no "1 of 1".
    [Theory]
    [InlineData("ICTM", 1, "Still open: ICTM.", "Encore ouvert : ICTM.")]
    [InlineData("", 1, "No longer open.", "Plus ouvert.")]
    [InlineData("ICTM", 5, "Still open: 1 of 5 (ICTM).", "Encore ouverts : 1 sur 5 (ICTM).")]
    [InlineData("JIS,KM", 2, "Still open: all 2 (JIS and KM).", "Encore ouverts : les 2 (JIS et KM).")]
    [InlineData("", 5, "None of the 5 is still open.", "Aucun des 5 n'est encore ouvert.")]
    public void HowManyAreStillOpenIsWordedOnce(string open, int total, string en, string fr)
    {
        var text = StillOpen.Of(open.Split(',', StringSplitOptions.RemoveEmptyEntries), total);
        Assert.Equal((en, fr), (text.En, text.Fr));
    }

    // "Any of them" asks about every vacancy, whichever was named; the one still open is what "its" means next, and "the
    // one that's still open" is whichever is open now.
    [Fact]
    public void TheOneStillOpenIsWhatFollowsRefersTo()
    {
        const string now = "2025-06-23T08:00:00Z";
        var open = AskAt(now, "Missed the NDS deadline by a few hours. Are any of them still open?");
        var timeline = Assert.IsType<TimelineReply>(open.Reply);
        Assert.Equal(["ictm"], timeline.Entries.Where(e => e is { Event: TimelineEvent.Deadline, Past: false }).SelectMany(e => e.Vacancies).Select(v => v.Slug));
        var grant = Assert.Single(Assert.IsType<FactsReply>(AskAt(now, "what's its grant?", open.Next).Reply).Groups);
        Assert.True(grant.Facts is [{ Vacancy.Slug: "ictm" }], string.Join(",", grant.Facts.Select(f => f.Vacancy.Slug)));

        var others = AskAt("2026-03-10T14:00:00Z", "and when did the others close?", AskAt("2026-03-10T14:00:00Z", "Which of the five vacancies can someone still apply for today?").Next);
        var theOpenOne = Assert.Single(Assert.IsType<FactsReply>(AskAt("2026-03-10T14:00:00Z", "what's the monthly grant for the one that's still open?", others.Next).Reply).Groups, g => g.Topic == Topic.Grant);
        Assert.True(theOpenOne.Facts is [{ Vacancy.Slug: "ictm" }], string.Join(",", theOpenOne.Facts.Select(f => f.Vacancy.Slug)));
    }

    // "Does it still count?" about an application asks whether it is in time, not what to attach.
    [Theory]
    [InlineData("If I send my NDS application on 23 June, does it still count?")]
    [InlineData("si j'envoie ma candidature NDS demain, elle est encore valable ?")]
    public void WhetherAnApplicationStillCountsIsWhetherItIsInTime(string question)
    {
        var reply = Assert.IsType<TimelineReply>(AskAt("2025-06-20T10:00:00Z", question).Reply);
        Assert.Contains(reply.Entries, e => e.Vacancies.Any(v => v.Slug == "nds"));
    }

    // "Still open, and what does it pay?": the deadline (open or closed, today) answers the first part, the topic the second.
    [Theory]
    [InlineData("Je vise l'ICTM : c'est encore ouvert, et ça paie combien ?", Topic.Grant)]
    [InlineData("Is KM still open, and is there telework?", Topic.Telework)]
    // (A topic asked on its own after the join, however closely its words match: "what does it pay?".)
    [InlineData("ICTM is still open, right? And what does it pay?", Topic.Grant)]
    public void WhetherItIsStillOpenIsAnsweredBesideTheTopic(string question, Topic topic) =>
        Assert.Equal([Topic.Deadline, topic], Assert.IsType<FactsReply>(AskAt("2025-06-01T10:00:00Z", question).Reply).Groups.Select(g => g.Topic));

    // Two questions in one message, the first about something no notice states: it is said to be unstated, and the
    // second is answered beside it.
    [Theory]
    [InlineData("How many interns does JIS want, and how long is the internship?")]
    [InlineData("Combien de stagiaires prend le KM, et combien de temps dure le stage ?")]
    [InlineData("Combien de stagiaires prend le JIS et pour combien de temps ?")]
    public void AnUnstatedFirstQuestionKeepsTheSecondAnswered(string question)
    {
        var reply = Assert.IsType<NotCoveredReply>(Ask(question).Reply);
        Assert.Equal("places", reply.Aspect.Id);
        Assert.Contains(reply.Related, g => g.Topic == Topic.Duration && g.Facts.Any(f => f.Stated));
    }

    // One vacancy named beside "the others" is that one and every other, the one named first.
    [Theory]
    [InlineData("c koi la difference de date limite entre lictm et les autres")]
    [InlineData("r the docs needed any different for ICTM vs the others?")]
    public void OneVacancyAndTheOthersIsEveryVacancyTheNamedOneFirst(string question)
    {
        var group = Assert.IsType<FactsReply>(Ask(question).Reply).Groups[0];
        Assert.Equal(5, group.Facts.Select(f => f.Vacancy).Distinct().Count());
    }

    // How many notices state a fact, asked in French, counts the notices that state it ("précisent" is no passage search).
    [Fact]
    public void HowManyNoticesStateAFactCountsThem()
    {
        var duration = Assert.Single(Assert.IsType<FactsReply>(Ask("Combien d'offres précisent la durée du stage ?").Reply).Groups);
        Assert.Equal(Topic.Duration, duration.Topic);
        Assert.Equal(4, duration.Facts.Count(f => f.Stated));
    }

    // "Being Turkish" is a nationality, whatever language the word also names.
    [Fact]
    public void BeingACountrysNationalIsANationality() =>
        Assert.Equal(["TR"], FactsIn("Is being Turkish okay for applying?").Nationalities.Select(c => c.Alpha2));

    // Graduating later than today is still studying: the student route decides, not "a degree obtained 0 months ago".
    [Fact]
    public void GraduatingLaterIsStillStudying()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(AskAt("2025-06-05T10:00:00Z", "I'm graduating in July 2025 and I'm still enrolled now. Can I apply to KM today?").Reply);
        var education = Assert.Single(Assert.Single(reply.Groups).Results, r => r.Criterion == "education");
        Assert.Equal(Outcome.Passed, education.Outcome);
        Assert.Equal("Is currently a student, which the notice accepts in place of 2 years of university-level study.", education.Reason.En);
    }

    // What one does "for a living" is one's trade, not where one lives.
    [Fact]
    public void ATradeForALivingIsNoQuestionOfHousing() =>
        Assert.Contains(Assert.IsType<PassagesReply>(Ask("I design e-learning modules for a living (Articulate Storyline etc). where would that help?").Reply).Passages,
            p => p.Vacancy.Slug == "jis" && p.Text.En.Contains("e-learning", StringComparison.Ordinal));

    // What no notice covers still comes with the nearest thing they state: a city transport pass, with the travel the
    // notices reimburse (joining and leaving); days off, with the hours and how long the internship lasts; housing, with
    // the grant.
    [Theory]
    [InlineData("L'abonnement de transport en commun (STIB) est-il remboursé aux stagiaires ?", "transport", Topic.Travel)]
    [InlineData("How many days of leave do interns get over the six months?", "leave", Topic.Duration)]
    [InlineData("Is accommodation provided for the interns?", "housing", Topic.Grant)]
    public void AnUncoveredAspectComesWithTheNearestStatedFact(string question, string aspect, Topic related)
    {
        var reply = Assert.IsType<NotCoveredReply>(Ask(question).Reply);
        Assert.Equal(aspect, reply.Aspect.Id);
        Assert.Contains(reply.Related, g => g.Topic == related && g.Facts.Any(f => f.Stated));
    }

    // "..., and when does it close?" after another question, however it is asked (the closing words are read as a
    // question of their own): the vacancies the answer is about carry their deadline too, after the answer or as a
    // deadline group of its own beside the topic.
    [Theory]
    [InlineData("Front-end developer here. Which vacancy suits me, and when does it close?", "km")]
    [InlineData("What does the DSI team do at NDS, and is it still open?", "nds")]
    [InlineData("Que fait la DSI au NDS, et c'est encore ouvert ?", "nds")]
    [InlineData("I study archives: which ICTM team would suit me, and could I still apply?", "ictm")]
    [InlineData("Quelle équipe du JIS fait de la cybersécurité, et on a encore le temps de postuler ?", "jis")]
    public void AClosingQuestionAboutTheDeadlineAddsTheVacanciesDeadlines(string question, string vacancy)
    {
        var reply = AskAt("2025-06-01T10:00:00Z", question).Reply;
        var dated = reply is FactsReply facts ? facts.Groups.Where(g => g.Topic == Topic.Deadline).SelectMany(g => g.Facts).Select(f => f.Vacancy) : [];
        Assert.Contains(vacancy, reply.DeadlinesAsked.Concat(dated).Select(v => v.Slug));
    }

    // Someone who describes a degree and asks about a vacancy (its fit, its work, whether they may apply) also learns
    // what that notice makes of a degree: a desirable criterion, an advantage, not required. Asked without a degree,
    // or asked something else, nothing is added.
    [Theory]
    [InlineData("would a student in the final year of a cyber security master's be a good fit for NDS?", "nds")]
    [InlineData("I'm in the last year of a master's in computer science. Does that help me for NDS?", "nds")]
    [InlineData("Une étudiante en dernière année de master de cybersécurité, c'est un bon profil pour le NDS ?", "nds")]
    [InlineData("daughter 22, belgian, finishing a bachelor's in security studies. does JIS insist on previous work experience?", "jis")]
    public void ADescribedDegreeIsSaidToBeAnAdvantageWhereTheNoticeSaysSo(string question, string vacancy)
    {
        var advantage = Ask(question).Reply.DegreeAdvantage;
        Assert.NotNull(advantage);
        var (v, criterion) = Assert.Single(advantage.Criteria);
        Assert.Equal(vacancy, v.Slug);
        Assert.Equal(CriterionKind.Degree, criterion.Kind);
        Assert.Contains(criterion.Text.En, advantage.Sentence.En);
        Assert.Contains("advantage", advantage.Sentence.En);
        Assert.Contains("atout", advantage.Sentence.Fr);
    }

    [Theory]
    [InlineData("would a student be a good fit for NDS?")]
    [InlineData("I have a master's in law, when does the KM internship close?")]
    [InlineData("I have a master's in law, how much is the KM grant?")]
    public void NoDegreeOrAnotherQuestionAddsNothingAboutTheDegree(string question) =>
        Assert.Null(Ask(question).Reply.DegreeAdvantage);

    // Someone described by nationality or age who asks whether they may apply is checked, whatever their interests
    // also say of the fit ("passionné de cyber"); "tenter" is applying too.
    [Fact]
    public void AskingWhetherOneMayApplyIsCheckedBesideAnInterest()
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("Je suis suisse, étudiant à Lausanne, 23 ans, passionné de cyber. Je peux tenter le JIS ?").Reply);
        Assert.Equal("CH", Assert.Single(reply.Facts.Nationalities).Alpha2);
        Assert.Equal("jis", Assert.Single(Assert.Single(reply.Groups).Vacancies).Slug);
    }

    // Whoever the asker speaks for, their age given with them is read as an age: a relative is one list for both.
    [Theory]
    [InlineData("my uncle is 24 and Norwegian, can he apply?", 24, "NO")]
    [InlineData("my roommate is 22, she's Dutch, is she eligible?", 22, "NL")]
    [InlineData("mon oncle a 25 ans, il est belge, il peut postuler ?", 25, "BE")]
    public void ARelativesAgeIsReadWithTheirNationality(string question, int age, string nationality)
    {
        var reply = Assert.IsType<QuickEligibilityReply>(Ask(question).Reply);
        Assert.Equal(age, reply.Facts.Age);
        Assert.Equal(nationality, Assert.Single(reply.Facts.Nationalities).Alpha2);
    }

    [Fact]
    public void ANationalityAloneAfterACheckChangesThatPersonsNationality()
    {
        var swede = Ask("Is a 23-year-old Swedish student eligible?");
        var finn = Assert.IsType<QuickEligibilityReply>(Ask("Finnish?", swede.Next).Reply);
        Assert.Equal("FI", Assert.Single(finn.Facts.Nationalities).Alpha2);
        Assert.Equal(23, finn.Facts.Age);
        var austrian = Assert.IsType<QuickEligibilityReply>(Ask("and Austrian?", swede.Next).Reply);
        Assert.Equal("AT", Assert.Single(austrian.Facts.Nationalities).Alpha2);
        Assert.IsNotType<QuickEligibilityReply>(Ask("Finnish?").Reply);
    }

    [Fact]
    public void TheSameAnswerForAnotherVacancyChecksTheSamePersonAgain()
    {
        var first = Ask("Applicant is 20 years and 8 months old, Canadian, doing a master's. Can he apply to OCIO?");
        Assert.Equal(20, Assert.IsType<QuickEligibilityReply>(first.Reply).Facts.Age);
        var again = Assert.IsType<QuickEligibilityReply>(Ask("same answer for the ICTM one?", first.Next).Reply);
        Assert.Equal("ictm", Assert.Single(Assert.Single(again.Groups).Vacancies).Slug);
        Assert.Equal(20, again.Facts.Age);
    }

    [Fact]
    public void FluentEnglishIsALanguageNotABritishNationality() =>
        Assert.Equal("UA", Assert.Single(FactsIn("Ukrainian student, 24, fluent English - eligible for KM?").Nationalities).Alpha2);

    [Fact]
    public void AskingForAnythingElseStillOpenLooksAtEveryVacancy()
    {
        var reply = Assert.IsType<TimelineReply>(AskAt("2025-06-23T09:00:00Z", "I missed yesterday's NDS deadline by a few hours. Anything in this set I can still go for?").Reply);
        Assert.Contains(reply.Entries.SelectMany(e => e.Vacancies), v => v.Slug == "ictm");
    }

    [Theory]
    [InlineData("Do ICTM interns end up taking notes in meetings?", false)]
    [InlineData("Would the ICTM intern be taking minutes at meetings?", false)]
    [InlineData("how many interns will they take?", true)]
    [InlineData("nombre de places ?", true)]
    [InlineData("Combien de stagiaires la KM team va-t-elle recruter ?", true)]
    public void TheNumberOfPlacesIsOnlyWhatAQuestionCountingAsksFor(string question, bool places) =>
        Assert.Equal(places, Ask(question).Reply is NotCoveredReply { Aspect.Id: "places" });

    [Fact]
    public void AFollowUpCountingAnotherThingOfTheSamePassageAnswersFromIt()
    {
        var users = Ask("How many users does the NATO CIO look after?");
        var bodies = Assert.IsType<PassagesReply>(Ask("And how many bodies?", users.Next).Reply);
        Assert.Contains(bodies.Passages, p => p.Vacancy.Slug == "ocio" && p.Text.En.Contains("41 civil and military bodies", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'd love to do pen testing. Any chance of that with the JIS internship?")]
    [InlineData("Will there be a psychometric or personality test?")]
    public void ATestThatIsNotAnEligibilityTestDoesNotOpenTheEligibilityForm(string question) =>
        Assert.IsNotType<EligibilityFormReply>(Ask(question).Reply);

    [Fact]
    public void AnEligibilityTestStillOpensTheForm() => Assert.IsType<EligibilityFormReply>(Ask("test d'éligibilité").Reply);

    [Fact]
    public void FittingARuleIsAnEligibilityQuestionNotAMatch() =>
        Assert.IsType<QuickEligibilityReply>(Ask("29yo PhD candidate in political science here — do I fit the education requirement?").Reply);

    [Theory]
    [InlineData("Do I need a bachelor's degree in hand before I can apply to the NDS internship?")]
    [InlineData("Faut-il forcément avoir travaillé dans une organisation internationale avant ?")]
    public void AskingWhetherAnAdvantageIsRequiredShowsWhatIsRequiredFirst(string question)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.Equal([Topic.EssentialCriteria, Topic.DesirableCriteria], reply.Groups.Select(g => g.Topic));
    }

    [Theory]
    [InlineData("For the ICTM role, will I be working with cloud stuff?", "cloud")]
    [InlineData("Is there anything in the KM internship about automating stuff? I like Power Automate kind of work.", "automat")]
    public void WorkAskedAboutByWhatItWorksWithAnswersWithThePassagesThatSayIt(string question, string word)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void MineAfterTheDocumentsAreTheDocuments()
    {
        var documents = Ask("What documents do I need to attach for the JIS application?");
        var reply = Assert.IsType<FactsReply>(Ask("mine are all in Italian", documents.Next).Reply);
        Assert.Equal(Topic.Documents, Assert.Single(reply.Groups).Topic);
    }

    [Fact]
    public void TheSpeakersStudentWhoGraduatedYearsAgoIsNotAStudentNow()
    {
        Assert.False(FactsIn("Un de mes étudiants a fini sa licence il y a trois ans et travaille depuis. Peut-il encore postuler ?").Student);
        Assert.True(FactsIn("Un de mes étudiants, 22 ans, néerlandais, peut-il postuler ?").Student);
    }

    // A team's work asked with no intern in it is the team's description; the intern's work is the daily tasks.
    [Fact]
    public void WhatATeamDoesIsItsDescriptionAndWhatAnInternDoesIsTheTasks()
    {
        Assert.Equal(Topic.About, LeadingTopic("what does the KM team do?"));
        Assert.Equal(Topic.Tasks, LeadingTopic("what does the KM intern do?"));
    }

    // "J'ai 38 ans": a number said as an age is no other topic's number (the 38 hours a week); "38 a week" still is.
    [Fact]
    public void ANumberSaidAsAnAgeIsNoOtherTopicsNumber()
    {
        Assert.IsType<QuickEligibilityReply>(Ask("J'ai 38 ans et je reprends des études, est-ce un frein pour le JIS ?").Reply);
        Assert.Equal(Topic.Hours, LeadingTopic("is it really 38 a week?"));
    }

    // "Et l'autre langue officielle ?" after the languages is still the languages (the other one is an advantage), not
    // the documents (which may be in either official language).
    [Fact]
    public void TheOtherOfficialLanguageAfterTheLanguagesIsTheLanguages() =>
        Assert.Equal(Topic.Languages, Assert.Single(Assert.IsType<FactsReply>(Ask("et l'autre langue officielle ?", Ask("Il faut quel niveau de langue pour ces stages ?").Next).Reply).Groups).Topic);

    // A language named right after the documents, pointing back at them, is the language they are written in (the
    // documents' answer says what to do), not the languages a candidate must speak.
    [Theory]
    [InlineData("What documents does the internship office want?", "mine are in Polish, is that OK?")]
    [InlineData("Quels documents faut-il joindre ?", "et si c'est en espagnol ?")]
    public void ALanguageNamedAfterTheDocumentsIsTheirs(string documents, string then)
    {
        Assert.Equal(Topic.Documents, Assert.IsType<FactsReply>(Ask(then, Ask(documents).Next).Reply).Groups[0].Topic);
        Assert.Equal(Topic.Languages, Assert.IsType<FactsReply>(Ask(then).Reply).Groups[0].Topic);
    }

    // "Which internship is that in?", "c'est dans quel stage ?" right after a unit: the vacancy whose notice describes it.
    [Theory]
    [InlineData("What does the CPU do?", "which internship is that in?", "jis")]
    [InlineData("C'est quoi la DSP ?", "c'est dans quel stage ?", "nds")]
    [InlineData("What does the SIB do?", "which internship are both part of?", "jis")]
    public void WhichInternshipAUnitIsInIsItsVacancy(string unit, string which, string vacancy)
    {
        var first = Ask(unit);
        Assert.Equal(vacancy, Assert.IsType<VacancyDetailReply>(Ask(which, first.Next).Reply).Vacancy.Slug);
        Assert.IsNotType<VacancyDetailReply>(Ask(which).Reply);
    }

    // "Quel stage pour un pentesteur ?", "which of the internships is for me?" ask for a match ("pentesteur" is a
    // penetration tester); "l'IA" is artificial intelligence in the work, as the notices write it.
    [Theory]
    [InlineData("quel stage pour un pentesteur ?", "jis")]
    [InlineData("I've got a master's in archival science. Which of the internships is for me?", "ictm")]
    public void AMatchAskedInOtherWordsIsAMatch(string question, string vacancy)
    {
        var reply = Assert.IsType<PassagesReply>(Ask(question).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal(vacancy, reply.Vacancies[0].Slug);
    }

    [Fact]
    public void IaIsArtificialIntelligence() =>
        Assert.Equal(Topic.GenerativeAi, LeadingTopic("Est-ce que mon assistant IA peut remplir le formulaire de candidature à ma place ?"));

    // "Why?" right after a check is the criteria that decided it, as the notice states them.
    [Theory]
    [InlineData("My son is 22 and Ukrainian. Can he apply to JIS?", "why?")]
    [InlineData("Ma fille a 19 ans, elle est belge. Elle peut postuler au KM ?", "pourquoi ?")]
    public void WhyRightAfterACheckIsTheCriteria(string check, string why) =>
        Assert.Equal(Topic.EssentialCriteria, Assert.Single(Assert.IsType<FactsReply>(Ask(why, Ask(check).Next).Reply).Groups).Topic);

    // "start?" after other facts is the start date (alone, it opens the help); hours left are the time left to apply;
    // "does that work for...?" after a person's nationality asks whether they may apply; an evening class is no event.
    [Fact]
    public void ShortAndRoundaboutAsksLandOnWhatTheyMean()
    {
        Assert.Equal(Topic.Start, Assert.Single(Assert.IsType<FactsReply>(Ask("start?", Ask("telework at JIS?").Next).Reply).Groups).Topic);
        Assert.IsType<HelpReply>(Ask("start").Reply);
        Assert.Equal(Topic.Deadline, Assert.Single(Assert.IsType<FactsReply>(Ask("so how many hours have I got left?", Ask("Is there a deadline for the NDS internship?").Next).Reply).Groups).Topic);
        Assert.Equal("IS", Assert.Single(Assert.IsType<QuickEligibilityReply>(Ask("my son's Icelandic, does that work for NATO internships?").Reply).Facts.Nationalities).Alpha2);
        // (The evening classes are not the programme's activities: the answer gives the hours, whether or not it also says
        // that no notice covers keeping classes alongside.)
        var groups = Ask("How many hours is the NDS internship if I keep my evening classes?").Reply switch
        {
            FactsReply facts => facts.Groups,
            NotCoveredReply notCovered => notCovered.Related,
            var other => throw new Xunit.Sdk.XunitException($"unexpected {other.GetType().Name}"),
        };
        Assert.Equal(Topic.Hours, groups[0].Topic);
    }

    // Right after how many one may apply to, that many vacancies at once is the same limit asked again.
    [Theory]
    [InlineData("How many applications can I submit?", "Could I pick KM, NDS and JIS together?")]
    [InlineData("je peux viser combien de stages max", "donc les 5 cest pas possible?")]
    public void ThatManyVacanciesRightAfterTheLimitIsTheLimitAgain(string first, string then)
    {
        Assert.Equal(Topic.ApplicationLimit, Assert.Single(Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups).Topic);
        Assert.False(Ask(then, Ask("What's the grant?").Next).Reply is FactsReply { Groups: [{ Topic: Topic.ApplicationLimit }, ..] });
    }

    // Right after the info session, "it" starting is the session's start, not the internship's (nor an answer's delay).
    [Theory]
    [InlineData("When's the info session?", "How long until it starts?")]
    [InlineData("Which vacancies have an info session?", "What time does it start?")]
    [InlineData("La session d'info NDS, c'est aujourd'hui ?", "Elle a déjà commencé ?")]
    [InlineData("Qui anime la séance d'info ?", "elle a lieu quand ?")]
    public void ItStartingRightAfterTheInfoSessionIsTheSessionsStart(string first, string then) =>
        Assert.Equal(Topic.InfoSession, Assert.Single(Assert.IsType<FactsReply>(Ask(then, Ask(first).Next).Reply).Groups).Topic);

    // The clearance too: a notice silent on it shows, as theirs, the level the others require; and so for what only
    // the two IMS notices give (a reference number, the NATO body), which says where such a thing is found.
    [Theory]
    [InlineData("What security clearance does the JIS internship require?", Topic.Clearance)]
    [InlineData("faut une habilitation de securite pour lictm?", Topic.Clearance)]
    [InlineData("what's the reference number of the JIS vacancy?", Topic.Reference)]
    [InlineData("Quel est le numéro de référence de l'offre OCIO ?", Topic.Reference)]
    // ("Reference number" is one thing: "I need it for a form" does not make it the reference letters one needs.)
    [InlineData("What's the reference number of the JIS vacancy? I need it for a form.", Topic.Reference)]
    public void ANoticeSilentOnWhatOnlyTheIMSNoticesStateShowsTheirsAsTheirs(string question, Topic topic)
    {
        var group = Assert.Single(Assert.IsType<FactsReply>(Ask(question).Reply).Groups);
        Assert.Equal(topic, group.Topic);
        Assert.False(Assert.Single(group.Facts).Stated);
        Assert.Equal(["km", "nds"], group.Elsewhere.Select(f => f.Vacancy.Slug).Order());
    }

    // A detail one notice leaves out where others give it on the same topic is shown from theirs, as theirs, and only
    // what holds it (the KM task in JavaScript, not KM's whole list).
    [Theory]
    [InlineData("Is the OCIO grant paid in euros? The notice just says a number.", "jis,km,nds", "€")]
    [InlineData("Which programming languages would an NDS intern use?", "km", "JavaScript")]
    [InlineData("Quels langages de programmation utilise-t-on au NDS ?", "km", "JavaScript")]
    public void ADetailANoticeLeavesOutIsShownFromTheNoticesThatGiveIt(string question, string elsewhere, string detail)
    {
        var reply = Assert.IsType<FactsReply>(Ask(question).Reply);
        Assert.NotNull(reply.UnstatedDetail);
        var group = reply.Groups[0];
        Assert.Equal(elsewhere.Split(','), group.Elsewhere.Select(f => f.Vacancy.Slug).Order());
        Assert.All(group.Elsewhere, f => Assert.All(f.Items, i => Assert.Contains(detail, i.En, StringComparison.Ordinal)));
    }

    [Fact]
    public void ANoticeWithoutTheInfoSessionShowsTheOthersAsTheirs()
    {
        var reply = Assert.IsType<FactsReply>(Ask("Is there an info session for ICTM?").Reply);
        var group = Assert.Single(reply.Groups);
        Assert.False(Assert.Single(group.Facts).Stated);
        Assert.Equal(["jis", "km", "nds", "ocio"], group.Elsewhere.Select(f => f.Vacancy.Slug).Order());
    }

    [Fact]
    public void AChangedFactAboutThePersonJustCheckedIsCheckedAgain()
    {
        var phd = Ask("I'm 30, Dutch, finished my master's 5 years ago and I'm now enrolled in a part-time PhD. Eligible for KM?");
        var notEnrolled = Assert.IsType<QuickEligibilityReply>(Ask("What if I weren't enrolled any more?", phd.Next).Reply);
        Assert.False(notEnrolled.Facts.Student);

        var a2 = Ask("Hi! I'm Lithuanian, 22, a student, but my English is only A2 and I don't speak French. Can I apply for KM?");
        var c1 = Assert.IsType<QuickEligibilityReply>(Ask("and if I got my English to C1?", a2.Next).Reply);
        Assert.Equal(Outcome.Passed, c1.Groups.SelectMany(g => g.Results).Single(r => r.Criterion == Core.Eligibility.Rules.LanguageRule.Id).Outcome);
    }

    // "What if it had been 18 months ago?" after a check changes when the degree was obtained; years spent studying
    // are no time since a degree.
    [Theory]
    [InlineData("what if it had been 18 months ago?", 18)]
    [InlineData("I finished my master's, it was two years ago", 24)]
    [InlineData("I have been studying law for 3 years", null)]
    public void ATimeSinceSaidOfTheDegreeIsWhenItWasObtained(string text, int? months) =>
        Assert.Equal(months, FactsIn(text).MonthsSinceGraduation);

    [Fact]
    public void AskingWhatIfTheDegreeWereOlderChecksThePersonAgain()
    {
        var first = Ask("I'm Polish, 25, and got my degree 10 months ago. Eligible for KM?");
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("What if it had been 18 months ago?", first.Next).Reply);
        Assert.Equal(18, reply.Facts.MonthsSinceGraduation);
        Assert.Equal("PL", Assert.Single(reply.Facts.Nationalities).Alpha2);
    }

    // "jetais" is "j'étais" typed fast: after a check, another nationality is checked in its place.
    [Fact]
    public void AnotherNationalityTypedInShorthandIsCheckedInPlaceOfTheFirst()
    {
        var first = Ask("jsuis turc, 23 ans, en master, c bon pr le KM ?");
        var reply = Assert.IsType<QuickEligibilityReply>(Ask("et si jetais suisse?", first.Next).Reply);
        Assert.Equal("CH", Assert.Single(reply.Facts.Nationalities).Alpha2);
    }

    [Fact]
    public void TextingShorthandIsReadAsTheWordsItStandsFor()
    {
        var deadline = Ask("C'est quand la date limite pour le stage KM ?");
        var reply = Assert.IsType<FactsReply>(Ask("et pr l'OCIO ?", deadline.Next).Reply);
        Assert.Equal(Topic.Deadline, Assert.Single(reply.Groups).Topic);
        Assert.Equal("ocio", Assert.Single(reply.Groups[0].Facts).Vacancy.Slug);
    }

    [Fact]
    public void WordsOfAVacancysNameAskAboutItWhenTheVacancyIsNamedOtherwise()
    {
        // "État-major" is in the KM's French title, but "KM" names the vacancy: the question asks for its staff.
        var reply = Assert.IsType<FactsReply>(Ask("Le KM fait partie de quel état-major ?").Reply);
        Assert.Equal(Topic.NatoBody, Assert.Single(reply.Groups).Topic);
    }

    [Theory]
    [InlineData("Le stage KM donne-t-il des crédits ECTS ?", "credits")]
    [InlineData("Do OCIO interns get a family allowance?", "family")]
    public void UncoveredThingsAreSaidToBeUncovered(string question, string aspect) =>
        Assert.Equal(aspect, Assert.IsType<NotCoveredReply>(Ask(question).Reply).Aspect.Id);

    [Fact]
    public void TakingPlaceIsNotAPlace()
    {
        var session = Ask("Et la session d'info, c'était quand ?", Ask("C'est quand la date limite pour le stage OCIO ?").Next);
        Assert.IsType<TimelineReply>(Ask("Elle a déjà eu lieu du coup ?", session.Next).Reply);
    }

    [Theory]
    [InlineData("My daughter loves history and cultural heritage. Is there a NATO internship where that would count?", false)]
    [InlineData("Does a PhD count as being a student?", false)]
    [InlineData("How many notices mention cyber security?", true)]
    [InlineData("combien d'offres ont fermé en 2025 ?", true)]
    public void WhatCountsIsNotACount(string question, bool counting) =>
        Assert.Equal(counting, Answerer.Reader.Read(question).Has(Core.Understanding.AnswerForms.Count));

    [Fact]
    public void WhichUnitIsAnsweredFromTheSectionsWhateverElseTheQuestionSuggests()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("Which unit is responsible for protecting the Secretary General?").Reply);
        Assert.Equal(Topic.Units, reply.Passages[0].Topic);
        Assert.Contains("Secretary General", reply.Passages[0].Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherSectionNamedAfterOneIsThatSectionAndItsStaysOnTheOneDiscussed()
    {
        var brm = Ask("what's BRM in ICTM?");
        var archives = Assert.IsType<PassagesReply>(Ask("and the archives people in that same notice - which service are they under?", brm.Next).Reply);
        Assert.Equal("DIMS", archives.Passages[0].Unit?.Abbreviation);

        var cpu = Ask("Que fait la Close Protection Unit du JIS ?");
        var work = Assert.IsType<PassagesReply>(Ask("Et le stagiaire, il ferait quoi concrètement là-bas ?", cpu.Next).Reply);
        Assert.Equal("CPU", work.Passages[0].Unit?.Abbreviation);
    }

    // One word names another section when it asks nothing else, only that section has it and the last one does not.
    [Fact]
    public void AnotherSectionIsNamedByAWordOnlyItHas()
    {
        var dsp = Ask("what does DSP do?");
        Assert.Equal("DSP", Assert.IsType<PassagesReply>(dsp.Reply).Passages[0].Unit?.Abbreviation);
        var satellites = Assert.IsType<PassagesReply>(Ask("and satellite comms?", dsp.Next).Reply);
        Assert.Equal("DSI", satellites.Passages[0].Unit?.Abbreviation);
    }

    // Who asks ("supervisor here", "I supervise ...") is not a question about a supervisor.
    [Fact]
    public void ASupervisorSayingWhoTheyAreDoesNotAskAboutSupervisors()
    {
        var staffCentre = Assert.IsType<FactsReply>(Ask("Hi, supervisor here. Which of the notices mention the Staff Centre?").Reply);
        Assert.Equal(Topic.StaffCentre, staffCentre.Groups[0].Topic);
        var brm = Assert.IsType<PassagesReply>(Ask("I supervise at NATO HQ and a candidate asked me what BRM does in the ICTM call. In plain words?").Reply);
        Assert.Equal("BRM", brm.Passages[0].Unit?.Abbreviation);
        Assert.Equal("mentoring", Assert.IsType<NotCoveredReply>(Ask("will I have a supervisor?").Reply).Aspect.Id);
    }

    // What a vacancy's body does is its description, not the passages that print its name (OCIO's tasks say "OCIO");
    // what the intern would do there is the work.
    [Fact]
    public void WhatAVacancysBodyDoesIsItsDescription()
    {
        var about = Assert.Single(Assert.IsType<FactsReply>(Ask("What does the OCIO actually do?").Reply).Groups);
        Assert.Equal(Topic.About, about.Topic);
        Assert.Equal("ocio", Assert.Single(about.Facts).Vacancy.Slug);
        Assert.False(Ask("what would I actually do in the OCIO internship?").Reply is FactsReply { Groups: [{ Topic: Topic.About }] });
    }

    // What the HQ Security Force does is protection, in French as the notice says it ("liées à la protection").
    [Fact]
    public void TheSecurityForceIsDescribedAsProtectionInBothLanguages()
    {
        var force = Assert.IsType<PassagesReply>(Ask("Que fait la Force de sécurité du siège ?").Reply).Passages[0];
        Assert.Contains("protect", force.Text.En, StringComparison.Ordinal);
        Assert.Contains("protection", force.Text.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void SayingOneDoesNotUnderstandAsksNothingOfItsOwn()
    {
        var reply = Assert.IsType<FactsReply>(Ask("what the KM team do exactly? i dont understand it").Reply);
        Assert.DoesNotContain(reply.Groups, g => g.Topic == Topic.Competencies);
    }

    // After a match for a field ("cyber security: which internship?"), "which part of JIS?" and then "and in NDS?" ask
    // about that field in those vacancies: the part doing it, the passage saying it, not whatever "part" suggests.
    [Theory]
    [InlineData("I'm doing a master's in cybersecurity, which internship would suit me?", "in JIS, which part exactly?", "and in NDS?", null)]
    [InlineData("Je fais un master en cybersécurité, quel stage me conviendrait ?", "Dans le JIS, quelle partie exactement ?", "Et au NDS ?", "fr-FR")]
    public void WhichPartAndAnotherVacancyKeepTheFieldJustMatched(string match, string whichPart, string elsewhere, string? locale)
    {
        var matched = Answerer.Answer(match, locale, new QuestionContext());
        var part = Answerer.Answer(whichPart, locale, matched.Next);
        var unit = Assert.IsType<PassagesReply>(part.Reply).Passages[0];
        Assert.Equal("jis", unit.Vacancy.Slug);
        Assert.Contains("cyber", unit.Text.En, StringComparison.OrdinalIgnoreCase);
        var other = Assert.IsType<PassagesReply>(Answerer.Answer(elsewhere, locale, part.Next).Reply);
        Assert.All(other.Passages, p => Assert.Equal("nds", p.Vacancy.Slug));
        Assert.Contains(other.Passages, p => p.Text.En.Contains("cyber", StringComparison.OrdinalIgnoreCase));
    }

    // Nationals in the plural ("Ukrainians", "aux Albanais") or named as a group ("Swiss nationals") are the people asked
    // about, even after "to" or "aux", which otherwise make a country a place; "moving to Belgium" stays a place, and
    // "pôles" is no plural of "Pole".
    [Theory]
    [InlineData("Can Ukrainians apply to NDS?", "UA")]
    [InlineData("Le stage NDS est-il ouvert aux Ukrainiens ?", "UA")]
    [InlineData("is the NDS internship open to Swiss nationals?", "CH")]
    [InlineData("le stage est-il ouvert aux ressortissants albanais ?", "AL")]
    [InlineData("I'm moving to Belgium, which deadline?", null)]
    [InlineData("quels pôles dans le NDS ?", null)]
    public void NationalsInThePluralAreThePeopleAskedAbout(string text, string? code) => AssertNationality(text, code);

    // "Et aux Albanais ?" right after a group was checked: the same check for that nationality, in the singular wording
    // when one criterion was decided.
    [Fact]
    public void AnotherGroupOfNationalsIsCheckedTheSameWay()
    {
        var first = Answerer.Answer("Le stage NDS est-il ouvert aux Ukrainiens ?", "fr-FR", new QuestionContext());
        Assert.Contains(Assert.IsType<QuickEligibilityReply>(first.Reply).Groups, g => g.Verdict.Fr!.Contains("ne remplit pas le critère nationalité", StringComparison.Ordinal));
        var then = Assert.IsType<QuickEligibilityReply>(Answerer.Answer("Et aux Albanais ?", "fr-FR", first.Next).Reply);
        Assert.Contains(then.Groups, g => g.Verdict.Fr!.Contains("remplit le critère nationalité : elle est éligible sur ce point", StringComparison.Ordinal));
    }

    // Publishing or posting about the internship's work is a point no notice covers: said so, not read as how many
    // applications one is "allowed".
    [Theory]
    [InlineData("Am I allowed to post about my internship work on LinkedIn?")]
    [InlineData("Can interns publish an academic paper about what they worked on?")]
    [InlineData("Puis-je publier un article universitaire sur mon travail pendant le stage ?")]
    public void PublishingAboutTheWorkIsAPointTheNoticesDoNotCover(string question) =>
        Assert.Equal("publishing", Assert.IsType<NotCoveredReply>(Ask(question).Reply).Aspect.Id);

    // "Any of these internships possible?" after one's nationality asks whether one may apply, as "JIS possible?" does.
    [Theory]
    [InlineData("I hold a Brazilian passport only. Any of these internships possible?")]
    [InlineData("Je suis marocaine. Un de ces stages possible ?")]
    public void AnyInternshipPossibleAfterOnesFactsIsACheck(string question) =>
        Assert.IsType<QuickEligibilityReply>(Ask(question).Reply);

    // A career one wants ("je veux bosser dans la protection rapprochée", "close protection later on") and "an
    // internship for that?" asks which internship fits: the Close Protection Unit's, not when one may start ("plus tard").
    [Theory]
    [InlineData("Plus tard je veux travailler dans la protection rapprochée. Il y a un stage pour ça ?")]
    [InlineData("I'd like to do close protection later on. Is there an internship for that?")]
    public void ACareerAndAnInternshipForThatIsAFit(string question) =>
        Assert.Contains(Stated(Ask(question).Reply), t => t.Contains("Close Protection Unit", StringComparison.Ordinal));

    // "Who represents...?" asks who does some work: a section's description says it; the interns' tasks, however many
    // of the words they share, never say who.
    [Theory]
    [InlineData("Who represents the IS staff's ICT needs?")]
    [InlineData("Who represents what International Staff need in ICT?")]
    public void WhoDoesSomeWorkIsTheSectionThatDoesIt(string question) =>
        Assert.Contains(Stated(Ask(question).Reply), t => t.Contains("Intelligent Customer", StringComparison.Ordinal));

    // A country word describing an institution ("a Swiss university", "une université suisse", "un diplôme belge") says
    // where one studied, not whose national one is; the person's own nationality beside it still counts.
    [Theory]
    [InlineData("I studied at a Swiss university, is that a problem?", null)]
    [InlineData("mon diplôme vient d'une université suisse", null)]
    [InlineData("j'ai un diplôme belge et je cherche un stage", null)]
    [InlineData("J'ai fait mes études dans une université suisse, je suis française. Je peux postuler ?", "FR")]
    [InlineData("I'm Swiss, can I apply?", "CH")]
    public void ACountryWordDescribingAnInstitutionIsNoNationality(string text, string? code) => AssertNationality(text, code);

    // The one nationality read from the text (its ISO code), or none.
    private static void AssertNationality(string text, string? code)
    {
        var nationalities = FactsIn(text).Nationalities;
        if (code is null)
        {
            Assert.Empty(nationalities);
        }
        else
        {
            Assert.Equal(code, Assert.Single(nationalities).Alpha2);
        }
    }

    // "And the other IMS one?" right after one of the two vacancies at the IMS, "what about the other three?" right after
    // two of the five: those others, asked the same as the last question (not the NATO body, not applying to three).
    [Theory]
    [InlineData(new[] { "does the JIS notice give a clearance level?", "and NDS?", "and the other IMS one?" }, Topic.Clearance, new[] { "km" })]
    [InlineData(new[] { "what's the reference number of KM?", "and the other IMS one?" }, Topic.Reference, new[] { "nds" })]
    [InlineData(new[] { "Which internships are in the IMS?", "Do those two state a security clearance?", "What about the other three?" }, Topic.Clearance, new[] { "ictm", "jis", "ocio" })]
    public void TheOtherOnesAreAskedTheSameAsTheLastQuestion(string[] turns, Topic topic, string[] slugs)
    {
        var context = new QuestionContext();
        AnswerOutcome outcome = null!;
        foreach (var turn in turns)
        {
            outcome = Ask(turn, context);
            context = outcome.Next;
        }

        var group = Assert.Single(Assert.IsType<FactsReply>(outcome.Reply).Groups);
        Assert.Equal(topic, group.Topic);
        Assert.Equal(slugs, group.Facts.Select(f => f.Vacancy.Slug).Order(StringComparer.Ordinal));
    }

    // "Why?" right after a match for the person asks why those vacancies: the match again, with its reasons, and no
    // "the notices do not state the reason"; right after a check it is still the criteria that decided it.
    [Theory]
    [InlineData("I'm 22, Italian, doing a master's in cybersecurity. Which internship fits me best?", "why?", null)]
    [InlineData("Je fais un master en cybersécurité, quel stage me conviendrait ?", "pourquoi ?", "fr-FR")]
    public void WhyAfterAMatchGivesTheMatchAgain(string match, string why, string? locale)
    {
        var matched = Answerer.Answer(match, locale, new QuestionContext());
        var reply = Assert.IsType<PassagesReply>(Answerer.Answer(why, locale, matched.Next).Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Contains(reply.Passages, p => p.Text.En.Contains("cyber", StringComparison.OrdinalIgnoreCase));
        Assert.Null(reply.UnstatedDetail);
        var checkedOne = Ask("I'm 22 and Canadian, can I apply to NDS?");
        Assert.Equal(Topic.EssentialCriteria, Assert.IsType<FactsReply>(Ask("why?", checkedOne.Next).Reply).Groups[0].Topic);
    }

    // What a team does is its description, which holds the work the notice gives as examples of it (automating
    // processes, AI, sharing knowledge for the KM team), in either language.
    [Theory]
    [InlineData("What does the KM team at the IMS do?", null, "automating")]
    [InlineData("L'équipe KM de l'IMS, c'est quoi son rôle ?", "fr-FR", "automatisant")]
    public void WhatATeamDoesIncludesTheWorkItsNoticeGivesAsExamples(string question, string? locale, string work)
    {
        var reply = Assert.IsType<PassagesReply>(Answerer.Answer(question, locale, new QuestionContext()).Reply);
        Assert.Contains(reply.Passages, p => p.Vacancy.Slug == "km" && p.Text.In(locale is null ? Language.English : Language.French).Contains(work, StringComparison.Ordinal));
    }

    // A person described with a liking for one part of a vacancy and "can he apply?" asks whether he may: the check,
    // not the part that fits him.
    [Fact]
    public void CanHeApplyWithALikingForOnePartIsACheck() =>
        Assert.IsType<QuickEligibilityReply>(Ask("My son is 19 and studies computer science, he's keen on the cyber side of the intelligence & security division. Can he apply?").Reply);

    // What the grant is stays the grant, whatever the new "when is it paid" point says; "vers" (towards) is no payment.
    [Theory]
    [InlineData("deadline and grant for JIS?", Topic.Grant)]
    [InlineData("OCIO vs ICTM: which pays more?", Topic.Grant)]
    [InlineData("Quelle est la bourse pour le stage KM ?", Topic.Grant)]
    public void TheGrantIsStillTheGrant(string question, Topic topic) =>
        Assert.Contains(Assert.IsType<FactsReply>(Ask(question).Reply).Groups, g => g.Topic == topic);

    [Fact]
    public void TowardsIsNoPayment() => Assert.IsNotType<NotCoveredReply>(Ask("L'OCIO travaille vers quel horizon stratégique ?").Reply);

    // "I did a vocational programme, not a degree: can I still apply?" asks whether she may despite it (the education
    // criterion, with its "or equivalent"), not whether anything is still open.
    [Fact]
    public void CanIStillApplyAfterDescribingMyEducationIsAboutTheCriterion()
    {
        var reply = Assert.IsType<FactsReply>(Ask("I did a vocational higher-education programme, not a university degree. Can I still apply?").Reply);
        Assert.Equal(Topic.EssentialCriteria, reply.Groups[0].Topic);
    }

    // "Can I go for the OCIO internship?" asks whether one may apply.
    [Fact]
    public void GoingForAnInternshipIsApplying() => Assert.IsType<QuickEligibilityReply>(Ask("I'm Swiss. Can I go for the OCIO internship?").Reply);

    // A bare "which internship?" after describing oneself asks which one fits.
    [Fact]
    public void WhichInternshipAfterDescribingOneselfIsAFit()
    {
        var reply = Assert.IsType<PassagesReply>(Ask("I study political science and love writing speaking notes and presentations for senior people. Which internship?").Reply);
        Assert.Equal(PassageUse.Fit, reply.Use);
        Assert.Equal("ocio", reply.Passages[0].Vacancy.Slug);
    }
}
