using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NonClinicalGuide.Web.Content;

public sealed record Heading(int Line, string Anchor, string Text);

// PlainText is only made when asked for (a role's body, for search).
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings, string? PlainText = null);

// Markdown becomes HTML once, when the catalogue is built. Raw HTML is switched off in Markdig, and the
// result still goes through an allow-list sanitiser, because DisableHtml alone lets `[x](javascript:…)` through.
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer(sectionLinks: false);
    private static readonly HtmlSanitizer SanitizerWithSectionLinks = CreateSanitizer(sectionLinks: true);

    public static RenderedMarkdown Render(string markdown) => Render(markdown, Sanitizer, withPlainText: false);

    // Counsellors share a single section: each "##" heading gets a link to itself, which the page's script
    // turns into "copy link" and which without script is still a plain link to the anchor.
    public static RenderedMarkdown RenderWithSectionLinks(string markdown) => Render(markdown, SanitizerWithSectionLinks, withPlainText: false);

    // A role's body: with section links, and with its plain text for search, from the same parse (parsing
    // costs more than rendering, and there may be thousands of roles).
    public static RenderedMarkdown RenderRoleBody(string markdown) => Render(markdown, SanitizerWithSectionLinks, withPlainText: true);

    private static RenderedMarkdown Render(string markdown, HtmlSanitizer sanitizer, bool withPlainText)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = document.Descendants<HeadingBlock>()
            .Where(heading => heading.Level == 2)
            .Select(heading => new Heading(heading.Line, heading.GetAttributes().Id ?? "", PlainText(heading.Inline)))
            .ToList();
        return new RenderedMarkdown(sanitizer.Sanitize(document.ToHtml(Pipeline)), headings, withPlainText ? PlainText(document) : null);
    }

    // The text of every block, for search (see ReadableText), from the document already parsed.
    private static string PlainText(MarkdownDocument document) =>
        ReadableText.Join(document.Descendants<LeafBlock>().Select(block => ReadableText.Block(
            block.Inline is null ? block.Lines.ToString() : InlineText(block.Inline), block is HeadingBlock)));

    // Words as written: link text without its address, a line break inside a paragraph as a space.
    private static string InlineText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants())
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                _ => "",
            });
        }

        return text.ToString();
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

    private static string PlainText(ContainerInline? inline) => inline is null ? "" : InlineText(inline).Trim();

    private static HtmlSanitizer CreateSanitizer(bool sectionLinks)
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
                && link.GetAttribute("href") is { } href && LeavesTheSite(href))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }

            // Added after the heading itself was cleaned, so the link is the site's markup, not the editor's.
            if (sectionLinks && args.Node is AngleSharp.Dom.IElement { TagName: "H2" } heading && !string.IsNullOrEmpty(heading.Id))
            {
                var anchor = heading.Owner!.CreateElement("a");
                anchor.ClassName = "anchor-link";
                anchor.SetAttribute("href", "#" + heading.Id);
                anchor.SetAttribute("aria-label", $"Link to the section {heading.TextContent}");
                // A "#" the reader sees on hover or focus (CSS); screen readers hear the aria-label.
                anchor.TextContent = "#";
                heading.AppendChild(heading.Owner.CreateTextNode(" "));
                heading.AppendChild(anchor);
            }
        };
        return sanitizer;
    }

    private static readonly char[] ControlCharactersAndSpace = [.. Enumerable.Range(0, 0x21).Select(code => (char)code)];

    // As a browser reads the address: it drops tabs and line breaks, trims spaces and control characters,
    // takes "\" for "/", and so goes to another host for "//host/x", "/\host/x" and "http:host" alike. The
    // sanitiser has already removed every scheme but http, https and mailto.
    private static bool LeavesTheSite(string href)
    {
        var address = new string(href.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlCharactersAndSpace).Replace('\\', '/');
        return address.StartsWith("//", StringComparison.Ordinal)
            || address.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
    }
}
