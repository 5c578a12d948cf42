using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

public enum Severity { Error, Warning }

public sealed record AuditFinding(Severity Severity, ContentError Problem)
{
    public override string ToString() =>
        Severity == Severity.Warning ? $"{Problem.File}:{Problem.Line}: warning: {Problem.Message}" : Problem.ToString();
}

// The editor's check, beyond what start-up needs: links between pages and the age of the facts.
public static class ContentAudit
{
    public const int StaleAfterMonths = 18;

    private const string AnyAnchor = "*";


    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();

    public static IReadOnlyList<AuditFinding> Run(string contentDirectory, string officialDataDirectory, DateOnly today) =>
        Run(contentDirectory, OfficialDataLoader.Load(officialDataDirectory), today).Findings;

    // The content and the official data checked together, and what the data holds (for the release report).
    public static (IReadOnlyList<AuditFinding> Findings, ContentSet? Content, OfficialDataSet? Data) Run(
        string contentDirectory, (OfficialDataSet? Data, IReadOnlyList<ContentError> Errors) official, DateOnly today)
    {
        var (content, errors) = ContentLoader.Load(contentDirectory);
        var findings = errors.Concat(official.Errors).Select(error => new AuditFinding(Severity.Error, error)).ToList();
        var data = official.Data;
        if (content is not null && data is not null)
        {
            var crossErrors = new List<ContentError>();
            OfficialDataRules.Check(content, data, crossErrors);
            findings.AddRange(crossErrors.Select(error => new AuditFinding(Severity.Error, error)));
        }

        if (data is not null && data.Newest.ReferenceDate.AddMonths(StaleAfterMonths) < today)
        {
            findings.Add(new AuditFinding(Severity.Warning, new ContentError(data.Newest.File, 1,
                $"the newest OEWS release here is {data.Newest.Label}, more than {StaleAfterMonths} months ago: check whether BLS has published a newer one (see content/README.md, \"A new release\")")));
        }

        if (content is null)
        {
            return (Sorted(findings), null, data);
        }

        var anchors = KnownAnchors(content, contentDirectory);
        foreach (var file in Files(content))
        {
            findings.AddRange(BrokenLinks(file, anchors));
        }

        foreach (var (file, reviewed) in ReviewDates(content))
        {
            if (reviewed.AddMonths(StaleAfterMonths) < today)
            {
                findings.Add(new AuditFinding(Severity.Warning, file.ErrorAt("last_reviewed",
                    $"last reviewed {reviewed:yyyy-MM-dd}, more than {StaleAfterMonths} months ago: read the page again against its sources and update the date")));
            }
        }

        return (Sorted(findings), content, data);
    }

    private static List<AuditFinding> Sorted(IEnumerable<AuditFinding> findings) =>
        findings.OrderBy(f => f.Problem.File, StringComparer.Ordinal).ThenBy(f => f.Problem.Line).ToList();

    // Every page a link may point at, each with the anchors it has ("" is the page itself).
    private static Dictionary<string, HashSet<string>> KnownAnchors(ContentSet content, string contentDirectory)
    {
        // Every address the site answers without a parameter, from its routes.
        var pages = SitePaths.FixedPages.ToDictionary(path => path, _ => new HashSet<string> { "" }, StringComparer.Ordinal);
        pages[SitePaths.Guide].UnionWith(content.Guide.Body.Headings.Select(h => h.Anchor));
        pages[SitePaths.Faq].UnionWith(content.Faq.Entries.Select(e => e.Anchor));
        pages[SitePaths.Glossary].UnionWith(Glossary.Groups.SelectMany(g => g.Terms.Select(t => t.Anchor).Append(g.Anchor)));
        foreach (var category in content.Categories)
        {
            pages[SitePaths.Category(category.Source.Slug)] = [""];
        }

        foreach (var job in content.ClinicalJobs)
        {
            pages[SitePaths.FromJob(job.Source.Slug)] = [""];
        }

        foreach (var role in content.Roles)
        {
            var sections = role.Sections.Select(h => h.Anchor).Append("").Append("quick-facts").Append("skills").Append("route-in").Append("related-roles").Append("sources").ToHashSet();
            pages[SitePaths.Role(role.Source.Slug)] = sections;
            foreach (var alias in role.Meta.Aliases)
            {
                pages[SitePaths.Role(alias)] = sections;
            }
        }

        // A role file with mistakes of its own is still a page: links to it are not broken, and its anchors
        // are checked once it loads again (its own errors are already listed).
        var roles = Path.Combine(contentDirectory, "roles");
        foreach (var slug in Directory.Exists(roles) ? Directory.EnumerateFiles(roles, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>() : [])
        {
            pages.TryAdd(SitePaths.Role(slug), [AnyAnchor]);
        }

        return pages;
    }

    private static IEnumerable<SourceFile> Files(ContentSet content) =>
        new[] { content.Guide.Source, content.Faq.Source, content.Comparison.Source }
            .Concat(content.Pages.Select(p => p.Source))
            .Concat(content.Categories.Select(c => c.Source))
            .Concat(content.Roles.Select(r => r.Source));

    private static IEnumerable<AuditFinding> BrokenLinks(SourceFile file, Dictionary<string, HashSet<string>> pages)
    {
        var document = Markdown.Parse(file.Body, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = (hash < 0 ? url : url[..hash]).Split('?')[0];
            var anchor = hash < 0 ? "" : url[(hash + 1)..];
            var line = file.BodyFirstLine + link.Line;
            if (!pages.TryGetValue(path.Length > 1 ? path.TrimEnd('/') : path, out var anchors))
            {
                yield return new AuditFinding(Severity.Error, file.ErrorAt(line, $"broken link: no page at {path}"));
            }
            else if (!anchors.Contains(anchor) && !anchors.Contains(AnyAnchor))
            {
                yield return new AuditFinding(Severity.Error, file.ErrorAt(line, $"broken link: {path} has no section #{anchor}"));
            }
        }
    }

    private static IEnumerable<(SourceFile File, DateOnly Reviewed)> ReviewDates(ContentSet content) =>
        new[] { (content.Guide.Source, content.Guide.Meta.LastReviewed), (content.Faq.Source, content.Faq.Meta.LastReviewed), (content.Comparison.Source, content.Comparison.Meta.LastReviewed) }
            .Concat(content.Pages.Select(p => (p.Source, p.Meta.LastReviewed)))
            .Concat(content.Roles.Select(r => (r.Source, r.Meta.LastReviewed)));
}
