using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using InternBot.Bot.Tests.TestKit;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>
/// Question-answering accuracy through /api/messages with expectReplies, on three sets (Conversation/*.json):
/// the rehearsed suite (written with the lexicon), the development sets (written from the notices alone, tuned on)
/// and the blind sets (written from the notices alone and frozen before any tuning; never tuned on). Each prints its score
/// by family; the blind sets print only the ids of their misses, so that reading the output cannot tune on them.
/// </summary>
public sealed class QuestionAnsweringAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public Task AtLeast95PercentOfTheRehearsedSuiteIsAnswered() => ScoreAsync("qa-suite.json", 0.95, showMisses: true, minEnglish: 80, minFrench: 30);

    [Fact]
    public Task AtLeast95PercentOfTheDevelopmentSetIsAnswered() => ScoreAsync("qa-dev.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheSecondDevelopmentSetIsAnswered() => ScoreAsync("qa-dev2.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheThirdDevelopmentSetIsAnswered() => ScoreAsync("qa-dev3.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheFourthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev4.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheFifthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev5.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheSixthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev6.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheSeventhDevelopmentSetIsAnswered() => ScoreAsync("qa-dev7.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheEighthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev8.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheNinthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev9.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    [Fact]
    public Task AtLeast95PercentOfTheTwelfthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev12.json", 0.95, showMisses: true, minEnglish: 150, minFrench: 70);

    [Fact]
    public Task AtLeast95PercentOfTheEleventhDevelopmentSetIsAnswered() => ScoreAsync("qa-dev11.json", 0.95, showMisses: true, minEnglish: 110, minFrench: 55);

    // Follow-ups (two fifths) and questions across the vacancies (a third); 93.0 % before tuning.
    [Fact]
    public Task AtLeast96PercentOfTheThirtySixthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev36.json", 0.96, showMisses: true, minEnglish: 170, minFrench: 85);

    // A third units (sections described by what they do), a third paraphrases put as situations, a sixth silent facts,
    // two fifths French; 89.5 % before tuning, held there while tuned on.
    [Fact]
    public Task AtLeast89PercentOfTheFortyThirdDevelopmentSetIsAnswered() => ScoreAsync("qa-dev43.json", 0.89, showMisses: true, minEnglish: 220, minFrench: 140);

    // A third units in the asker's own words, a third situations, the rest follow-ups and silent facts, half French;
    // 85.0 % before tuning, 90.1 % after the first round; held there while tuned on.
    [Fact]
    public Task AtLeast90PercentOfTheFortyFourthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev44.json", 0.90, showMisses: true, minEnglish: 240, minFrench: 240);

    // The same brief as the fifty-sixth, written afresh; 93.7 % before tuning, 94.8 % after.
    [Fact]
    public Task AtLeast93PercentOfTheFiftySeventhDevelopmentSetIsAnswered() => ScoreAsync("qa-dev57.json", 0.93, showMisses: true, minEnglish: 230, minFrench: 175);

    // The same brief as the fifty-seventh, written afresh; 95.1 % before tuning, 96.2 % after.
    [Fact]
    public Task AtLeast96PercentOfTheFiftyEighthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev58.json", 0.96, showMisses: true, minEnglish: 245, minFrench: 175);

    // The same brief as the fifty-eighth, written afresh; 94.9 % before tuning, 97.3 % after.
    [Fact]
    public Task AtLeast97PercentOfTheFiftyNinthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev59.json", 0.97, showMisses: true, minEnglish: 250, minFrench: 185);

    // The same brief as the fifty-ninth, written afresh; 94.9 % before tuning, 97.6 % after.
    [Fact]
    public Task AtLeast97PercentOfTheSixtiethDevelopmentSetIsAnswered() => ScoreAsync("qa-dev60.json", 0.97, showMisses: true, minEnglish: 260, minFrench: 185);

    // The same brief as the fifty-fifth; 96.9 % before tuning, 98.0 % after.
    [Fact]
    public Task AtLeast97PercentOfTheFiftySixthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev56.json", 0.97, showMisses: true, minEnglish: 220, minFrench: 215);

    // A third silent facts including practical life questions, a quarter units and fit, a sixth paraphrases, a sixth
    // follow-ups, the rest across the vacancies at their own clock, half French; 94.0 % before tuning, 96.9 % after.
    [Fact]
    public Task AtLeast96PercentOfTheFiftyFifthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev55.json", 0.96, showMisses: true, minEnglish: 220, minFrench: 215);

    // A third silent facts including practical life questions, a quarter units and fit, a sixth paraphrases, a sixth
    // follow-ups, the rest across the vacancies at their own clock, half French; 92.3 % before tuning, 98.0 % after.
    [Fact]
    public Task AtLeast97PercentOfTheFiftyFourthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev54.json", 0.97, showMisses: true, minEnglish: 220, minFrench: 215);

    // A third paraphrases and a third silent facts in the asker's own words, the rest follow-ups, units and fit, and
    // questions across the vacancies at their own clock, half French; 86.8 % before tuning, 92.6 % after.
    [Fact]
    public Task AtLeast92PercentOfTheFiftyThirdDevelopmentSetIsAnswered() => ScoreAsync("qa-dev53.json", 0.92, showMisses: true, minEnglish: 215, minFrench: 215);

    // A third silent facts asked as the asker's own situation or worry, a quarter units and which internship fits, a fifth
    // follow-ups that refer back ("the first one you said"), the rest across the vacancies at their own clock, half French;
    // 93.6 % before tuning, 96.5 % after.
    [Fact]
    public Task AtLeast96PercentOfTheFiftySecondDevelopmentSetIsAnswered() => ScoreAsync("qa-dev52.json", 0.96, showMisses: true, minEnglish: 220, minFrench: 210);

    // Two fifths silent facts in everyday words and situations set as a scene, a quarter follow-ups with short elliptical
    // turns, a fifth paraphrases, half French; 88.8 % before tuning, 93.0 % after.
    [Fact]
    public Task AtLeast92PercentOfTheFiftyFirstDevelopmentSetIsAnswered() => ScoreAsync("qa-dev51.json", 0.92, showMisses: true, minEnglish: 220, minFrench: 220);

    // A quarter units (named, abbreviated or described; which one fits a person), a quarter silent facts in everyday
    // words, a fifth situations and two questions in one message, a fifth follow-ups, half French; 93.3 % before tuning, 97.0 % after.
    [Fact]
    public Task AtLeast96PercentOfTheFiftiethDevelopmentSetIsAnswered() => ScoreAsync("qa-dev50.json", 0.96, showMisses: true, minEnglish: 220, minFrench: 220);

    // A third silent facts in everyday words, a quarter situations (a scene set first, forwarded e-mails, several
    // questions in one message), a fifth follow-ups, half French; 90.9 % before tuning, 94.9 % after.
    [Fact]
    public Task AtLeast94PercentOfTheFortyNinthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev49.json", 0.94, showMisses: true, minEnglish: 200, minFrench: 200);

    [Fact]
    public Task AtLeast93PercentOfTheFortyEighthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev48.json", 0.93, showMisses: true, minEnglish: 220, minFrench: 210);

    // A quarter follow-ups (screening candidates in a row, short turns), a quarter units in the asker's own words, a fifth
    // across the vacancies, half French; 92.6 % before tuning, 94.3 % after the first round; held there while tuned on.
    [Fact]
    public Task AtLeast94PercentOfTheFortySeventhDevelopmentSetIsAnswered() => ScoreAsync("qa-dev47.json", 0.94, showMisses: true, minEnglish: 220, minFrench: 220);

    // A quarter silent facts and a quarter paraphrases put as situations (both in the asker's own words), a fifth units
    // described by what they do, half French; 90.1 % before tuning, 93.8 % after the first round; held there while tuned on.
    [Fact]
    public Task AtLeast93PercentOfTheFortySixthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev46.json", 0.93, showMisses: true, minEnglish: 210, minFrench: 210);

    // A third across the vacancies, a third follow-ups of three or four turns, the rest units and situations, half
    // French; 89.3 % before tuning, 91.4 % after the first round; held there while tuned on.
    [Fact]
    public Task AtLeast91PercentOfTheFortyFifthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev45.json", 0.91, showMisses: true, minEnglish: 210, minFrench: 200);

    // A third follow-ups (short turns), a quarter paraphrases put as situations, a fifth silent facts, half French (a
    // third of it typed without accents); 90.2 % before tuning, held there while tuned on.
    [Fact]
    public Task AtLeast90PercentOfTheFortySecondDevelopmentSetIsAnswered() => ScoreAsync("qa-dev42.json", 0.90, showMisses: true, minEnglish: 180, minFrench: 170);

    // Across the vacancies and paraphrases (three tenths each), a fifth follow-ups, two fifths French; 91.5 % before tuning,
    // held there while tuned on.
    [Fact]
    public Task AtLeast91PercentOfTheFortyFirstDevelopmentSetIsAnswered() => ScoreAsync("qa-dev41.json", 0.91, showMisses: true, minEnglish: 190, minFrench: 125);

    // A third units (in words of their own: "who looks after ...?") and a third paraphrases, half French; 92.3 % before
    // tuning, held there while tuned on.
    [Fact]
    public Task AtLeast92PercentOfTheFortiethDevelopmentSetIsAnswered() => ScoreAsync("qa-dev40.json", 0.92, showMisses: true, minEnglish: 180, minFrench: 170);

    // A third units and a third paraphrases, half French; 92.5 % before tuning, held there while tuned on.
    [Fact]
    public Task AtLeast92PercentOfTheThirtyNinthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev39.json", 0.92, showMisses: true, minEnglish: 170, minFrench: 160);

    // Follow-ups (two fifths), silent facts, a sixth at other moments; 88.6 % before tuning, held there while tuned on.
    [Fact]
    public Task AtLeast88PercentOfTheThirtyEighthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev38.json", 0.88, showMisses: true, minEnglish: 200, minFrench: 110);

    [Fact]
    public Task AtLeast97PercentOfTheThirtySeventhDevelopmentSetIsAnswered() => ScoreAsync("qa-dev37.json", 0.97, showMisses: true, minEnglish: 180, minFrench: 90);

    // Questions across the vacancies (a third), follow-ups (two fifths) and paraphrases;
    // 83.9 % before tuning, being tuned on: held at its score so far.
    [Fact]
    public Task AtLeast93PercentOfTheThirtyFifthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev35.json", 0.93, showMisses: true, minEnglish: 160, minFrench: 85);

    // A third facts one notice is silent on, asked every way, and nearly half follow-ups;
    // 94.5 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheThirtyFourthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev34.json", 0.95, showMisses: true, minEnglish: 160, minFrench: 100);

    // Two fifths follow-ups that switch the vacancy, the person or the topic, a quarter units, a quarter situations;
    // 91.3 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheThirtyThirdDevelopmentSetIsAnswered() => ScoreAsync("qa-dev33.json", 0.95, showMisses: true, minEnglish: 170, minFrench: 85);

    // Nearly half paraphrases and situations, a third units named or described;
    // 92.1 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheThirtySecondDevelopmentSetIsAnswered() => ScoreAsync("qa-dev32.json", 0.95, showMisses: true, minEnglish: 165, minFrench: 85);

    // Two fifths follow-ups that change the person or the vacancy, two fifths paraphrases and situations;
    // 89.5 % before tuning, being tuned on: held at its score so far.
    [Fact]
    public Task AtLeast94PercentOfTheThirtyFirstDevelopmentSetIsAnswered() => ScoreAsync("qa-dev31.json", 0.94, showMisses: true, minEnglish: 190, minFrench: 100);

    // A third paraphrases and situations, a third follow-ups that keep a vacancy or a person and change one thing;
    // 91.3 % before tuning, being tuned on: held at its score so far.
    [Fact]
    public Task AtLeast92PercentOfTheThirtiethDevelopmentSetIsAnswered() => ScoreAsync("qa-dev30.json", 0.92, showMisses: true, minEnglish: 140, minFrench: 70);

    // Two fifths across the vacancies asked in new ways, a quarter follow-ups that switch, a fifth units described;
    // 91.1 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentyNinthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev29.json", 0.95, showMisses: true, minEnglish: 140, minFrench: 65);

    // Questions across the vacancies (counts, filters, comparisons, rankings, the clock), a fifth as follow-ups;
    // 89.2 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentyEighthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev28.json", 0.95, showMisses: true, minEnglish: 130, minFrench: 60);

    // A fifth of each family (silent, across, paraphrase, units, follow-ups); 87.5 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentySeventhDevelopmentSetIsAnswered() => ScoreAsync("qa-dev27.json", 0.95, showMisses: true, minEnglish: 150, minFrench: 70);

    // A third paraphrases and situations, a quarter units named or described indirectly, a quarter follow-ups;
    // 88.5 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentySixthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev26.json", 0.95, showMisses: true, minEnglish: 130, minFrench: 60);

    // A third sections and units named, abbreviated or described, a third paraphrases, a fifth silent details;
    // 92.4 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentyFifthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev25.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    // Half French; a third follow-ups (staff screening candidates in a row), a quarter questions across vacancies;
    // 91.6 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentyFourthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev24.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 100);

    // Half paraphrases and situations, a third silent details and uncovered topics; 83.3 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentyThirdDevelopmentSetIsAnswered() => ScoreAsync("qa-dev23.json", 0.95, showMisses: true, minEnglish: 130, minFrench: 60);

    // Silent facts, set questions, paraphrases, units, follow-ups, a fifth asked at other moments of the campaign;
    // 90.5 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentySecondDevelopmentSetIsAnswered() => ScoreAsync("qa-dev22.json", 0.95, showMisses: true, minEnglish: 130, minFrench: 60);

    // Cases at other moments (before and between the deadlines), several candidates in a row, sections; 80.8 % at its
    // first measurement, being tuned on: held at its score so far.
    [Fact]
    public Task AtLeast89PercentOfTheTwentyFirstDevelopmentSetIsAnswered() => ScoreAsync("qa-dev21.json", 0.89, showMisses: true, minEnglish: 110, minFrench: 55);

    // Forwarded emails, two asks in one, fragments, references; 88.4 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheTwentiethDevelopmentSetIsAnswered() => ScoreAsync("qa-dev20.json", 0.95, showMisses: true, minEnglish: 115, minFrench: 60);

    // Situations and follow-ups; 89.3 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheNineteenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev19.json", 0.95, showMisses: true, minEnglish: 150, minFrench: 60);

    // Silent facts, set questions, units; 93.3 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheEighteenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev18.json", 0.95, showMisses: true, minEnglish: 140, minFrench: 70);

    // Outside-NATO applicants and follow-ups; 92.6 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheSeventeenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev17.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    // Parents, advisers, supervisors, non-native speakers, two asks in one; 93.5 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheSixteenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev16.json", 0.95, showMisses: true, minEnglish: 100, minFrench: 50);

    // Staff and applicants, indirect names, dual nationalities; 92.4 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheFifteenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev15.json", 0.95, showMisses: true, minEnglish: 110, minFrench: 55);

    // Situations, skills, texting and follow-ups; 85.1 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheFourteenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev14.json", 0.95, showMisses: true, minEnglish: 120, minFrench: 60);

    // Written to be hard (situations, sums, units); 88.2 % before tuning.
    [Fact]
    public Task AtLeast95PercentOfTheThirteenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev13.json", 0.95, showMisses: true, minEnglish: 140, minFrench: 65);

    [Fact]
    public Task AtLeast95PercentOfTheTenthDevelopmentSetIsAnswered() => ScoreAsync("qa-dev10.json", 0.95, showMisses: true, minEnglish: 110, minFrench: 55);

    // The issue's bar is 95 % on blind sets; twenty of the thirty-six meet it, the others do not yet (README: "How
    // well it understands"). Until all do, the blind sets together hold the line at their last measurement, 11,715 of
    // 12,352 turns (94.8 % on 2026-12-08, the twentieth to thirty-sixth sets included from their first measurement): a
    // change that loses more blind answers than it wins fails here. Together, because a thousand turns measure a change
    // better than any set alone.
    [Fact]
    public async Task TheBlindSetsTogetherKeepAtLeastTheirLastMeasuredScore()
    {
        var sets = new[]
        {
            await ScoreAsync("qa-blind.json", null, showMisses: false, minEnglish: 100, minFrench: 50),
            await ScoreAsync("qa-blind2.json", null, showMisses: false, minEnglish: 120, minFrench: 55),
            await ScoreAsync("qa-blind3.json", null, showMisses: false, minEnglish: 120, minFrench: 60),
            await ScoreAsync("qa-blind4.json", null, showMisses: false, minEnglish: 120, minFrench: 55),
            await ScoreAsync("qa-blind5.json", null, showMisses: false, minEnglish: 120, minFrench: 60),
            await ScoreAsync("qa-blind6.json", null, showMisses: false, minEnglish: 120, minFrench: 55),
            await ScoreAsync("qa-blind7.json", null, showMisses: false, minEnglish: 110, minFrench: 50),
            await ScoreAsync("qa-blind8.json", null, showMisses: false, minEnglish: 130, minFrench: 60),
            await ScoreAsync("qa-blind9.json", null, showMisses: false, minEnglish: 130, minFrench: 60),
            await ScoreAsync("qa-blind10.json", null, showMisses: false, minEnglish: 150, minFrench: 80),
            await ScoreAsync("qa-blind11.json", null, showMisses: false, minEnglish: 150, minFrench: 75),
            await ScoreAsync("qa-blind12.json", null, showMisses: false, minEnglish: 175, minFrench: 85),
            await ScoreAsync("qa-blind13.json", null, showMisses: false, minEnglish: 190, minFrench: 85),
            await ScoreAsync("qa-blind14.json", null, showMisses: false, minEnglish: 200, minFrench: 100),
            await ScoreAsync("qa-blind15.json", null, showMisses: false, minEnglish: 200, minFrench: 95),
            await ScoreAsync("qa-blind16.json", null, showMisses: false, minEnglish: 210, minFrench: 110),
            await ScoreAsync("qa-blind17.json", null, showMisses: false, minEnglish: 240, minFrench: 110),
            await ScoreAsync("qa-blind18.json", null, showMisses: false, minEnglish: 210, minFrench: 150),
            await ScoreAsync("qa-blind19.json", null, showMisses: false, minEnglish: 210, minFrench: 140),
            await ScoreAsync("qa-blind20.json", null, showMisses: false, minEnglish: 220, minFrench: 155),
            await ScoreAsync("qa-blind21.json", null, showMisses: false, minEnglish: 200, minFrench: 130),
            await ScoreAsync("qa-blind22.json", null, showMisses: false, minEnglish: 200, minFrench: 140),
            await ScoreAsync("qa-blind23.json", null, showMisses: false, minEnglish: 200, minFrench: 150),
            await ScoreAsync("qa-blind24.json", null, showMisses: false, minEnglish: 210, minFrench: 140),
            await ScoreAsync("qa-blind25.json", null, showMisses: false, minEnglish: 220, minFrench: 145),
            await ScoreAsync("qa-blind26.json", null, showMisses: false, minEnglish: 220, minFrench: 150),
            await ScoreAsync("qa-blind27.json", null, showMisses: false, minEnglish: 220, minFrench: 150),
            await ScoreAsync("qa-blind28.json", null, showMisses: false, minEnglish: 230, minFrench: 150),
            await ScoreAsync("qa-blind29.json", null, showMisses: false, minEnglish: 250, minFrench: 160),
            await ScoreAsync("qa-blind30.json", null, showMisses: false, minEnglish: 230, minFrench: 170),
            await ScoreAsync("qa-blind31.json", null, showMisses: false, minEnglish: 235, minFrench: 165),
            await ScoreAsync("qa-blind32.json", null, showMisses: false, minEnglish: 240, minFrench: 165),
            await ScoreAsync("qa-blind33.json", null, showMisses: false, minEnglish: 250, minFrench: 175),
            await ScoreAsync("qa-blind34.json", null, showMisses: false, minEnglish: 245, minFrench: 175),
            await ScoreAsync("qa-blind35.json", null, showMisses: false, minEnglish: 250, minFrench: 185),
            await ScoreAsync("qa-blind36.json", null, showMisses: false, minEnglish: 270, minFrench: 175),
        };
        var (passed, turns) = (sets.Sum(s => s.Passed), sets.Sum(s => s.Turns));
        var together = (double)passed / turns;
        output.WriteLine($"blind sets together: {passed}/{turns} = {together:P1}");
        // Counted in turns, not a rounded percentage (11715/12352 is 94.84 %).
        Assert.True(passed >= 11715, $"the blind sets together answer {passed}/{turns} ({together:P1}), fewer than at their last measurement (11715/12352)");
    }

    private async Task<(int Passed, int Turns)> ScoreAsync(string file, double? threshold, bool showMisses, int minEnglish, int minFrench)
    {
        var set = QuestionSet.Load(Path.Combine(AppContext.BaseDirectory, "Conversation", file));
        using var host = BotHost.Anonymous();
        int turns = 0, passed = 0, english = 0, french = 0;
        var byFamily = new SortedDictionary<string, (int Passed, int Turns)>(StringComparer.Ordinal);
        var misses = new List<string>();
        var n = 0;
        foreach (var conversation in set.Cases)
        {
            host.Time.FixAt(conversation.Clock ?? set.Clock);
            var conversationId = $"a:accuracy-{n++}";
            foreach (var turn in conversation.Turns)
            {
                turns++;
                var locale = turn.Locale ?? conversation.Locale ?? "en-US";
                if (locale.StartsWith("fr", StringComparison.Ordinal) || Core.Answers.LanguageDetector.LooksFrench(turn.Question))
                {
                    french++;
                }
                else
                {
                    english++;
                }

                var activity = TestKit.Activities.Message(turn.Question, conversation: conversationId, expectReplies: true);
                activity["locale"] = locale;
                var response = await host.PostAsync(activity);
                var text = CardText(await BotHost.JsonOf(response));
                var missing = turn.Expect.Where(alternatives => !alternatives.Any(e => text.Contains(e, StringComparison.OrdinalIgnoreCase))).Select(a => string.Join(" / ", a)).ToList();
                var unwanted = turn.Reject.Where(r => text.Contains(r, StringComparison.OrdinalIgnoreCase)).ToList();
                var ok = missing.Count == 0 && unwanted.Count == 0;
                passed += ok ? 1 : 0;
                var (p, t) = byFamily.GetValueOrDefault(conversation.Family);
                byFamily[conversation.Family] = (p + (ok ? 1 : 0), t + 1);
                if (!ok)
                {
                    misses.Add(showMisses
                        ? $"{conversation.Id} \"{turn.Question}\": missing [{string.Join(", ", missing)}] unwanted [{string.Join(", ", unwanted)}] in: {(text.Length > 400 ? text[..400] : text)}"
                        : conversation.Id);
                }
            }
        }

        var score = (double)passed / turns;
        output.WriteLine($"{file}: {passed}/{turns} = {score:P1} ({english} English, {french} French turns)");
        foreach (var (family, (p, t)) in byFamily)
        {
            output.WriteLine($"  {family,-12} {p,3}/{t,-3} {(double)p / t:P1}");
        }

        output.WriteLine(showMisses ? string.Join(Environment.NewLine, misses.Select(m => "MISS " + m)) : $"misses: {string.Join(", ", misses.Distinct())}");
        Assert.True(english >= minEnglish, $"only {english} English turns");
        Assert.True(french >= minFrench, $"only {french} French turns");
        if (threshold is { } bar)
        {
            Assert.True(score >= bar, $"{file}: accuracy {score:P1} is below {bar:P0}{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");
        }

        return (passed, turns);
    }

    /// <summary>Every text a person sees on the reply cards, with non-breaking spaces as spaces.</summary>
    private static string CardText(JsonElement body)
    {
        var parts = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var name in new[] { "text", "title", "value" })
                    {
                        if (o[name] is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            parts.Add(s);
                        }
                    }

                    // An action's data travels back with a click and is never shown: it can hold the question itself.
                    foreach (var p in o.Where(p => p.Key != "data"))
                    {
                        Walk(p.Value);
                    }

                    break;
                case JsonArray a:
                    foreach (var i in a)
                    {
                        Walk(i);
                    }

                    break;
            }
        }

        foreach (var activity in body.GetProperty("activities").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "message"))
        {
            Walk(JsonNode.Parse(activity.GetRawText()));
        }

        return string.Join(" | ", parts).Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2019', '\'');
    }

    private sealed record Turn(string Question, string? Locale, string[][] Expect, string[] Reject);

    private sealed record Case(string Id, string Family, string? Locale, DateTimeOffset? Clock, IReadOnlyList<Turn> Turns);

    /// <summary>
    /// A question set: cases of one question ("q") or a conversation of turns, each with facts the reply must contain
    /// ("expect": a string, or a list of alternatives of which one must appear) and must not ("reject"), checked
    /// case-insensitively; optional "locale", "clock" (the time the bot sees) and "family".
    /// </summary>
    private sealed record QuestionSet(DateTimeOffset Clock, IReadOnlyList<Case> Cases)
    {
        public static QuestionSet Load(string path)
        {
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            var clock = json["clock"] is { } c ? DateTimeOffset.Parse(c.GetValue<string>(), CultureInfo.InvariantCulture) : DateTimeOffset.Parse("2026-11-21T12:00:00Z", CultureInfo.InvariantCulture);
            static string[][] Expectations(JsonNode? node) => node?.AsArray().Select(e => e is JsonArray alternatives
                ? alternatives.Select(a => a!.GetValue<string>()).ToArray()
                : [e!.GetValue<string>()]).ToArray() ?? [];
            static Turn TurnOf(JsonNode n) => new(n["q"]!.GetValue<string>(), n["locale"]?.GetValue<string>(), Expectations(n["expect"]), n["reject"]?.AsArray().Select(e => e!.GetValue<string>()).ToArray() ?? []);
            var cases = json["cases"]!.AsArray().Select((c, i) => new Case(
                c!["id"]?.GetValue<string>() ?? $"#{i + 1}",
                c["family"]?.GetValue<string>() ?? "rehearsed",
                c["locale"]?.GetValue<string>(),
                c["clock"] is { } at ? DateTimeOffset.Parse(at.GetValue<string>(), CultureInfo.InvariantCulture) : null,
                c["conversation"] is JsonArray turns ? turns.Select(t => TurnOf(t!)).ToList() : [TurnOf(c)])).ToList();
            return new QuestionSet(clock, cases);
        }
    }
}
