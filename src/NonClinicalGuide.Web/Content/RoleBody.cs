using AngleSharp.Html.Parser;

namespace NonClinicalGuide.Web.Content;

// What other pages need from a role's rendered body, taken in one pass: the "How to get in" section for
// the printable sheet, and the plain text that search indexes (without the "Link" controls).
public sealed record RoleBody(string WayInHtml, string PlainText)
{
    public const string WayInAnchor = "how-to-get-in";

    private static readonly HtmlParser Parser = new();

    public static RoleBody From(string html)
    {
        var body = Parser.ParseDocument($"<body>{html}</body>").Body!;
        foreach (var link in body.QuerySelectorAll("a.anchor-link").ToList())
        {
            link.Remove();
        }

        var wayIn = body.Children
            .SkipWhile(element => !(element.TagName == "H2" && element.Id == WayInAnchor))
            .Skip(1)
            .TakeWhile(element => element.TagName != "H2")
            .Select(element => element.OuterHtml);
        return new RoleBody(string.Join("\n", wayIn), body.TextContent.Trim());
    }
}
