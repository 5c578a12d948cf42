using Markdig;

namespace NonClinicalGuide.Web.Content;

// What other pages need from a role's body: the "How to get in" section for the printable sheet, and the
// plain text that search indexes. Both come from the Markdown itself, which is cheaper than parsing the
// rendered HTML again (it matters with thousands of roles).
public sealed record RoleBody(string WayInHtml, string PlainText)
{
    public const string WayInHeading = "How to get in";

    private static readonly MarkdownPipeline PlainPipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static RoleBody From(string markdown)
    {
        var lines = markdown.Split('\n');
        var wayIn = lines
            .SkipWhile(line => line.TrimEnd() != "## " + WayInHeading)
            .Skip(1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
        return new RoleBody(MarkdownRenderer.RenderHtml(string.Join('\n', wayIn)), Markdown.ToPlainText(markdown, PlainPipeline).Trim());
    }
}
