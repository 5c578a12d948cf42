using AngleSharp.Html.Parser;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Search;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// What the search index holds, drawn from the same loaded content as the catalogue.
public static class SearchDocuments
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<SearchDocument> From(ContentSet content, OfficialDataSet data)
    {
        foreach (var role in content.Roles)
        {
            var meta = role.Meta;
            var extras = string.Join(". ", meta.Skills.Concat(meta.Settings).Concat(meta.Certifications.Select(c => $"{c.Name} {c.Body}"))
                .Concat(meta.Occupations.SelectMany(o => new[] { data.Newest.Occupations[o.Soc].Title, data.Onet.Occupations[o.Onet].Title }).Distinct()));
            yield return new SearchDocument(SearchKind.Role, SitePaths.Role(role.Source.Slug), meta.Title, meta.Summary, $"{role.Parts.PlainText} {extras}");
        }

        foreach (var category in content.Categories)
        {
            yield return new SearchDocument(SearchKind.Category, SitePaths.Category(category.Source.Slug), category.Meta.Title, category.Meta.Summary, Text(category.DescriptionHtml));
        }

        foreach (var (anchor, heading, text) in Sections(content.Guide.Body.Html))
        {
            yield return new SearchDocument(SearchKind.Guide, SitePaths.GuideSection(anchor), heading, "", text);
        }

        var comparison = content.Comparison;
        var rows = string.Join(". ", comparison.Meta.Rows.Select(r => $"{r.Feature}: {r.Clinical} {r.NonClinical}"));
        yield return new SearchDocument(SearchKind.Guide, SitePaths.ClinicalVsNonClinical, comparison.Meta.Title, comparison.Meta.Description, $"{Text(comparison.IntroHtml)} {rows}");

        foreach (var entry in content.Faq.Entries)
        {
            yield return new SearchDocument(SearchKind.Faq, SitePaths.FaqAnswer(entry.Anchor), entry.Question, "", Text(entry.AnswerHtml));
        }
    }

    private static string Text(string html) => Body(html)?.TextContent.Trim() ?? "";

    // The "Link" controls next to headings are page furniture, not content.
    private static AngleSharp.Dom.IElement? Body(string html)
    {
        var body = Parser.ParseDocument(html).Body;
        foreach (var link in body?.QuerySelectorAll("a.anchor-link").ToList() ?? [])
        {
            link.Remove();
        }

        return body;
    }

    // The guide is long: each "##" section is its own result, linked to its anchor.
    private static IEnumerable<(string Anchor, string Heading, string Text)> Sections(string html)
    {
        var body = Body(html);
        if (body is null)
        {
            yield break;
        }

        (string Anchor, string Heading)? current = null;
        var text = new List<string>();
        foreach (var element in body.Children)
        {
            if (element.TagName == "H2")
            {
                if (current is { } section)
                {
                    yield return (section.Anchor, section.Heading, string.Join(" ", text));
                }

                current = (element.Id ?? "", element.TextContent.Trim());
                text.Clear();
            }
            else
            {
                text.Add(element.TextContent.Trim());
            }
        }

        if (current is { } last)
        {
            yield return (last.Anchor, last.Heading, string.Join(" ", text));
        }
    }
}
