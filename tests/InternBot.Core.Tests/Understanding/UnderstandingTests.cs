using InternBot.Core.Answers;
using InternBot.Core.Tests.TestKit;
using InternBot.Core.Text;
using InternBot.Core.Understanding;

namespace InternBot.Core.Tests.Understanding;

/// <summary>The pieces understanding is built from: normalisation, stems, spelling, example scoring, cues, passages.</summary>
public sealed class UnderstandingTests
{
    private static readonly QuestionReader Reader = new(ShippedCatalogue.Value);

    // An aspect the answerer treats on its own is named by a constant; the shipped data must define each one.
    [Fact]
    public void EveryAspectTheAnswererNamesIsDefinedByTheShippedData()
    {
        var ids = typeof(NotCoveredAspect.Ids).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(UnderstandingData.Shipped.NotCovered, a => a.Id == id));
    }

    // A new meaning moves only the scores of questions that use its words: the weight of every other word stays as it
    // was (weights once depended on how many meanings the bank held, so each addition shifted every question a little).
    [Theory]
    [InlineData("What is the grant for KM?")]
    [InlineData("Le stage OCIO dure combien de temps ?")]
    [InlineData("do I need a security clearance for JIS")]
    public void AMeaningAddedToTheBankLeavesQuestionsWithoutItsWordsScoredAsBefore(string question)
    {
        var shipped = UnderstandingData.Shipped;
        var aspect = new NotCoveredAspect("trampoline", new LocalizedText("a trampoline", "un trampoline"), []);
        var grown = shipped with
        {
            Examples = [.. shipped.Examples, (Meaning.Of(aspect), "en", "is there a trampoline in the courtyard")],
            NotCovered = [.. shipped.NotCovered, aspect],
        };
        var before = Reader.Read(question).Ranked;
        var after = new QuestionReader(ShippedCatalogue.Value, grown).Read(question).Ranked;

        Assert.NotEmpty(before);
        Assert.Equal(before.Select(m => (m.Meaning, Math.Round(m.Score, 12))), after.Select(m => (m.Meaning, Math.Round(m.Score, 12))));
    }

    // Asking what an internship is "made for" one asks which fits, however the sentence is built.
    [Theory]
    [InlineData("Je suis en master de bibliothéconomie, quel stage est fait pour moi ?")]
    [InlineData("lequel est fait pour moi ?")]
    public void WhatIsMadeForMeAsksWhichFits(string question) =>
        Assert.True(Reader.Read(question).Has(AnswerForms.Fit));

    // "At the same time", "en même temps" say at once, not alike.
    [Theory]
    [InlineData("Can I apply to KM and NDS at the same time?", false)]
    [InlineData("on peut postuler à deux offres en même temps ?", false)]
    [InlineData("Is the grant the same for KM and NDS?", true)]
    [InlineData("c'est la même bourse pour tous ?", true)]
    public void AtTheSameTimeIsNoComparison(string question, bool compares) =>
        Assert.Equal(compares, Reader.Read(question).Has(AnswerForms.Same));

    // Whether applications are still taken, however it is said.
    [Theory]
    [InlineData("Le JIS accepte encore des candidatures ?")]
    [InlineData("OCIO, on peut toujours déposer un dossier ?")]
    [InlineData("L'ICTM accepte-t-il encore des candidatures ?")]
    [InlineData("is the JIS one still open?")]
    public void StillTakingApplicationsAsksWhatIsOpen(string question) =>
        Assert.True(Reader.Read(question).Has(AnswerForms.Open));

    // Open to a kind of person is who may apply, not whether applications are still taken.
    [Theory]
    [InlineData("Is NATO actually open to women applying for the tech internships?")]
    [InlineData("ces stages sont-ils ouverts aux étudiants étrangers ?")]
    public void OpenToSomeoneIsNoQuestionOfWhatIsStillOpen(string question) =>
        Assert.False(Reader.Read(question).Has(AnswerForms.Open));

    // Social security is one thing (insurance); "social" and "security" apart are not ("psycho sociale" and security
    // awareness).
    [Theory]
    [InlineData("est-ce que je cotise à la sécurité sociale ?", true)]
    [InlineData("Un étudiant en psycho sociale qui s'intéresse à la sensibilisation à la sécurité, c'est quel stage ?", false)]
    public void SocialSecurityIsInsuranceOnlyAsOnePhrase(string question, bool insurance) =>
        Assert.Equal(insurance, Reader.Read(question).Aspect?.Meaning.Aspect?.Id == "insurance");

    // Office tools are the IT tools the desirable criteria name (Microsoft Office), not an office.
    [Theory]
    [InlineData("How good do I need to be with Office tools?")]
    [InlineData("faut-il maîtriser la bureautique ?")]
    public void OfficeToolsAreTheDesirableITSkills(string question) =>
        Assert.Equal(Topic.DesirableCriteria, Reader.Read(question).Topics[0]);

    // What all the notices share, in French: "communs à toutes" compares (it is no public transport), and
    // "indispensables" are the essential criteria.
    [Fact]
    public void WhatIsCommonToAllIsAComparisonOfTheCriteria()
    {
        var reading = Reader.Read("Quelles conditions indispensables sont communes à toutes les offres ?");
        Assert.True(reading.Has(AnswerForms.Same));
        Assert.Equal(Topic.EssentialCriteria, reading.Topics[0]);
    }

    // "Qui est passée" says a date is past; it is no change after the deadline.
    [Fact]
    public void ADeadlineThatIsPastInFrenchIsTheDeadline()
    {
        var reading = Reader.Read("quelle est la dernière date limite qui est passée ?");
        Assert.True(reading.Has(AnswerForms.Past));
        Assert.Equal([Topic.Deadline], reading.Topics);
    }

    // "Quelque chose" is "something": it says nothing of what is asked.
    [Fact]
    public void SomethingInFrenchIsNoTopic() =>
        Assert.Empty(Reader.Read("je peux encore postuler à quelque chose ?").Topics);

    // Where the words that count tie ("postuler" is in examples of four meanings), the example the question says word
    // for word, its little words included, decides.
    // What a team is trying to achieve is what it is for (not the "Achievement" competency); whom a body answers to,
    // organisationally, is the NATO body it belongs to (not whether e-mails are answered).
    [Theory]
    [InlineData("What is the Knowledge Management team trying to achieve?", Topic.About)]
    [InlineData("who does ICTM answer to, organisationally?", Topic.NatoBody)]
    public void AGoalOrAPlaceInTheOrganisationIsReadAsSuch(string question, Topic topic) =>
        Assert.Equal(topic, Reader.Read(question).Topics[0]);

    [Theory]
    [InlineData("Qui peut postuler au NDS ?", Topic.EssentialCriteria)]
    public void AnExampleSaidWordForWordDecidesATie(string question, Topic topic) =>
        Assert.Equal(topic, Reader.Read(question).Topics[0]);

    [Theory]
    [InlineData("Quelle est la date limite ?", "quelle est la date limite")]
    [InlineData("Italo-Suisse", "italo suisse")]
    [InlineData("€1,286", "euro 1 286")]
    [InlineData("Œuvre  d'art", "oeuvre d art")]
    [InlineData("", "")]
    public void TextIsNormalisedOneWayEverywhere(string text, string expected) => Assert.Equal(expected, TextNormaliser.Normalise(text));

    [Theory]
    [InlineData("reimbursed", "reimbursement")]
    [InlineData("remboursés", "remboursement")]
    [InlineData("deadline", "deadlines")]
    [InlineData("competencies", "compétences")]
    [InlineData("covered", "cover")]
    [InlineData("security", "sécurité")]
    [InlineData("collaborerait", "collaborer")]
    [InlineData("apprendrais", "apprendre")]
    [InlineData("apprend", "apprendre")]
    [InlineData("appris", "apprendrais")]
    [InlineData("protège", "protection")]
    [InlineData("protéger", "protect")]
    [InlineData("automatiser", "automatisation")]
    [InlineData("organiser", "organisation")]
    [InlineData("utiliser", "utilisé")]
    public void InflectedFormsMeetAtOneStem(string a, string b) =>
        Assert.Equal(LightStemmer.Stem(TextNormaliser.Normalise(a)), LightStemmer.Stem(TextNormaliser.Normalise(b)));

    [Theory]
    [InlineData("site", "sit")]
    [InlineData("pays", "pay")]
    [InlineData("international", "intern")]
    [InlineData("during", "durée")]
    [InlineData("durant", "durée")]
    [InlineData("officer", "office")]
    [InlineData("officier", "office")]
    public void DifferentWordsDoNotMeetAtOneStem(string a, string b) =>
        Assert.NotEqual(LightStemmer.Stem(TextNormaliser.Normalise(a)), LightStemmer.Stem(TextNormaliser.Normalise(b)));

    [Theory]
    [InlineData("dedline", "deadline")]
    [InlineData("grnat", "grant")]
    [InlineData("brussles", "brussels")]
    [InlineData("clearence", "clearance")]
    [InlineData("real", "real")]
    [InlineData("deadline", "deadline")]
    [InlineData("grnt", "grant")]
    [InlineData("deadln", "deadline")]
    [InlineData("sits", "sits")]
    // French "femme" is a woman, not a slip for "ferme" (closes).
    [InlineData("femme", "femme")]
    [InlineData("spent", "spent")]
    // "Habilité" (cleared) is no slip for "habite" (lives).
    [InlineData("habilite", "habilite")]
    public void TypingSlipsAreCorrectedAgainstKnownWordsButRealShortWordsAreLeftAlone(string written, string expected) =>
        Assert.Equal(expected, Reader.Analyser.Spelling.Correct(written));

    // "My son", "ma fille" say who the question is for, not what it is about: a person, and no word of the subject.
    [Theory]
    [InlineData("Ma fille est diabétique : y a-t-il un service médical sur place au siège ?", "fille")]
    [InlineData("Would my son ever have to work nights?", "son")]
    [InlineData("my niece wants to apply to KM", "niece")]
    public void SomeonesChildIsThePersonAskedFor(string question, string word)
    {
        var reading = Reader.Read(question);
        Assert.True(reading.Has(AnswerForms.Person));
        Assert.DoesNotContain(LightStemmer.Stem(word), reading.Analysed.Subject);
    }

    // How long one has is the time left to apply, not how long the internship lasts.
    [Theory]
    [InlineData("how long do I have for that one?")]
    [InlineData("how long do I have to apply for ICTM?")]
    [InlineData("how long exactly do I have?")]
    [InlineData("my daughter is hesitating between NDS and KM, how long has she got to decide?")]
    [InlineData("combien de temps me reste-t-il pour postuler au KM ?")]
    public void HowLongOneHasIsTheDeadline(string question) =>
        Assert.Equal(Topic.Deadline, Reader.Read(question).Meanings[0].Meaning.Topic);

    [Theory]
    [InlineData("and how many can I submit in total?", Topic.ApplicationLimit)]
    [InlineData("can i send my application to all five of them?", Topic.ApplicationLimit)]
    [InlineData("combien puis-je en envoyer ?", Topic.ApplicationLimit)]
    // Read by its form over a meaning taken from a word or two ("chances", "possible").
    [InlineData("Can I just apply to all five to maximise my chances?", Topic.ApplicationLimit)]
    [InlineData("je veux postuler aux 5 stages, c'est possible ?", Topic.ApplicationLimit)]
    [InlineData("Si je postule à KM, NDS et JIS, ça fait trop ?", Topic.ApplicationLimit)]
    [InlineData("Is the number of applications you're allowed to submit the same under each notice?", Topic.ApplicationLimit)]
    // Documents sent for every application are documents.
    [InlineData("which documents do I send for all of them?", Topic.Documents)]
    public void HowManyOneMaySendIsTheApplicationLimit(string question, Topic topic)
    {
        var reading = Reader.Read(question);
        Assert.Equal(topic, reading.Meanings[0].Meaning.Topic);
        Assert.DoesNotContain(reading.Meanings, m => m.Meaning.Aspect is not null);
    }

    [Theory]
    [InlineData("How many branches is NDS recruiting interns in?", Topic.Units)]
    [InlineData("how many sections take interns at JIS?", Topic.Units)]
    public void HowManyOfWhatATopicListsCountsThoseNotThePlaces(string question, Topic topic) =>
        Assert.Equal(topic, Reader.Read(question).Meanings[0].Meaning.Topic);

    [Theory]
    [InlineData("Le stage au JIS, c'est payé combien et est-ce qu'ils remboursent le voyage ?", Topic.Grant, Topic.Travel)]
    [InlineData("do they reimburse travel, and is the JIS internship paid?", Topic.Travel, Topic.Grant)]
    // A second side that opens as a question of its own is read on a lower bar ("is travel paid" is nearly "paid").
    [InlineData("two quick questions: does the NDS internship allow teleworking, and is travel paid?", Topic.Telework, Topic.Travel)]
    public void TwoQuestionsJoinedAreTwoMeaningsInTheOrderAsked(string question, Topic first, Topic second) =>
        Assert.Equal([first, second], Reader.Read(question).Topics);

    [Theory]
    [InlineData("cb dheures par semaine au stage ocio", "combien d heures par semaine au stage ocio")]
    [InlineData("cest quoi lannonce ictm", "c est quoi l annonce ictm")]
    // ("lia" is too short to be read apart by rule: "l'IA" is shorthand, as "modif" is "modifier".)
    [InlineData("si jutilise lia ca pose pb", "si j utilise l ia ca pose problem")]
    [InlineData("je peux encore modif", "je peux encore modifier")]
    // A known word is left whole ("stage" is not "s tage"), and so is an unknown one whose rest is no word.
    [InlineData("stage sxyzw", "stage sxyzw")]
    public void FrenchTypedWithoutItsApostrophesIsReadApart(string written, string read) =>
        Assert.Equal(read, string.Join(' ', Reader.Analyser.Question(written).Words));

    [Theory]
    [InlineData("wats the stipend 4 nds", Topic.Grant)]
    [InlineData("hw many hrs a wk for km", Topic.Hours)]
    [InlineData("Will NATO cover my travel costs to get there and back home afterwards?", Topic.Travel)]
    [InlineData("I uploaded the wrong transcript after the deadline passed, can I swap it?", Topic.UpdatesAfterDeadline)]
    [InlineData("Combien touche-t-on par mois ?", Topic.Grant)]
    [InlineData("If I don't get selected, is that the end of it?", Topic.CandidatePool)]
    // English "pays" after what pays it is money, not the French "pays" (country) of "dans quel pays".
    [InlineData("how many notices say what the internship pays?", Topic.Grant)]
    [InlineData("dans quel pays se trouve le stage ?", Topic.Location)]
    // "Où ça ?" loses its accent to the normaliser; "ou ça" together still asks where, not "or".
    [InlineData("Et où ça ?", Topic.Location)]
    // "Ressortissant d'un pays membre" is nationality, not where the internship is ("pays").
    [InlineData("Quelles offres exigent d'être ressortissant d'un pays membre de l'OTAN ?", Topic.EssentialCriteria)]
    // Help from an AI to write the application is the AI policy, not the help interns give in their tasks.
    [InlineData("Je peux me faire aider par une IA pour rédiger mon dossier ?", Topic.GenerativeAi)]
    // Nothing but "required" words and a vacancy's name: what the vacancy requires.
    [InlineData("what are the requirements for OCIO?", Topic.EssentialCriteria)]
    [InlineData("what's needed for KM?", Topic.EssentialCriteria)]
    [InlineData("ok then what IS required?", Topic.EssentialCriteria)]
    // Phone typing, and citizenship as a word for nationality.
    [InlineData("hw mch do interns get pd at nato jis", Topic.Grant)]
    // "How do I show...?" asks for proof, not to be shown the list.
    [InlineData("how do I show I'm still studying?", Topic.Documents)]
    [InlineData("wat r the requirmnts for teh ocio internshp", Topic.EssentialCriteria)]
    [InlineData("do I need to be an EU citizen?", Topic.EssentialCriteria)]
    [InlineData("Est-ce que je dois être citoyenne d'un pays de l'UE ?", Topic.EssentialCriteria)]
    [InlineData("La réunion d'information sur le recrutement, c'est quand ?", Topic.InfoSession)]
    public void QuestionsWrittenInOtherWordsFindTheirTopic(string question, Topic topic) =>
        Assert.Equal(topic, Reader.Read(question).Topics[0]);

    [Fact]
    public void WhatIsCountedComesBeforeARequestTheOtherWordsSuggest()
    {
        // "candidates" alone reads as application counts.
        Assert.Equal(Topic.Competencies, Reader.Read("how many competencies do they ask candidates to show").Meanings[0].Meaning.Topic);
        Assert.Equal(Intent.StaffCounts, Reader.Read("how many candidates applied?").Meanings[0].Meaning.Intent);
    }

    [Fact]
    public void AQuestionAboutTwoThingsGetsBoth()
    {
        var topics = Reader.Read("What is the deadline and the grant for JIS?").Topics;
        Assert.Contains(Topic.Deadline, topics);
        Assert.Contains(Topic.Grant, topics);
    }

    [Theory]
    [InlineData("What's the weather like on Mars?")]
    [InlineData("purple elephant sandwich")]
    [InlineData("What have I already missed?")]
    // "Required" words with a word of their own, or pointing back at what was said, are not the criteria.
    [InlineData("does NDS require Python?")]
    [InlineData("is it required?")]
    public void WhenNothingFitsWellNoMeaningIsGuessed(string question) =>
        Assert.DoesNotContain(Reader.Read(question).Meanings, m => m.Meaning.Topic is not null);

    [Theory]
    [InlineData("Which vacancy closes last?", AnswerForms.Latest)]
    [InlineData("How many of them ask for a clearance?", AnswerForms.Count)]
    [InlineData("Y a-t-il encore des offres ouvertes ?", AnswerForms.Open)]
    [InlineData("What have I already missed?", AnswerForms.Past)]
    [InlineData("and for OCIO?", AnswerForms.FollowUp)]
    [InlineData("I study history, which one suits me?", AnswerForms.Fit)]
    [InlineData("I'm doing a master's in archival science. Which internship should I look at?", AnswerForms.Fit)]
    [InlineData("I'm an emergency management student. Anything relevant for me?", AnswerForms.Fit)]
    public void CueWordsShapeTheAnswer(string question, AnswerForms form) => Assert.True(Reader.Read(question).Has(form), Reader.Read(question).Forms.ToString());

    [Theory]
    [InlineData("the security awareness programme: what sort of materials would an intern produce?")]
    [InlineData("in order to apply to JIS, what do I need?")]
    public void WhatSortOfAndInOrderToAskForNoRanking(string question) => Assert.False(Reader.Read(question).Has(AnswerForms.Rank));

    [Theory]
    [InlineData("as an OCIO intern would I interact with the SecGen's office at all?")]
    [InlineData("ça ne me plaît pas du tout, c'est obligatoire ?")]
    public void AtAllIsNotEveryVacancy(string question) => Assert.False(Reader.Read(question).Has(AnswerForms.All));

    [Theory]
    [InlineData("Do any of these involve working close to the Secretary General?")]
    [InlineData("and which big meetings would the KM intern be close to?")]
    public void CloseToIsNearNotADeadline(string question) => Assert.DoesNotContain(Reader.Read(question).Meanings, m => m.Meaning.Topic == Topic.Deadline);

    [Theory]
    [InlineData("How many days were there between the info-session webinar and the June deadline?")]
    [InlineData("combien de jours se sont écoulés entre le webinaire et la date limite ?")]
    [InlineData("how long was it between the info session and the deadline")]
    public void ADurationAndTwoEndsAnywhereInTheQuestionAskForTheGap(string question) => Assert.True(Reader.Read(question).Has(AnswerForms.Between), Reader.Read(question).Forms.ToString());

    [Theory]
    [InlineData("How long is the KM internship?")]
    [InlineData("Combien de temps dure le stage ?")]
    [InlineData("how many months does it last")]
    public void TheHalvesOfAGapQuestionAreNotCuesOnTheirOwn(string question)
    {
        var read = Reader.Read(question);
        Assert.Equal(Topic.Duration, read.Topics[0]);
        Assert.False(read.Has(AnswerForms.Between));
    }

    [Theory]
    [InlineData("What about her brother? He's 23 but only has Swiss nationality.", false)]
    [InlineData("how about KM?", false)]
    [InlineData("Which notices talk about data?", true)]
    [InlineData("what about the ones that mention cyber?", true)]
    [InlineData("does the KM team do anything with AI?", true)]
    [InlineData("does KM have anything to do with SharePoint?", true)]
    public void WhatAboutAsksTheSameAgainRatherThanAboutMentions(string question, bool mention) =>
        Assert.Equal(mention, Reader.Read(question).Has(AnswerForms.Mention));

    [Theory]
    [InlineData("And me: 25, Belgian, graduated last month?")]
    [InlineData("j'ai eu mon diplôme le mois dernier")]
    [InlineData("I finished my master last year")]
    [InlineData("Combien de personnes ont postulé l'an dernier ?")]
    [InlineData("c'était l'année passée")]
    public void LastMonthOrLastYearIsATimeNotTheLatestVacancy(string question) => Assert.False(Reader.Read(question).Has(AnswerForms.Latest));

    [Theory]
    [InlineData("Je termine ma licence l'an prochain. Puis-je postuler au stage NDS ?")]
    [InlineData("I only turn 21 next spring, can I apply?")]
    [InlineData("I'll finish my degree next year")]
    public void NextYearOrNextSpringIsATimeNotTheEarliestVacancy(string question) => Assert.False(Reader.Read(question).Has(AnswerForms.Earliest));

    [Theory]
    [InlineData("What does the KM team at the IMS actually do?", false)]
    [InlineData("What is the KM team in the IMS responsible for?", false)]
    [InlineData("Is KM part of the IMS?", true)]
    [InlineData("Le stage KM fait-il partie de l'IMS ?", true)]
    [InlineData("Which internships are with the IMS?", true)]
    public void WhereAVacancyIsPlacedIsNotAQuestionAboutItsNatoBody(string question, bool natoBody) =>
        Assert.Equal(natoBody, Reader.Read(question).Topics.Contains(Topic.NatoBody));

    [Theory]
    // A vacancy's long name placing the question is not what it asks ("Technology" is no question about the work)...
    [InlineData("What's the weekly working time for the internship in Information Communication and Technology Management?", Topic.Hours)]
    [InlineData("is the NDS more a military thing or civilian?", Topic.About)]
    [InlineData("what tools would I use at KM?", Topic.Tasks)]
    [InlineData("Concrètement, quels outils techniques j'utiliserais au KM ?", Topic.Tasks)]
    public void WhatIsAskedIsReadWithoutTheNameThatPlacesIt(string question, Topic topic) => Assert.Equal(topic, Reader.Read(question).Topics[0]);

    [Theory]
    // A disability named (autism, deafness, a wheelchair) with the selection adapted is reasonable accommodation, not
    // a question about how candidates are selected.
    [InlineData("I'm autistic and might need the NDS interview run a bit differently. what do I do?", Topic.ReasonableAccommodation)]
    [InlineData("I'm deaf and would need a sign language interpreter at the KM interview. can they arrange that?", Topic.ReasonableAccommodation)]
    [InlineData("Je suis malentendant. Est-ce que l'OTAN peut adapter les entretiens si je postule ?", Topic.ReasonableAccommodation)]
    // Whether AI use is checked is the AI policy; another division picking a candidate up is the pool.
    [InlineData("Will NATO actually check whether AI was used on my NDS application?", Topic.GenerativeAi)]
    [InlineData("If KM passes on me, could another division still pick me up?", Topic.CandidatePool)]
    // Everyday ways of naming a topic: working from home, the trip there, what an intern comes away with, where.
    [InlineData("Les stagiaires peuvent-ils bosser de chez eux ?", Topic.Telework)]
    [InlineData("is working from home an option at OCIO?", Topic.Telework)]
    [InlineData("do they cover the cost of getting to brussels?", Topic.Travel)]
    [InlineData("Est-ce que l'ICTM rembourse le trajet au début et à la fin du stage ?", Topic.Travel)]
    [InlineData("does the OCIO notice say what skills or knowledge an intern will come away with?", Topic.LearningOutcomes)]
    [InlineData("Où se passe le stage JIS ?", Topic.Location)]
    [InlineData("Le stage NDS, c'est où ?", Topic.Location)]
    // A shorter stay in months ("que 3 mois") is the length of the internship, not the grant paid per month.
    [InlineData("on peut faire que 3 mois au jis ?", Topic.Duration)]
    // "Bosser" is "travailler": who the intern works with is the daily work.
    [InlineData("le stagiaire KM il bosse avec qui principalement", Topic.Tasks)]
    public void ASituationOrAnEverydayWordingIsReadAsTheTopicThatAnswersIt(string question, Topic topic) => Assert.Equal(topic, Reader.Read(question).Topics[0]);

    [Theory]
    // "holds" once became "holidays", and a nationality question a question about leave; "words" became "work", and
    // "what does the CIO do, in plain words?" the intern's daily work.
    [InlineData("Someone writes that she holds only a Swiss passport. Can she go for the NDS internship?", "holds")]
    [InlineData("what does the NATO CIO actually do, in plain words?", "words")]
    public void EverydayWordsAreNeverCorrectedIntoOthers(string question, string word) =>
        Assert.Contains(word, Reader.Read(question).Analysed.Words);

    [Theory]
    // The European Commission, the UN, the Council of Europe are international organisations, experience at which
    // the desirable criteria name.
    [InlineData("does it matter if I've already interned at the UN?")]
    [InlineData("I did a traineeship at the European Commission last year - does that count for anything for JIS?")]
    [InlineData("J'ai fait un stage au Conseil de l'Europe, est-ce que ça m'aide pour le stage NDS ?")]
    public void ExperienceAtANamedInternationalOrganisationIsADesirableCriterion(string question) =>
        Assert.Equal(Topic.DesirableCriteria, Reader.Read(question).Topics[0]);

    [Theory]
    // Dyslexia is a disability for which the selection can be adapted.
    [InlineData("I'm dyslexic and would need extra time if there's a written exercise. How do I flag that for NDS?")]
    [InlineData("Je suis dyslexique, est-ce que je peux demander un aménagement pour le JIS ?")]
    public void ADisabilityNamedIsAQuestionAboutReasonableAccommodation(string question) =>
        Assert.Equal(Topic.ReasonableAccommodation, Reader.Read(question).Topics[0]);


    [Theory]
    [InlineData("does the NDS need Python? the DSI part sounds like coding", "nds", "Python")]
    [InlineData("Do I need an official sworn translation of my diploma?", null, "official sworn translation")]
    [InlineData("Faut-il connaître Python pour le stage NDS ?", "nds", "Python")]
    [InlineData("Does the KM internship involve SharePoint?", "km", null)]
    [InlineData("Do I need a security clearance for JIS?", "jis", null)]
    [InlineData("I read you need 2 years of uni, is that right for NDS?", "nds", null)]
    [InlineData("Do I absolutely need a master's for OCIO?", "ocio", null)]
    [InlineData("does it need coding skills at KM?", "km", null)]
    [InlineData("does it need coding skills at OCIO?", "ocio", "coding skills")]
    // "Would I do X?" asks for X by name, like "do I need X?".
    [InlineData("would i do penetration testing at NDS?", "nds", "penetration testing")]
    [InlineData("would i do penetration testing at JIS?", "jis", null)]
    // "On fait surtout quoi ?" asks what the work is, not for "surtout".
    [InlineData("Au stage NDS on fait surtout quoi ? de la recherche ?", "nds", null)]
    public void WhatAQuestionAsksForByNameIsUnmentionedOnlyWhenNoNoticeAskedAboutUsesIt(string question, string? vacancy, string? unmentioned)
    {
        var catalogue = ShippedCatalogue.Value;
        var vacancies = vacancy is null ? catalogue.All : [catalogue.Get(vacancy)!];
        var found = new UnmentionedWords(UnderstandingData.Shipped, Reader.Passages).In(Reader.Read(question), vacancies);
        Assert.Equal(unmentioned is null ? [] : [unmentioned], found);
    }

    [Fact]
    public void CuesDoNotDecideWhatTheQuestionIsAbout()
    {
        // "how many" is a cue, so "how many hours" is about hours and "how many years of university" is not about hours.
        Assert.Equal(Topic.Hours, Reader.Read("how many hours a week?").Topics.Single());
        Assert.Contains(Reader.Read("How many years of university do I need?").Topics, t => t == Topic.EssentialCriteria);
    }

    [Fact]
    public void PassagesAreFoundInEitherLanguageAndRankedByHowMuchOfTheQuestionTheyCover()
    {
        var english = Reader.Analyser.Question("close protection secretary general");
        var hits = Reader.Passages.Search(english.Subject.ToList(), english.Added.ToList());
        Assert.Equal("jis", hits[0].Passage.Vacancy.Slug);

        var french = Reader.Analyser.Question("protection rapprochée du secrétaire général");
        Assert.Equal("jis", Reader.Passages.Search(french.Subject.ToList(), french.Added.ToList())[0].Passage.Vacancy.Slug);
        Assert.Empty(Reader.Passages.Search(["zzzz"], []));
    }

    [Theory]
    [InlineData("years", false)]
    [InlineData("ans", false)]
    [InlineData("années", false)]
    [InlineData("mois", false)]
    [InlineData("jours", true)]
    [InlineData("heures", true)]
    [InlineData("minutes", true)]
    public void UnitsOfTimeAreKnownInEitherLanguageAsTheyAreWritten(string written, bool countsTimeLeft)
    {
        // Stemmed as a question's words are ("années" is not "anne"): a time, not a thing asked about.
        Assert.Contains(LightStemmer.Stem(TextNormaliser.Normalise(written)), QuestionReader.TimeUnits);
        Assert.Equal(countsTimeLeft, QuestionReader.CountsTimeLeft(TextNormaliser.Normalise(written)));
    }

    [Fact]
    public void WhatOneLearnsInAUnitBelongsToThatUnitAsItsWorkDoes()
    {
        // JIS's notice says it of the Close Protection Unit: learning security and emergency management.
        var learning = Assert.Single(Reader.Passages.All, p => p.Topic == Topic.LearningOutcomes && p.Text.En.Contains("emergency management", StringComparison.Ordinal));
        Assert.Equal("CPU", learning.Unit?.Abbreviation);
        // A vacancy with one unit keeps its learning for the whole vacancy, as it is written.
        Assert.All(Reader.Passages.All.Where(p => p.Topic == Topic.LearningOutcomes && p.Vacancy.Units.Count <= 1), p => Assert.Null(p.Unit));
    }

    [Fact]
    public void NoExampleNamesAVacancySoNoMeaningIsTiedToOne()
    {
        var names = ShippedCatalogue.Value.All.SelectMany(v => new[] { v.ShortName, v.Slug, v.Reference }).OfType<string>().Select(TextNormaliser.Normalise).ToHashSet();
        Assert.All(UnderstandingData.Shipped.Examples, e => Assert.DoesNotContain(TextNormaliser.Words(TextNormaliser.Normalise(e.Example)), names.Contains));
    }

    [Fact]
    public void EveryTopicHasExamplesInBothLanguages()
    {
        var examples = UnderstandingData.Shipped.Examples;
        foreach (var topic in Enum.GetValues<Topic>())
        {
            Assert.Contains(examples, e => e.Meaning.Topic == topic && e.Language == "en");
            Assert.Contains(examples, e => e.Meaning.Topic == topic && e.Language == "fr");
        }
    }

    // Asking which internship fits, in the words people use: "anything that matches?", "un stage qui colle ?",
    // "quel stage choisir ?", a career one wants to take up.
    [Theory]
    [InlineData("My daughter volunteers at a history museum. Anything that matches?")]
    [InlineData("ma fille veut devenir garde du corps, y a un stage qui colle ?")]
    [InlineData("Plus tard je veux être juriste. Quel stage choisir ?")]
    [InlineData("I'm good at designing leaflets. Is there an internship that needs that?")]
    public void AskingWhichInternshipMatchesIsAFit(string question) => Assert.True(Reader.Read(question).Has(AnswerForms.Fit));

    // "organises" is an English word, not a slip for "organismes" (bodies).
    [Fact]
    public void OrganisesIsReadAsWritten() => Assert.Contains("organises", Reader.Read("she organises exhibitions").Analysed.Words);

    // A vacancy's or a post's number is its reference number, in either language.
    [Theory]
    [InlineData("What's the vacancy number of the KM internship?")]
    [InlineData("c'est quoi le numéro de poste du stage NDS ?")]
    public void AVacancyNumberIsTheReference(string question) => Assert.Equal(Topic.Reference, Reader.Read(question).Topics[0]);

    // "When applying" places the question; it does not ask when applications open.
    [Fact]
    public void WhenApplyingDoesNotAskWhenApplicationsOpen()
    {
        var reading = Reader.Read("What's the policy on using AI when applying?");
        Assert.Equal(Topic.GenerativeAi, reading.Topics[0]);
        Assert.DoesNotContain(reading.Meanings, m => m.Meaning.Aspect is not null);
    }

    // A grant "versée" (paid) and "vers" (towards) share letters, not a stem.
    [Fact]
    public void PaidIsNotTowards()
    {
        Assert.NotEqual(LightStemmer.Stem("vers"), LightStemmer.Stem("versee"));
        Assert.Equal(LightStemmer.Stem("versement"), LightStemmer.Stem("versee"));
    }

    // "Is a cover letter required?" asks for a document; "which notices cover AI?" asks which mention it.
    [Fact]
    public void ACoverLetterIsNoMention()
    {
        Assert.False(Reader.Read("Is a cover letter required?").Has(AnswerForms.Mention));
        Assert.True(Reader.Read("which notices cover AI?").Has(AnswerForms.Mention));
    }
}
