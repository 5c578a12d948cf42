using System.Net;

namespace NonClinicalGuide.Tests;

public class PagesTests(TestSite site)
{
    [Theory]
    [InlineData("/guide", "Test guide title")]
    [InlineData("/guide", "Test quick summary about non-clinical work.")]
    [InlineData("/guide", "href=\"#defining-the-work\"")]
    [InlineData("/guide", "id=\"defining-the-work\"")]
    [InlineData("/guide", "First point")]
    [InlineData("/", "Test quick summary about non-clinical work.")]
    [InlineData("/", "First point")]
    [InlineData("/", "href=\"/guide\"")]
    [InlineData("/roles", "Alpha clerk")]
    [InlineData("/roles", "Office work")]
    [InlineData("/categories/office-work", "The office work category description.")]
    [InlineData("/categories/office-work", "href=\"/roles/alpha-clerk\"")]
    [InlineData("/roles/alpha-clerk", "Alpha clerks do test things.")]
    [InlineData("/roles/alpha-clerk", "href=\"/roles/beta-analyst\"")]
    [InlineData("/compare", "Support the test system.")]
    [InlineData("/compare", "<th scope=\"row\">Work environment</th>")]
    [InlineData("/faq", "id=\"second-question\"")]
    [InlineData("/faq", "Yes, this is the first answer.")]
    public async Task Page_Returns200_WithItsKeyText(string path, string expected)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, body);
    }

    [Theory]
    [InlineData("/roles/alpha-clerk", "Alpha clerk")]
    [InlineData("/categories/data-work", "Data work")]
    [InlineData("/compare", "Compare")]
    public async Task InnerPage_ShowsBreadcrumbsBackToTheGuide(string path, string current)
    {
        var (_, body) = await site.GetAsync(path);

        Assert.Contains("aria-label=\"Breadcrumb\"", body);
        Assert.Contains($"aria-current=\"page\">{current}</li>", body);
    }

    [Fact]
    public async Task Layout_HasNavigationFooterSourcesAndDisclaimer()
    {
        var (_, body) = await site.GetAsync("/faq");

        foreach (var link in new[] { "href=\"/\"", "href=\"/roles\"", "href=\"/compare\"", "href=\"/faq\"" })
        {
            Assert.Contains(link, body);
        }

        Assert.Contains("href=\"/sources\">Where our figures come from</a>", body);
        Assert.Contains("not career, legal, financial or medical advice", body);
        Assert.Contains("Skip to main content", body);
    }

    [Theory]
    [InlineData("/roles/no-such-role")]
    [InlineData("/categories/no-such-category")]
    [InlineData("/no/such/page")]
    [InlineData("/roles/alpha-clerk/extra")]
    public async Task UnknownPage_Is404_WithLinksBack(string path)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", body);
        Assert.Contains("href=\"/roles\"", body);
    }

    [Fact]
    public async Task OldRoleSlug_RedirectsPermanentlyToTheNewOne()
    {
        var (response, _) = await site.GetAsync("/roles/old-alpha-clerk");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/roles/alpha-clerk", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Guide_ShowsHeadlineFigure_AddedUpFromTheProjectionsTable_WithTheWorking()
    {
        var table = OfficialWorkbook.Projections();
        decimal Cell(string code, string column) => decimal.Parse(table.Cell(code, column, "2024 National Employment Matrix code", headingRow: 2), System.Globalization.CultureInfo.InvariantCulture) * 1000;
        var before = Cell("29-0000", "Employment, 2024") + Cell("31-0000", "Employment, 2024");
        var after = Cell("29-0000", "Employment, 2034") + Cell("31-0000", "Employment, 2034");
        var percent = Math.Round((after - before) / before * 100, 1);
        var (_, body) = await site.GetAsync("/guide");

        Assert.Contains($"<p class=\"figure-value mb-1\">{percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%</p>", body);
        Assert.Contains($"Together: {before:N0} to {after:N0}, a rise of {after - before:N0}", body);
        Assert.Contains("href=\"https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm\"", body);
    }
}
