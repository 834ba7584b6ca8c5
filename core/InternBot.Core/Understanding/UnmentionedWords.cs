using InternBot.Core.Eligibility;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Understanding;

/// <summary>
/// What a question asks for by name that the notices it is about never use: "does the NDS need Python?" names
/// Python, which no NDS passage does. The answer says so beside what the notice does state, so that a list of
/// requirements is not read as silence about Python, nor silence as a no. Only the words right after "need", "is
/// there a", "mention"... count (<see cref="UnderstandingData.AskedForTriggers"/>), never a meaning's own words.
/// </summary>
public sealed class UnmentionedWords(UnderstandingData data, PassageIndex passages)
{
    // What a thing asked for may run to ("need Python for the NDS", "need Python or Java").
    private const int LongestThing = 4;

    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "for", "in", "at", "to", "on", "if", "or", "and", "when", "while", "as", "from", "by", "with", "like", "because", "but", "so", "than",
        "pour", "dans", "au", "aux", "a", "si", "ou", "et", "quand", "chez", "par", "avec", "sur", "comme", "car", "mais", "que",
    };

    /// <summary>
    /// What the question asks for, as written ("an official sworn translation" shows as "official sworn translation"),
    /// when a word of it that names something is used by no passage of these vacancies.
    /// </summary>
    public IReadOnlyList<string> In(QuestionReading question, IReadOnlyCollection<Vacancy> vacancies)
    {
        var explained = question.Meanings.SelectMany(m => m.Matched).ToHashSet(StringComparer.Ordinal);
        // Asked about languages or criteria, a language no notice names is asked for ("is knowing German an advantage?");
        // otherwise a language or nationality is the person's ("I'm German").
        var languagesAsked = question.Meanings.Any(m => m.Meaning.Topic is Answers.Topic.Languages or Answers.Topic.DesirableCriteria or Answers.Topic.EssentialCriteria);
        var found = new List<string>();
        // Sentence by sentence, as written: "need Python? the DSI part..." asks for Python only.
        foreach (var sentence in Sentence.Split(question.Text))
        {
            Find(sentence, TextNormaliser.Words(TextNormaliser.Normalise(sentence)), explained, vacancies, question.Analysed, found, languagesAsked);
        }

        return found;
    }

    private static readonly System.Text.RegularExpressions.Regex Sentence = new(@"[?!.;:()\[\]]+|\s[-–—]+\s", System.Text.RegularExpressions.RegexOptions.None, Text.Patterns.MatchTimeout);

    /// <summary>
    /// The stem of the first word of each thing the question names after "involve", "mention", "need"... ("ai" in
    /// "which ones involve AI day to day?"), whatever a meaning explains: what is asked about, not how or when.
    /// </summary>
    public IReadOnlySet<string> AskedFor(QuestionReading question)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in Sentence.Split(question.Text))
        {
            var words = TextNormaliser.Words(TextNormaliser.Normalise(sentence));
            foreach (var thing in Things(words, []))
            {
                if (thing.Select(k => words[k]).FirstOrDefault(w => !data.NotSubjects.Contains(w)) is { } head)
                {
                    stems.Add(LightStemmer.Stem(head));
                }
            }
        }

        return stems;
    }

    private void Find(string sentence, string[] words, HashSet<string> explained, IReadOnlyCollection<Vacancy> vacancies, AnalysedText text, List<string> found, bool languagesAsked)
    {
        foreach (var thing in Things(words, explained))
        {
            if (thing.Any(k => Unmentioned(words[k], explained, vacancies, text, languagesAsked)))
            {
                var written = string.Join(' ', thing.Select(k => AsWritten(sentence, words[k])));
                if (!found.Contains(written))
                {
                    found.Add(written);
                }
            }
        }
    }

    /// <summary>The words (as indices) of each thing named right after a trigger, up to a boundary.</summary>
    private IEnumerable<List<int>> Things(string[] words, HashSet<string> explained)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var trigger = data.AskedForTriggers.FirstOrDefault(t => Starts(words, i, t));
            if (trigger is null)
            {
                continue;
            }

            var start = i + trigger.Length;
            var end = start;
            var listed = false;
            // "need Python or Java", "parler allemand ou espagnol": each thing of a list joined by "or"/"and" is asked for.
            do
            {
                if (end > start)
                {
                    (start, listed) = (end + 1, true);
                    end = start;
                }

                // (A later item of the list ends at the first small word: "German or Spanish an advantage" asks for Spanish.)
                while (end < words.Length && end < start + LongestThing && !Boundaries.Contains(words[end]) && !(listed && data.Stopwords.Contains(words[end])))
                {
                    end++;
                }

                // "connaître Python": the thing is "Python"; the verb a meaning explains and the articles are not part of it.
                yield return Enumerable.Range(start, end - start).SkipWhile(k => data.Stopwords.Contains(words[k]) || data.NotSubjects.Contains(words[k]) || explained.Contains(LightStemmer.Stem(words[k])))
                    .Reverse().SkipWhile(k => data.Stopwords.Contains(words[k])).Reverse().ToList();
            }
            while (end > start && end + 1 < words.Length && words[end] is "or" or "and" or "ou" or "et");

            i = end - 1;
        }
    }

    private bool Unmentioned(string word, HashSet<string> explained, IReadOnlyCollection<Vacancy> vacancies, AnalysedText text, bool languagesAsked = false)
    {
        // "uni" is "university", "hrs" is "hours".
        if (data.Shorthand.TryGetValue(word, out var meant))
        {
            return TextNormaliser.Words(meant).All(w => Unmentioned(w, explained, vacancies, text));
        }

        var stem = LightStemmer.Stem(word);
        if (languagesAsked && SpokenLanguages.Find(word) is { } language && language is not ("en" or "fr"))
        {
            return !passages.Uses(stem, vacancies);
        }

        // "specifically", "forcément": how it is asked, not what.
        return !(word.Length < 3 || word.Any(char.IsDigit) || word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ment", StringComparison.Ordinal)
            || data.Stopwords.Contains(word) || data.NotSubjects.Contains(word) || explained.Contains(stem)
            || Countries.Find(word) is not null || SpokenLanguages.Find(word) is not null || vacancies.Any(v => v.ShortName.Equals(word, StringComparison.OrdinalIgnoreCase))
            || passages.Uses(stem, vacancies) || SaidOtherwise(text, stem, vacancies));
    }

    // "coding" is also "software" and "programming": a notice using those does mention it.
    private bool SaidOtherwise(AnalysedText text, string stem, IReadOnlyCollection<Vacancy> vacancies) =>
        text.AddedFrom.Any(a => a.Value.Contains(stem) && passages.Uses(a.Key, vacancies));

    private static bool Starts(string[] words, int at, string[] phrase) =>
        at + phrase.Length <= words.Length && phrase.Select((w, k) => words[at + k] == w).All(x => x);

    // "Python" as the person wrote it, not "python".
    private static string AsWritten(string text, string word) =>
        System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}\p{N}]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .FirstOrDefault(t => TextNormaliser.Normalise(t) == word) ?? word;
}
