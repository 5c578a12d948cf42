namespace NonClinicalGuide.Web.Search;

// How well a page's own title matches what was typed, to order pages that all have the words: first by the typed
// words its title has, each title word answering one typed word and each counting as much as it says
// (WordWeights: "Nurses" answers "non clinical jobs for nurses" better than "Case managers (non-clinical)"; every
// word counts, "what" and "is" a little: "What is classed as non-clinical?" answers "what is a non clinical job"
// better than "Clinical and non-clinical compared"; "clinical vs non clinical" names "clinical" twice, as
// "Clinical and non-clinical roles compared" does), then by how little else the title says ("Patient advocates"
// before "Patient support and advocacy").
public readonly record struct TitleMatch(double Score, double Tightness)
{
    // Words compare as the index's stems roughly would: the same, or one the start of the other less a few
    // letters ("advocate" and "advocates", "nurse" and "nursing", "administrative" and "administrators").
    private const int ShortestCommonStart = 4;
    private const int MostLettersAfter = 3;

    public static TitleMatch Of(string title, IReadOnlyList<string> typed, WordWeights weights)
    {
        var words = SearchQuery.Words(title).ToList();
        if (words.Count == 0)
        {
            return default;
        }

        var used = new bool[words.Count];
        var score = 0.0;
        foreach (var word in typed)
        {
            var at = words.FindIndex(titleWord => Alike(word, titleWord));
            while (at >= 0 && used[at])
            {
                at = words.FindIndex(at + 1, titleWord => Alike(word, titleWord));
            }

            if (at >= 0)
            {
                used[at] = true;
                score += weights.Of(word);
            }
        }

        var covered = words.Count(titleWord => typed.Any(word => Alike(word, titleWord)));
        return new TitleMatch(score, (double)covered / words.Count);
    }

    // Whether the title has every one of the words.
    public static bool Has(string title, IReadOnlyList<string> words)
    {
        var titleWords = SearchQuery.Words(title).ToList();
        return words.All(word => titleWords.Any(titleWord => Alike(word, titleWord)));
    }

    // Whether the title has one of the words typed that are not grammar.
    public static bool HasAny(string title, IReadOnlyList<string> typed)
    {
        var titleWords = SearchQuery.Words(title).ToList();
        return typed.Any(word => !SearchQuery.IsStopWord(word) && titleWords.Any(titleWord => Alike(word, titleWord)));
    }

    // Whether the title, or the other name it gives in brackets ("Certified Nursing Assistant (CNA)"), has all
    // the words needed and no word but those typed (and grammar: "of", "and").
    public static bool IsNamedBy(string title, IReadOnlyList<string> needed, IReadOnlyList<string> typed) =>
        title.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(name => Has(name, needed)
                && SearchQuery.Words(name).All(titleWord => SearchQuery.IsStopWord(titleWord) || typed.Any(word => Alike(word, titleWord))));

    private static bool Alike(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= ShortestCommonStart && common >= Math.Min(a.Length, b.Length) - MostLettersAfter;
    }
}
