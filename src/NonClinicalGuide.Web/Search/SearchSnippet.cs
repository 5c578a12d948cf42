using System.Text;
using System.Text.Encodings.Web;

namespace NonClinicalGuide.Web.Search;

// A few words of a page around what a search matched, with those words marked (SearchIndex.MarkStart, MarkEnd), and
// the job titles of a role that have them. Chosen as FTS5's snippet() chose them: the stretch of text with the most
// of the phrases (each counts once, then every repeat a little), moved to start a sentence when one starts near.
public static class SearchSnippet
{
    // Words a snippet shows, at most.
    public const int Words = 16;

    // A stretch that starts a sentence beats one that starts mid-sentence with a repeat or two more in it.
    private const int SentenceBonus = 100;
    private const int OpeningBonus = 120;
    private const int NewPhrase = 1000;

    // Null when nothing in the text is marked.
    public static string? Make(string text, SnippetMarks marks)
    {
        var tokens = TextTokens.Of(text);
        var spans = marks.Find(text, tokens);
        if (spans.Count == 0)
        {
            return null;
        }

        var (bestScore, bestStart) = (-1, 0);
        foreach (var span in spans)
        {
            var (score, start) = Score(spans, marks.PhraseCount, span.FirstToken, tokens.Count);
            if (score > bestScore)
            {
                (bestScore, bestStart) = (score, start);
            }

            // A text no longer than a snippet is shown whole: where its sentences start does not matter.
            if (tokens.Count <= Words)
            {
                continue;
            }

            var sentence = SentenceStart(text, tokens, span.FirstToken);
            if (sentence < span.FirstToken)
            {
                var (fromSentence, _) = Score(spans, marks.PhraseCount, sentence, tokens.Count);
                fromSentence += sentence == 0 ? OpeningBonus : SentenceBonus;
                if (fromSentence > bestScore)
                {
                    (bestScore, bestStart) = (fromSentence, sentence);
                }
            }
        }

        return Write(text, tokens, spans, bestStart);
    }

    // The first words of a text, for a page that was found by words its text does not have (its title's).
    public static string Opening(string text) => Write(text, TextTokens.Of(text), [], 0);

    // The titles (one a line) with the most marked phrases, the shortest first among equals. One pass over them all:
    // a role has dozens.
    public static List<string> MarkedTitles(string titles, SnippetMarks marks, int count)
    {
        var tokens = TextTokens.Of(titles);
        var lines = marks.Find(titles, tokens)
            .Select(span => (Start: tokens[span.FirstToken].Start, End: tokens[span.LastToken].End))
            .Where(span => titles.IndexOf(SearchIndex.TitleSeparator, span.Start, span.End - span.Start) < 0)
            .Select(span => titles.LastIndexOf(SearchIndex.TitleSeparator, span.Start) + 1);
        return lines.CountBy(start => start)
            .Select(line => (Title: titles[line.Key..LineEnd(titles, line.Key)], Marks: line.Value))
            .OrderByDescending(title => title.Marks).ThenBy(title => title.Title.Length)
            .Take(count)
            .Select(title => title.Title)
            .ToList();
    }

    private static int LineEnd(string text, int start) => text.IndexOf(SearchIndex.TitleSeparator, start) is var end and >= 0 ? end : text.Length;

    // The snippet is plain text from the index: encode all of it, then turn the markers into <mark>. Its blocks
    // are on lines of their own and already end with a stop or a colon, so a line break reads as a space.
    public static string ToHtml(string snippet) =>
        HtmlEncoder.Default.Encode(snippet.Replace('\n', ' '))
            .Replace(HtmlEncoder.Default.Encode(SearchIndex.MarkStart.ToString()), "<mark>", StringComparison.Ordinal)
            .Replace(HtmlEncoder.Default.Encode(SearchIndex.MarkEnd.ToString()), "</mark>", StringComparison.Ordinal);

    // The score of the Words words from `from`, and where to start so that the phrases in them sit in the middle.
    private static (int Score, int Start) Score(List<MarkedSpan> spans, int phrases, int from, int tokenCount)
    {
        var seen = new bool[phrases];
        var (score, first, last) = (0, -1, -1);
        foreach (var span in spans.Where(span => span.FirstToken >= from && span.FirstToken < from + Words))
        {
            first = first < 0 ? span.FirstToken : first;
            last = span.FirstToken + span.Tokens;
            score += seen[span.Phrase] ? 1 : NewPhrase;
            seen[span.Phrase] = true;
        }

        var start = first - (Words - (last - first)) / 2;
        return (score, Math.Max(0, Math.Min(start, tokenCount - Words)));
    }

    // The first word of the sentence a word is in: the text's first word, or one after a stop or a colon and a space.
    private static int SentenceStart(string text, List<TextToken> tokens, int word)
    {
        for (var i = word; i > 0; i--)
        {
            var before = tokens[i].Start - 1;
            while (before >= tokens[i - 1].End && char.IsWhiteSpace(text[before]))
            {
                before--;
            }

            if (before < tokens[i].Start - 1 && text[before] is '.' or ':')
            {
                return i;
            }
        }

        return 0;
    }

    private static string Write(string text, List<TextToken> tokens, List<MarkedSpan> spans, int start)
    {
        if (tokens.Count == 0)
        {
            return "";
        }

        var end = Math.Min(start + Words, tokens.Count) - 1;
        var snippet = new StringBuilder(start > 0 ? "…" : "");
        var at = tokens[start].Start;
        foreach (var span in spans.Where(span => span.LastToken >= start && span.FirstToken <= end))
        {
            var (from, to) = (tokens[Math.Max(span.FirstToken, start)].Start, tokens[Math.Min(span.LastToken, end)].End);
            snippet.Append(text, at, from - at).Append(SearchIndex.MarkStart).Append(text, from, to - from).Append(SearchIndex.MarkEnd);
            at = to;
        }

        // Cut after the last word shown, or, where that is the text's last word, after whatever follows it.
        return end < tokens.Count - 1
            ? snippet.Append(text, at, tokens[end].End - at).Append('…').ToString()
            : snippet.Append(text, at, text.Length - at).ToString();
    }
}
