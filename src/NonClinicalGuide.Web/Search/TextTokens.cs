using System.Buffers;

namespace NonClinicalGuide.Web.Search;

// One word of a text: where it starts and how long it is.
public readonly record struct TextToken(int Start, int Length)
{
    public int End => Start + Length;
}

// A text cut into words the way the index's tokenizer cuts it (unicode61: runs of letters and digits, anything else
// separates), so a snippet made here marks the words the index found. Twenty pages are cut for every search: the
// ASCII runs are found with vectorised searches, and only characters beyond ASCII are looked at one by one.
public static class TextTokens
{
    private const string AsciiLettersAndDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly SearchValues<char> AsciiWordCharacters = SearchValues.Create(AsciiLettersAndDigits);

    private static readonly SearchValues<char> AsciiSeparators =
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !AsciiLettersAndDigits.Contains(c, StringComparison.Ordinal)).ToArray());

    public static List<TextToken> Of(string text)
    {
        var tokens = new List<TextToken>(text.Length / 6);
        var at = 0;
        while ((at = NextWordCharacter(text, at)) >= 0)
        {
            var end = EndOfWord(text, at);
            tokens.Add(new TextToken(at, end - at));
            at = end;
        }

        return tokens;
    }

    // SearchQuery's words are the same runs: [\p{L}\p{N}]+.
    private static bool IsWordCharacter(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetter(c) || char.IsNumber(c);

    private static int NextWordCharacter(string text, int from)
    {
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAnyExcept(AsciiSeparators);
            if (found < 0)
            {
                return -1;
            }

            from += found;
            if (IsWordCharacter(text[from]))
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    private static int EndOfWord(string text, int from)
    {
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAnyExcept(AsciiWordCharacters);
            if (found < 0)
            {
                return text.Length;
            }

            from += found;
            if (!IsWordCharacter(text[from]))
            {
                return from;
            }

            from++;
        }

        return text.Length;
    }
}
