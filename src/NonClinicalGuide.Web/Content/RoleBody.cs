namespace NonClinicalGuide.Web.Content;

// What other pages need from a role's body: the "How to get in" section for the printable sheet, and the
// plain text that search indexes. Both come from the body as rendered once, which matters with thousands
// of roles: the section is cut out of the sanitised HTML rather than rendered and sanitised again.
public sealed record RoleBody(string WayInHtml, string PlainText)
{
    public const string WayInHeading = "How to get in";

    public static RoleBody From(RenderedMarkdown body) =>
        new(Section(body, WayInHeading), body.PlainText ?? throw new ArgumentException("rendered without its plain text", nameof(body)));

    // What follows the "##" heading with this text, up to the next "##" heading: the sanitiser's output is
    // well-formed, and every "##" heading is an <h2> in it, so the cut never splits an element.
    private static string Section(RenderedMarkdown body, string headingText)
    {
        if (body.Headings.FirstOrDefault(h => h.Text == headingText) is not { } heading)
        {
            return "";
        }

        var html = body.Html;
        var at = html.IndexOf($"<h2 id=\"{heading.Anchor}\"", StringComparison.Ordinal);
        var start = at < 0 ? -1 : html.IndexOf("</h2>", at, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        start += "</h2>".Length;
        var end = html.IndexOf("<h2", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)].Trim();
    }
}
