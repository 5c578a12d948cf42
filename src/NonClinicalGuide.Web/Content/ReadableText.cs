namespace NonClinicalGuide.Web.Content;

// Plain text that reads as sentences when a search snippet is cut from it: each block (a heading, a paragraph, a list
// item, a table cell) on a line of its own, a heading closed with a colon and any other block that does not end a
// sentence with a full stop, so the words of two blocks never run together ("…and clinicians You usually have…").
public static class ReadableText
{
    public static string Block(string text, bool isHeading)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 || ".!?:;…".Contains(words[^1], StringComparison.Ordinal) ? words : words + (isHeading ? ":" : ".");
    }

    public static string Join(IEnumerable<string> blocks) => string.Join('\n', blocks.Where(block => block.Length > 0));
}
