namespace InternBot.Core.Understanding;

/// <summary>A text as understanding sees it.</summary>
/// <param name="Normalised">Lower case, no accents or punctuation (<see cref="TextNormaliser"/>).</param>
/// <param name="Words">The normalised words with shorthand expanded and typing slips corrected.</param>
/// <param name="Terms">Stems of the meaningful words, in order, plus the stems synonyms add at the end.</param>
/// <param name="OwnTerms">How many of <paramref name="Terms"/> come from the text itself (the rest come from synonyms).</param>
/// <param name="Cue">For each of the text's own terms, whether it belongs to a cue ("how many", "latest", "still open")
/// that shapes the answer rather than saying what it is about.</param>
public sealed record AnalysedText(string Normalised, string[] Words, string[] Terms, int OwnTerms, bool[] Cue)
{
    /// <summary>The text's own terms that say what it is about (no cues).</summary>
    public IEnumerable<string> Subject => Terms.Take(OwnTerms).Where((_, i) => !Cue[i]);

    /// <summary>The terms synonyms added.</summary>
    public IEnumerable<string> Added => Terms.Skip(OwnTerms);

    /// <summary>For each term a synonym added, the stems of the words it was read from ("telework" from "home office").</summary>
    public IReadOnlyDictionary<string, string[]> AddedFrom { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The corrected words as one string, for phrase lookups (vacancy names, cues).</summary>
    public string Text { get; } = string.Join(' ', Words);

    /// <summary>The words with compounds joined ("open university" is one word), for cues: it is not "open".</summary>
    public string[] Joined { get; init; } = [];

    public bool Contains(string[] phrase) => Contains(Words, phrase);

    /// <summary>
    /// Whether the joined words hold the cue phrase; a French inversion does not hide it: "l'ICTM accepte-t-il encore
    /// des candidatures ?" holds "accepte encore" (the euphonic "t" and its pronoun read as if not there).
    /// </summary>
    public bool ContainsJoined(string[] phrase) => ContainsThroughInversion(Joined.Length > 0 ? Joined : Words, phrase);

    /// <summary>Whether the words hold the phrase, a French inversion ("accepte-t-il") read as if not there.</summary>
    public static bool ContainsThroughInversion(string[] words, string[] phrase) =>
        Contains(words, phrase) || (Array.IndexOf(words, "t") > 0 && Contains(WithoutInversion(words), phrase));

    private static string[] WithoutInversion(string[] words)
    {
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && words[i] == "t" && i + 1 < words.Length && words[i + 1] is "il" or "elle" or "on" or "ils" or "elles")
            {
                i++;
                continue;
            }

            kept.Add(words[i]);
        }

        return [.. kept];
    }

    /// <summary>Whether the words hold the phrase, word for word and in a row.</summary>
    public static bool Contains(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = words[i + j] == phrase[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Turns text into terms the same way for questions, examples and catalogue passages: normalise, expand shorthand
/// ("hrs" -> "hours"), correct slips against the known words, add synonyms ("ux" -> "user experience"), drop
/// words that carry no meaning, and stem.
/// </summary>
public sealed class TextAnalyser
{
    private readonly UnderstandingData _data;
    private readonly List<string[]> _cuePhrases;
    private readonly HashSet<string> _cueWords;

    public TextAnalyser(UnderstandingData data, IEnumerable<string> knownText)
    {
        _data = data;

        // "Required or only an advantage?" shapes the answer but is also what criteria questions are about: not a cue
        // here; nor is "both" / "les deux" ("les deux langues" is about languages); nor are the halves of "how long ...
        // between" ("how long is it?" is about duration); nor "what does X mean?", which leaves X to be read as before.
        var cues = data.Forms.Where(f => f.Key is not ("required" or "pair" or "duration" or "separator" or "same" or "expand")).SelectMany(f => f.Value).ToList();
        _cuePhrases = cues.Where(c => c.Length > 1).ToList();
        _cueWords = cues.Where(c => c.Length == 1).Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var text in knownText.Concat(data.Vocabulary).Concat(data.Examples.Select(e => e.Example)).Concat(data.Shorthand.Values).Concat(data.Stopwords)
                     .Concat(data.Synonyms.SelectMany(s => s.Phrase.Concat(s.AlsoMeans))).Concat(data.Forms.Values.SelectMany(f => f.SelectMany(p => p))))
        {
            words.AddRange(TextNormaliser.Words(TextNormaliser.Normalise(text)));
        }

        Spelling = new Spelling(words);
        _cuePhrasesByFirstWord = ByFirstWord(_cuePhrases);
        _compoundsByFirstWord = ByFirstWord(data.Compounds);
    }

    private static readonly HashSet<string> OfferArticles = new(StringComparer.Ordinal) { "l", "une", "cette", "chaque", "votre", "ton", "son", "cet", "quelle", "meme", "d", "de" };

    public Spelling Spelling { get; }

    private Dictionary<string, string[][]> _cuePhrasesByFirstWord = [];
    private Dictionary<string, string[][]> _compoundsByFirstWord = [];

    private static Dictionary<string, string[][]> ByFirstWord(IEnumerable<string[]> phrases) =>
        phrases.Where(p => p.Length > 0).GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static bool StartsAt(List<string> words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (words[i + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first compound (in the data's order) that starts at word <paramref name="i"/>.</summary>
    private string[]? CompoundAt(List<string> words, int i)
    {
        foreach (var compound in _compoundsByFirstWord.GetValueOrDefault(words[i], []))
        {
            if (StartsAt(words, i, compound))
            {
                return compound;
            }
        }

        return null;
    }

    public bool IsStopword(string word) => _data.Stopwords.Contains(word);

    // French elides these before a vowel or a mute h ("d'heures", "l'annonce", "qu'elle").
    private static readonly string[] ElidedWords = ["qu", "d", "l", "j", "n", "s", "c", "m", "t"];

    /// <summary>
    /// French typed without its apostrophe ("cb dheures", "lannonce ictm"): an unknown word that is an elided word
    /// followed by a known word of four letters or more is those two words.
    /// </summary>
    private string[]? Elided(string word)
    {
        if (word.Length < 5 || Spelling.Knows(word))
        {
            return null;
        }

        foreach (var elided in ElidedWords)
        {
            var rest = word[elided.Length..];
            if (word.StartsWith(elided, StringComparison.Ordinal) && rest.Length >= 4 && "aeiouhy".Contains(rest[0]) && Spelling.Knows(rest))
            {
                return [elided, rest];
            }
        }

        return null;
    }

    /// <summary>Analyses a question: shorthand and spelling are fixed, synonyms added.</summary>
    public AnalysedText Question(string? text) => Analyse(text, correct: true, expand: true);

    /// <summary>
    /// Analyses text InternBot itself holds, already spelt as meant: catalogue passages get synonyms (so "cybersecurity"
    /// meets "cyber security"), example questions do not (their words are the meaning's own).
    /// </summary>
    public AnalysedText Known(string? text, bool expand = true) => Analyse(text, correct: false, expand);

    private AnalysedText Analyse(string? text, bool correct, bool expand)
    {
        var normalised = TextNormaliser.Normalise(text);
        var words = new List<string>();
        foreach (var w in TextNormaliser.Words(normalised))
        {
            if (correct && _data.Shorthand.TryGetValue(w, out var expanded))
            {
                words.AddRange(TextNormaliser.Words(expanded));
            }
            else if (correct && Elided(w) is { } apart)
            {
                words.AddRange(apart);
            }
            else
            {
                words.Add(correct && !_data.Stopwords.Contains(w) ? Spelling.Correct(w) : w);
            }
        }

        var inCue = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in _cuePhrasesByFirstWord.GetValueOrDefault(words[i], []))
            {
                if (StartsAt(words, i, phrase))
                {
                    Array.Fill(inCue, true, i, phrase.Length);
                }
            }
        }

        var joined = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (CompoundAt(words, i) is { } c)
            {
                joined.Add(string.Concat(c));
                i += c.Length - 1;
            }
            else
            {
                joined.Add(words[i]);
            }
        }

        var terms = new List<string>();
        var cue = new List<bool>();
        for (var i = 0; i < words.Count; i++)
        {
            // Words that only mean something together are one term ("part time", "how many vacancies"), even inside a cue.
            if (CompoundAt(words, i) is { } compound)
            {
                terms.Add(string.Concat(compound));
                cue.Add(false);
                i += compound.Length - 1;
                continue;
            }

            var w = words[i];

            // French "j'ai" is "I have", not AI.
            var stop = _data.Stopwords.Contains(w) || (w == "ai" && i > 0 && words[i - 1] == "j")
                // "l'offre JIS" is the vacancy; "que m'offre le stage ?" asks what it offers.
                || (w == "offre" && i > 0 && OfferArticles.Contains(words[i - 1]));
            if (!stop && w.Length > 1 && !w.All(char.IsDigit))
            {
                terms.Add(LightStemmer.Stem(w));
                cue.Add(inCue[i] || _cueWords.Contains(w));
            }
        }

        var own = terms.Count;
        var analysed = new AnalysedText(normalised, [.. words], [], 0, []);
        var addedFrom = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (expand)
        {
            var seenWords = words.ToHashSet(StringComparer.Ordinal);
            foreach (var (phrase, alsoMeans) in _data.Synonyms)
            {
                // Cheap first: a phrase whose first word the text lacks cannot be in it.
                if (seenWords.Contains(phrase[0]) && analysed.Contains(phrase))
                {
                    var sources = phrase.Where(w => !_data.Stopwords.Contains(w)).Select(LightStemmer.Stem).ToArray();
                    foreach (var added in alsoMeans.Where(w => !_data.Stopwords.Contains(w)).Select(LightStemmer.Stem).Where(t => !terms.Contains(t)))
                    {
                        terms.Add(added);
                        addedFrom[added] = sources;
                    }
                }
            }
        }

        return analysed with { Terms = [.. terms], OwnTerms = own, Cue = [.. cue], AddedFrom = addedFrom, Joined = [.. joined] };
    }
}
