using System.Collections.Concurrent;

namespace InternBot.Core.Understanding;

/// <summary>
/// Typing slips corrected against the words InternBot knows (its examples, the catalogue, names and countries):
/// "dedline" is "deadline", "grnat" is "grant", "brussles" is "brussels". A word is corrected only when it is not
/// known itself, is at least five letters long (shorter slips are too often other real words: "real" is not "read"),
/// and one known word is one edit away (two for words of eight letters or more; a swap of neighbouring letters
/// counts as one edit). Among equally close words the most frequent wins. A word of four letters or more typed
/// without its vowels, as people text, gets them back ("grnt" is "grant", "deadln" is "deadline").
/// </summary>
public sealed class Spelling
{
    private const int CacheLimit = 20_000;

    private readonly Dictionary<string, int> _frequency;
    private readonly Dictionary<int, string[]> _byLength;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public Spelling(IEnumerable<string> words)
    {
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words.Where(w => w.Length > 0))
        {
            _frequency[w] = _frequency.GetValueOrDefault(w) + 1;
        }

        _byLength = _frequency.Keys.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.OrderByDescending(w => _frequency[w]).ThenBy(w => w, StringComparer.Ordinal).ToArray());
    }

    public bool Knows(string word) => _frequency.ContainsKey(word);

    /// <summary>The word as written when known or when nothing close enough is known; otherwise the closest known word.</summary>
    public string Correct(string word)
    {
        if (word.Length < 4 || _frequency.ContainsKey(word) || word.Any(char.IsDigit))
        {
            return word;
        }

        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        if (word.Length == 4)
        {
            // Four letters: only a word typed with no vowel at all ("grnt"; "sits" is a word, not "suits").
            return Remember(word, word[1..].Any(IsVowel) ? word : WithoutVowels(word) ?? word);
        }

        var allowed = word.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = allowed + 1;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // Same first letter, or a swap of the first two: slips rarely change how a word starts.
                if (candidate[0] != word[0] && !(candidate.Length > 1 && candidate[0] == word[1] && candidate[1] == word[0]))
                {
                    continue;
                }

                var d = Distance(word, candidate, bestDistance);
                if (d < bestDistance || (d == bestDistance && best is not null && _frequency[candidate] > _frequency[best]))
                {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }

        return Remember(word, best is not null && bestDistance <= allowed ? best : WithoutVowels(word) ?? word);
    }

    private string Remember(string word, string result)
    {
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(word, result);
        }

        return result;
    }

    /// <summary>
    /// The most frequent known word that is the typed one with vowels put back, as people text ("grnt" is "grant",
    /// "deadln" is "deadline"): same first letter, every consonant in order, at most four vowels missing.
    /// </summary>
    private string? WithoutVowels(string word)
    {
        for (var length = word.Length + 1; length <= word.Length + 4; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate[0] == word[0] && VowelsDropped(word, candidate))
                {
                    // Candidates come most frequent first, and shorter lengths first: the first found is the answer.
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool VowelsDropped(string typed, string known)
    {
        var i = 0;
        foreach (var c in known)
        {
            if (i < typed.Length && typed[i] == c)
            {
                i++;
            }
            else if (!IsVowel(c))
            {
                return false;
            }
        }

        return i == typed.Length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Optimal string alignment distance (insert, delete, substitute, swap neighbours), giving up above <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}
