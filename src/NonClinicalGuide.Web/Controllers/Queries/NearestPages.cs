using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers.Queries;

// A page someone may have meant: its slug (the last segment of its address), its title, and both split into
// word stems once, so ranking a mistyped address against thousands of them costs no allocation per candidate.
public sealed record PageCandidate(string Slug, string Title, string Url)
{
    public string[] Words { get; } = Slug.Split('-').Concat(Title.ToLowerInvariant().Split(WordBreaks))
        .Where(word => word.Length > 0).Select(NearestPages.Stem).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly char[] WordBreaks = [' ', '-', ',', ':', '(', ')', '/', '.', '\'', '’'];
}

// Ranks pages by how close their slug is to a mistyped one: first slugs a few letters away (about one edit in
// four letters, as EditDistance.Nearest allows), then the pages whose slug or title shares the most words
// with it ("medical-coder" finds "Medical billers and coders"). Words shorter than three letters and joining words
// say nothing about a page, so they never count.
public static class NearestPages
{
    public const int MaxShown = 5;

    private const int MaxWords = 8;

    private static readonly string[] Endings = ["ers", "ing", "ies", "er", "es", "ed", "s"];

    private static readonly HashSet<string> JoiningWords = new(["and", "the", "for", "non", "with", "from"], StringComparer.Ordinal);

    public static IReadOnlyList<PageLink> To(string typed, IEnumerable<PageCandidate> candidates)
    {
        var words = typed.Split('-').Where(word => word.Length >= 3 && !JoiningWords.Contains(word))
            .Select(Stem).Distinct(StringComparer.Ordinal).Take(MaxWords).ToArray();
        var allowance = Math.Max(1, typed.Length / 4);
        var ranked = new List<(PageCandidate Page, int Distance, int Shared)>();
        foreach (var candidate in candidates)
        {
            // The difference in length is the least the distance can be: most candidates stop there.
            var distance = Math.Abs(typed.Length - candidate.Slug.Length) <= allowance ? EditDistance.Between(typed, candidate.Slug) : int.MaxValue;
            var shared = words.Count(word => candidate.Words.Any(other => Alike(word, other)));
            if (distance <= allowance || shared > 0)
            {
                ranked.Add((candidate, distance <= allowance ? distance : int.MaxValue, shared));
            }
        }

        // Of pages found by their words, only those sharing the most: "medical-coder" means the coders, not
        // every role with "medical" in its name.
        var mostShared = ranked.Where(match => match.Distance == int.MaxValue).Select(match => match.Shared).DefaultIfEmpty(0).Max();
        return ranked
            .Where(match => match.Distance != int.MaxValue || match.Shared == mostShared)
            .OrderBy(match => match.Distance)
            .ThenByDescending(match => match.Shared)
            // Of pages sharing as many words, the one with fewest other words is the more specific guess.
            .ThenBy(match => match.Page.Words.Length)
            .ThenBy(match => match.Page.Title, StringComparer.Ordinal)
            .Select(match => new PageLink(match.Page.Url, match.Page.Title))
            .DistinctBy(link => link.Url)
            .Take(MaxShown)
            .ToList();
    }

    // A word without its commonest English ending, so "coding", "coder" and "coders" all read "cod".
    public static string Stem(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    // Two stems of the same word ("secretar", "secretary"; "bill", "billing") or a slip of the keys.
    private static bool Alike(string typed, string word) =>
        typed == word
        || (typed.Length >= 4 && word.StartsWith(typed, StringComparison.Ordinal))
        || (word.Length >= 4 && typed.StartsWith(word, StringComparison.Ordinal))
        || (typed.Length >= 5 && Math.Abs(typed.Length - word.Length) <= typed.Length / 4 && EditDistance.Between(typed, word) <= typed.Length / 4);
}
