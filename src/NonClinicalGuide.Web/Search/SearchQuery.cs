using System.Text.RegularExpressions;

namespace NonClinicalGuide.Web.Search;

// Turns whatever a person typed into a safe FTS5 expression. Only runs of letters and digits survive;
// each becomes a quoted term, so quotes, '-', 'NEAR(', 'AND', '*' and 'col:' are words, never syntax.
public static partial class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    public static IReadOnlyList<string> Terms(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxTerms).ToList();

    // Every word must appear (or, for the looser fallback, any of them). The last word may be the start of
    // a word, since people search as they type.
    public static string Expression(IReadOnlyList<string> terms, bool anyTerm, bool lastIsPrefix) =>
        string.Join(anyTerm ? " OR " : " ", terms.Select((term, i) => lastIsPrefix && i == terms.Count - 1 ? Quote(term) + "*" : Quote(term)));

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
