namespace NonClinicalGuide.Web.Search;

// One word of a text: where it starts and how long it is.
public readonly record struct TextToken(int Start, int Length)
{
    public int End => Start + Length;
}

// A text cut into words the way the index's tokenizer cuts it (unicode61: runs of letters and digits, anything else
// separates), so a snippet made here marks the words the index found.
public static class TextTokens
{
    public static List<TextToken> Of(string text)
    {
        var tokens = new List<TextToken>(text.Length / 6);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWordCharacter(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(new TextToken(start, i - start));
                start = -1;
            }
        }

        if (start >= 0)
        {
            tokens.Add(new TextToken(start, text.Length - start));
        }

        return tokens;
    }

    // SearchQuery's words are the same runs: [\p{L}\p{N}]+.
    private static bool IsWordCharacter(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetter(c) || char.IsNumber(c);
}
