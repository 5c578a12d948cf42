using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Web.Search;

// Turns whatever a person typed into words, and words into a safe FTS5 expression. Only runs of letters and
// digits survive; each becomes a quoted term, so quotes, '-', 'NEAR(', 'AND', '*' and 'col:' are words, never syntax.
public static partial class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    // Shorter words are looked up whole: as a prefix, "pay" or "art" would match far too much.
    private const int ShortestPrefix = 4;

    // Words that carry the grammar of a question, not what it is about ("what is a non clinical job", "is coding
    // hard", "how long does it take to become a coder"). They still count for a title typed in full ("Do I need a
    // medical degree?"); elsewhere they are left out. "job" and "role" are here because every page is about jobs
    // and the site calls them roles.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "as", "into", "than",
        "is", "are", "was", "be", "am", "do", "does", "did", "can", "could", "should", "would", "will", "i", "me", "my", "we",
        "you", "your", "its", "that", "this", "these", "those", "there", "which", "what", "who", "how", "why", "when", "where",
        "any", "some", "get", "vs", "versus", "make", "makes", "much", "many", "more", "most", "not", "no", "without", "so", "if", "need",
        "job", "jobs", "role", "roles", "career", "careers", "position", "positions", "work", "working", "type", "types", "kind", "kinds",
        "become", "becoming", "best", "good", "great", "top", "easy", "easiest", "hard", "harder", "difficult", "long", "take", "takes",
        "want", "like", "looking", "options", "list", "really", "other", "also",
        // What is left of a contraction once the apostrophe splits it: "I'm", "it's", "don't", "I've", "we'll".
        "m", "s", "t", "re", "ve", "ll", "d", "don", "doesn", "didn", "isn", "aren", "won", "cant",
    };

    // Runs of letters and digits, lower case, accents removed (as the index's tokenizer folds them).
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(match => Fold(match.Value));

    // The words of a search as typed, in order, without repeats, at most MaxTerms of them.
    public static IReadOnlyList<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Words(text).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    // Every term must appear (or, for the looser fallback, any of them); a term matches any of its spellings. In
    // the stemmed table every word is also a prefix ("coding" is stored as "code", and "code*" also finds
    // "coder"), and phrases work; the as-typed table is asked for a last word not finished, and keeps no
    // positions, so it gets single words.
    public static string Expression(IReadOnlyList<SearchTerm> terms, bool anyTerm, string table) =>
        string.Join(anyTerm ? " OR " : " AND ", terms.Select((term, i) => SearchIndex.Stems(table)
            ? term.Expression(prefix: true, phrases: true)
            : term.Expression(prefix: i == terms.Count - 1, phrases: false)));

    // Every term close together, in any order (within a job title: "Healthcare Data Analyst" for "data analyst
    // healthcare"); each by its own word, since NEAR takes no alternatives.
    public static string Near(IReadOnlyList<SearchTerm> terms) =>
        $"NEAR({string.Join(' ', terms.Select(term => Quote(term.Word, prefix: true)))}, {NearDistance})";

    // Words between two of the terms, at most, for NEAR: one title's other words, not the next title's.
    private const int NearDistance = 2;

    // A term of the FTS5 expression, quoted; with a star it also matches words that start with it.
    public static string Quote(string words, bool prefix) =>
        "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (IsPrefix(words, prefix) ? "*" : "");

    // Whether Quote makes a prefix of these words: a single word, long enough, when asked.
    public static bool IsPrefix(string words, bool prefix) => prefix && words.Length >= ShortestPrefix && !words.Contains(' ', StringComparison.Ordinal);

    // Lower case, accents removed, as the index's tokenizer (unicode61, remove_diacritics 2) folds a word.
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return decomposed.All(char.IsAscii)
            ? decomposed
            : string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

// One word of a search and the other words that mean the same to the site (a correction, a synonym): the page
// needs one of them. Phrases of several words are matched as phrases.
public sealed record SearchTerm(string Word, IReadOnlyList<string> Alternatives)
{
    public SearchTerm(string word) : this(word, []) { }

    public IEnumerable<string> Spellings => Alternatives.Prepend(Word);

    // A word as a prefix too when asked (a phrase never), and phrases only when asked.
    public string Expression(bool prefix, bool phrases)
    {
        var spellings = Spellings.Where(spelling => phrases || !spelling.Contains(' ', StringComparison.Ordinal))
            .Select(spelling => SearchQuery.Quote(spelling, prefix)).ToList();
        return spellings.Count == 1 ? spellings[0] : "(" + string.Join(" OR ", spellings) + ")";
    }
}
