using System.Text;

namespace NonClinicalGuide.Web.Search;

// One word a snippet marks: whole, or (Prefix) every word that starts with it.
public readonly record struct MarkWord(string Word, bool Prefix);

// A phrase of the marks found in a text: which one, its first word (a token index) and how many words it has.
public readonly record struct MarkedSpan(int Phrase, int FirstToken, int Tokens)
{
    public int LastToken => FirstToken + Tokens - 1;
}

// The words a search marks in a page's text and job titles, matched as the full-text table that found the page
// matches them (SearchQuery.Expression): in the stemmed table a word marks every word with its stem ("coding" marks
// "codes"), as a prefix every word whose stem starts with that stem; in the as-typed table, words as they are. A
// phrase ("work from home") marks its words side by side. Snippets are made here, not by FTS5's snippet(), which
// tokenizes a page's whole text twice for each result: 7 of the 15 ms of a search at 10,000 roles.
public sealed class SnippetMarks
{
    private readonly MarkWord[][] _phrases;
    private readonly bool _stemmed;
    private readonly bool[] _asciiFirstLetters = new bool[128];

    // Longer words are folded on the heap (FTS5 leaves words over 64 bytes unstemmed anyway).
    private const int MaxStackWord = 128;

    private SnippetMarks(IEnumerable<IEnumerable<MarkWord>> phrases, bool stemmed)
    {
        _stemmed = stemmed;
        _phrases = phrases
            .Select(words => words.Select(word => stemmed ? word with { Word = PorterStemmer.Stem(word.Word) } : word).ToArray())
            .Where(phrase => phrase.Length > 0 && phrase.All(word => word.Word.Length > 0))
            .ToArray();
        // The tokenizers change a word's end, never its first letter: a cheap test that skips most words of a text.
        foreach (var first in _phrases.SelectMany(phrase => phrase).Select(word => word.Word[0]).Where(char.IsAscii))
        {
            _asciiFirstLetters[first] = true;
        }
    }

    public int PhraseCount => _phrases.Length;

    // Any of the terms as whole words, in the stemmed table: what a snippet looks for first.
    public static SnippetMarks Whole(IReadOnlyList<SearchTerm> terms) =>
        new(terms.SelectMany(term => term.Spellings).Select(spelling => Words(spelling, prefix: false)), stemmed: true);

    // What SearchQuery.Expression(terms, …, table) matches: in the stemmed table every spelling, a word also as a
    // prefix; in the as-typed table single words only, the last term as a prefix.
    public static SnippetMarks Of(IReadOnlyList<SearchTerm> terms, string table) =>
        SearchIndex.Stems(table)
            ? new(terms.SelectMany(term => term.Spellings).Select(spelling => Words(spelling, prefix: true)), stemmed: true)
            : new(terms.SelectMany((term, i) => term.Spellings
                .Where(spelling => !spelling.Contains(' ', StringComparison.Ordinal))
                .Select(spelling => Words(spelling, prefix: i == terms.Count - 1))), stemmed: false);

    private static IEnumerable<MarkWord> Words(string spelling, bool prefix)
    {
        var isPrefix = SearchQuery.IsPrefix(spelling, prefix);
        return SearchQuery.Words(spelling).Select(word => new MarkWord(word, isPrefix));
    }

    public bool AnyIn(string text) => Find(text, TextTokens.Of(text)).Count > 0;

    // The phrases found in a text, in order, none inside another.
    public List<MarkedSpan> Find(string text, List<TextToken> tokens)
    {
        var spans = new List<MarkedSpan>();
        var words = new string?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!MayMatch(text[tokens[i].Start]))
            {
                continue;
            }

            for (var p = 0; p < _phrases.Length; p++)
            {
                if (Starts(_phrases[p], i, text, tokens, words))
                {
                    spans.Add(new MarkedSpan(p, i, _phrases[p].Length));
                    i += _phrases[p].Length - 1;
                    break;
                }
            }
        }

        return spans;
    }

    private bool Starts(MarkWord[] phrase, int at, string text, List<TextToken> tokens, string?[] words)
    {
        if (at + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var word = words[at + k] ??= Indexed(text, tokens[at + k]);
            var mark = phrase[k];
            if (!(mark.Prefix ? word.StartsWith(mark.Word, StringComparison.Ordinal) : word == mark.Word))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a word starting with this letter may be marked: most words of a text are skipped on their first letter.
    private bool MayMatch(char first) => first >= 128 || _asciiFirstLetters[char.IsAsciiLetterUpper(first) ? first | 0x20 : first];

    // The word as the index holds it (folded, and stemmed in the stemmed table); "" for a word no mark can match.
    private string Indexed(string text, TextToken token)
    {
        if (!MayMatch(text[token.Start]))
        {
            return "";
        }

        var word = text.AsSpan(token.Start, token.Length);
        if (!Ascii.IsValid(word) || word.Length > MaxStackWord)
        {
            var folded = SearchQuery.Fold(word.ToString());
            return _stemmed ? PorterStemmer.Stem(folded) : folded;
        }

        // Most words are plain ASCII: lower-cased on the stack, no string until the stem (or the word) is known.
        Span<char> lower = stackalloc char[word.Length];
        Ascii.ToLower(word, lower, out _);
        return _stemmed ? PorterStemmer.Stem((ReadOnlySpan<char>)lower) : lower.ToString();
    }
}
