using System.Text.Encodings.Web;

namespace NonClinicalGuide.Web.Search;

public static class SearchSnippet
{
    // The snippet is plain text from the index: encode all of it, then turn the markers into <mark>.
    public static string ToHtml(string snippet) =>
        HtmlEncoder.Default.Encode(snippet)
            .Replace(HtmlEncoder.Default.Encode(SearchIndex.MarkStart.ToString()), "<mark>", StringComparison.Ordinal)
            .Replace(HtmlEncoder.Default.Encode(SearchIndex.MarkEnd.ToString()), "</mark>", StringComparison.Ordinal);
}
