using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NonClinicalGuide.Web.Content;

public sealed record Heading(int Line, string Anchor, string Text);

public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings);

// Markdown becomes HTML once, when the catalogue is built. Raw HTML is switched off in Markdig, and the
// result still goes through an allow-list sanitiser, because DisableHtml alone lets `[x](javascript:…)` through.
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = document.Descendants<HeadingBlock>()
            .Where(heading => heading.Level == 2)
            .Select(heading => new Heading(heading.Line, heading.GetAttributes().Id ?? "", PlainText(heading.Inline)))
            .ToList();
        return new RenderedMarkdown(Sanitise(document.ToHtml(Pipeline)), headings);
    }

    public static string RenderHtml(string markdown) => Render(markdown).Html;

    // Short texts from front matter (key points, table cells) may use inline Markdown but never blocks.
    public static string RenderInline(string markdown)
    {
        var html = RenderHtml(markdown).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    public static string Sanitise(string html) => Sanitizer.Sanitize(html);

    // Counsellors share a single section: each "##" heading gets a link to itself, which the page's script
    // turns into "copy link" and which without script is still a plain link to the anchor.
    public static RenderedMarkdown RenderWithSectionLinks(string markdown)
    {
        var rendered = Render(markdown);
        return rendered with { Html = AddSectionLinks(rendered.Html) };
    }

    // One "##" section (heading excluded) of rendered HTML, for pages that show a part of a role, such as
    // the printable sheet's "How to get in".
    public static string Section(string html, string anchor)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>");
        var parts = document.Body!.Children
            .SkipWhile(element => !(element.TagName == "H2" && element.Id == anchor))
            .Skip(1)
            .TakeWhile(element => element.TagName != "H2")
            .Select(element => element.OuterHtml);
        return string.Join("\n", parts);
    }

    private static string AddSectionLinks(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var heading in document.QuerySelectorAll("h2[id]"))
        {
            var link = document.CreateElement("a");
            link.ClassName = "anchor-link";
            link.SetAttribute("href", "#" + heading.Id);
            link.SetAttribute("aria-label", $"Link to the section {heading.TextContent}");
            link.TextContent = "Link";
            heading.AppendChild(document.CreateTextNode(" "));
            heading.AppendChild(link);
        }

        return document.Body!.InnerHtml;
    }

    private static string PlainText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(literal => literal.Content.ToString())).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        // Links that leave the site must not hand the opener or the referrer path to a stranger.
        sanitizer.PostProcessNode += (_, args) =>
        {
            if (args.Node is AngleSharp.Dom.IElement { TagName: "A" } link
                && link.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
