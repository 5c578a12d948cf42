using System.Text.Encodings.Web;

namespace NonClinicalGuide.Web.Search;

public static class SearchSnippet
{
    // The snippet is plain text from the index: encode all of it, then turn the markers into <mark>. Its blocks
    // are on lines of their own and already end with a stop or a colon, so a line break reads as a space.
    public static string ToHtml(string snippet) =>
        HtmlEncoder.Default.Encode(snippet.Replace('\n', ' '))
            .Replace(HtmlEncoder.Default.Encode(SearchIndex.MarkStart.ToString()), "<mark>", StringComparison.Ordinal)
            .Replace(HtmlEncoder.Default.Encode(SearchIndex.MarkEnd.ToString()), "</mark>", StringComparison.Ordinal);
}
