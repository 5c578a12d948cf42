using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Search;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// What the search index holds, drawn from the same loaded content as the catalogue: every page a reader can
// land on, each section of the long ones (guide sections, FAQ answers, the backgrounds of /from-clinical) as a
// result of its own, linked to its anchor. A new kind of page is one more source in the list below.
public static class SearchDocuments
{
    private static readonly HtmlParser Parser = new();

    private static readonly Func<ContentSet, OfficialDataSet, IEnumerable<SearchDocument>>[] Sources =
    [
        Roles, Categories, Guide, Comparison, Faq, FromClinical, Planners, PagesOfTheirOwn, GlossaryTerms, AppPagesWithoutFiles,
    ];

    public static IEnumerable<SearchDocument> From(ContentSet content, OfficialDataSet data) =>
        Sources.SelectMany(source => source(content, data));

    private static IEnumerable<SearchDocument> Roles(ContentSet content, OfficialDataSet data)
    {
        var titles = RoleTitles.For(content.Roles, data);
        return content.Roles.Select(role =>
        {
            var meta = role.Meta;
            var extras = meta.Skills.Concat(meta.Settings).Concat(meta.Certifications.Select(c => $"{c.Name}, {c.Body}")).Select(text => ReadableText.Block(text, isHeading: false));
            return new SearchDocument(SearchKind.Role, SitePaths.Role(role.Source.Slug), meta.Title, meta.Summary, ReadableText.Join([role.Parts.PlainText, .. extras]))
            {
                Titles = string.Join(SearchIndex.TitleSeparator, titles[role.Source.Slug]),
                Facets = new RoleFacets(meta.PatientContact, meta.Remote, meta.EntryEducation),
            };
        });
    }

    private static IEnumerable<SearchDocument> Categories(ContentSet content, OfficialDataSet data) =>
        content.Categories.Select(category => new SearchDocument(SearchKind.Category, SitePaths.Category(category.Source.Slug), category.Meta.Title, category.Meta.Summary, Text(category.DescriptionHtml)));

    // The guide's opening (its summary and key points), then each "##" section.
    private static IEnumerable<SearchDocument> Guide(ContentSet content, OfficialDataSet data)
    {
        var guide = content.Guide;
        var (opening, sections) = Sections(guide.Body.Html);
        var keyPoints = guide.Meta.KeyPoints.Select(point => $"{ReadableText.Block(point.Title, isHeading: true)} {ReadableText.Block(point.Text, isHeading: false)}");
        yield return new SearchDocument(SearchKind.Guide, SitePaths.Guide, guide.Meta.Title, guide.Meta.Summary, ReadableText.Join([opening, .. keyPoints]));
        foreach (var (anchor, heading, text) in sections)
        {
            yield return new SearchDocument(SearchKind.Guide, SitePaths.GuideSection(anchor), heading, "", text);
        }
    }

    private static IEnumerable<SearchDocument> Comparison(ContentSet content, OfficialDataSet data)
    {
        var comparison = content.Comparison;
        var rows = comparison.Meta.Rows.Select(r => $"{ReadableText.Block(r.Feature, isHeading: true)} {ReadableText.Block(r.Clinical, isHeading: false)} {ReadableText.Block(r.NonClinical, isHeading: false)}");
        yield return new SearchDocument(SearchKind.Guide, SitePaths.ClinicalVsNonClinical, comparison.Meta.Title, comparison.Meta.Description, ReadableText.Join([Text(comparison.IntroHtml), .. rows]));
    }

    // The FAQ page itself (its questions), then each answer under its own anchor.
    private static IEnumerable<SearchDocument> Faq(ContentSet content, OfficialDataSet data)
    {
        var faq = content.Faq;
        yield return new SearchDocument(SearchKind.Faq, SitePaths.Faq, faq.Meta.Title, faq.Meta.Description, ReadableText.Join(faq.Entries.Select(entry => ReadableText.Block(entry.Question, isHeading: false))));
        foreach (var entry in faq.Entries)
        {
            yield return new SearchDocument(SearchKind.Faq, SitePaths.FaqAnswer(entry.Anchor), entry.Question, "", Text(entry.AnswerHtml));
        }
    }

    // The page's introduction, then a section for each clinical background with the roles it leads to, drawn
    // from the roles' clinical_pathways as the page is.
    private static IEnumerable<SearchDocument> FromClinical(ContentSet content, OfficialDataSet data)
    {
        var page = content.Pages.Single(p => p.Source.Slug == DocumentKeys.FromClinical);
        yield return new SearchDocument(SearchKind.Page, SitePaths.FromClinical, page.Meta.Title, page.Meta.Description, Text(page.BodyHtml));
        var pathways = content.Roles
            .SelectMany(role => role.Meta.ClinicalPathways.Select(pathway => new RolePathway(role.Meta.Title, pathway)))
            .ToList();
        foreach (var background in Enum.GetValues<ClinicalBackground>())
        {
            var roles = pathways.Where(entry => entry.Pathway.From == background).OrderBy(entry => entry.Title, StringComparer.Ordinal).ToList();
            if (roles.Count == 0)
            {
                continue;
            }

            yield return new SearchDocument(SearchKind.Page, SitePaths.FromClinicalSection(FixedValueNames.Of(background)), BackgroundLabels.Of(background),
                $"Non-clinical roles that suit {BackgroundLabels.Of(background).ToLowerInvariant()}: {string.Join(", ", roles.Select(entry => entry.Title))}.",
                ReadableText.Join(roles.Select(entry => $"{ReadableText.Block(entry.Title, isHeading: true)} {ReadableText.Block(entry.Pathway.Why, isHeading: false)} {ReadableText.Block(entry.Pathway.Bridge, isHeading: false)}")));
        }
    }

    // A class, not a tuple, and a filter per background rather than a lookup keyed by it: LINQ over tuples and
    // enum keys is generic code over value types, which the precompiled image lacks and every start compiled afresh.
    private sealed record RolePathway(string Title, ClinicalPathwayFrontMatter Pathway);

    // The planner of each clinical job, under its heading ("I'm a registered nurse: where can I go?": its page title
    // says "non-clinical job", as every page does, which would make each planner answer "non clinical"), and under
    // the names people give that job: its own, its short label ("RN") and O*NET's alternate and reported titles of
    // its occupation ("Charge Nurse", "EMT"), so whatever a clinician calls their job finds where they can go.
    private static IEnumerable<SearchDocument> Planners(ContentSet content, OfficialDataSet data) =>
        content.ClinicalJobs.Select(job => new SearchDocument(SearchKind.Planner, SitePaths.FromJob(job.Source.Slug),
            PlannerWords.Question(job.Meta.One), PlannerWords.Description(job.Meta.One), Text(job.DescriptionHtml))
        {
            Titles = string.Join(SearchIndex.TitleSeparator, JobNames(job.Meta, data)),
        });

    private static IEnumerable<string> JobNames(ClinicalJobFrontMatter job, OfficialDataSet data) =>
        new[] { job.Title, job.One, job.Label }
            .Concat(data.Onet.Occupations.TryGetValue(job.Onet, out var occupation) ? [occupation.Title, .. occupation.AlternateTitles, .. occupation.ReportedTitles] : [])
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    // The pages written in content/ that have no sections to index apart (accessibility, sources), at the
    // address whose document they are.
    private static IEnumerable<SearchDocument> PagesOfTheirOwn(ContentSet content, OfficialDataSet data) =>
        content.Pages.Where(page => page.Source.Slug != DocumentKeys.FromClinical)
            .Select(page => new SearchDocument(SearchKind.Page, SitePaths.FixedPages.Single(path => DocumentKeys.Of(path) == page.Source.Slug),
                page.Meta.Title, page.Meta.Description, Text(page.BodyHtml)));

    // Each official term of the glossary at its own anchor, under the agency's words ("Postsecondary nondegree
    // award", "Job Zone Three"): those are what a reader copies from a role page or a job advertisement.
    private static IEnumerable<SearchDocument> GlossaryTerms(ContentSet content, OfficialDataSet data) =>
        Glossary.Groups.SelectMany(group => group.Terms.Select(term => new SearchDocument(SearchKind.Page, SitePaths.GlossaryTerm(term.Anchor),
            term.Official, $"{group.Title}, in plain words: {term.Plain}.", ReadableText.Block(term.Meaning, isHeading: false))));

    // Pages drawn from the catalogue without a file: their words are in Vocabulary.AppPages.
    private static IEnumerable<SearchDocument> AppPagesWithoutFiles(ContentSet content, OfficialDataSet data) =>
        AppPages.All.Select(page => new SearchDocument(SearchKind.Page, page.Path, page.Title, page.Description, page.Lead));

    private static string Text(string html) => Body(html) is { } body ? BlockText(body.Children) : "";

    // The text of each block apart (see ReadableText), so a heading never runs into the sentence after it.
    private static string BlockText(IEnumerable<IElement> elements) =>
        ReadableText.Join(elements.SelectMany(Blocks));

    private static IEnumerable<string> Blocks(IElement element) =>
        element.TagName is "UL" or "OL" or "TABLE" or "THEAD" or "TBODY" or "TR" or "BLOCKQUOTE" or "DIV" or "SECTION"
            ? element.Children.SelectMany(Blocks)
            : [ReadableText.Block(element.TextContent, isHeading: element.TagName is "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH")];

    // The "Link" controls next to headings are page furniture, not content.
    private static IElement? Body(string html)
    {
        var body = Parser.ParseDocument(html).Body;
        foreach (var link in body?.QuerySelectorAll("a.anchor-link").ToList() ?? [])
        {
            link.Remove();
        }

        return body;
    }

    // The guide is long: each "##" section is its own result, linked to its anchor; what comes before the first
    // section belongs to the guide's opening.
    private static (string Opening, List<(string Anchor, string Heading, string Text)> Sections) Sections(string html)
    {
        var sections = new List<(string Anchor, string Heading, string Text)>();
        var body = Body(html);
        if (body is null)
        {
            return ("", sections);
        }

        var opening = body.Children.TakeWhile(element => element.TagName != "H2").ToList();
        (string Anchor, string Heading)? current = null;
        var blocks = new List<IElement>();
        foreach (var element in body.Children.Skip(opening.Count))
        {
            if (element.TagName == "H2")
            {
                if (current is { } section)
                {
                    sections.Add((section.Anchor, section.Heading, BlockText(blocks)));
                }

                current = (element.Id ?? "", element.TextContent.Trim());
                blocks.Clear();
            }
            else
            {
                blocks.Add(element);
            }
        }

        if (current is { } last)
        {
            sections.Add((last.Anchor, last.Heading, BlockText(blocks)));
        }

        return (BlockText(opening), sections);
    }
}
