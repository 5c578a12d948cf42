namespace NonClinicalGuide.Web.Vocabulary;

// How many single-letter edits (insert, delete, change, or swap two neighbours) turn one word into another:
// "sumary" is 1 from "summary". Used to say "did you mean" to editors and searchers.
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        // Optimal string alignment distance, three rows of the table at a time.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    // How many edits still make a likely slip for this word: about one in four letters.
    public static int Allowance(string word) => Math.Max(1, word.Length / 4);

    // The closest of the candidates within the allowance, or null.
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        var allowance = Allowance(word);
        return candidates
            .Select(candidate => (candidate, distance: Between(word, candidate)))
            .Where(pair => pair.distance <= allowance)
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Select(pair => pair.candidate)
            .FirstOrDefault();
    }
}
