using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// The front door: three ways in, every role under its category with its pay range from the workbook, and the
// guide at its own address.
public partial class HomePageTests(TestSite site)
{
    [Fact]
    public async Task Home_OffersTheThreeWaysIn_AndTheWholeGuideAtItsOwnAddress()
    {
        var (response, body) = await site.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"/from-clinical\">I work in a clinical job</a>", body);
        Assert.Contains("<a href=\"/find-your-role\">Help me find a role</a>", body);
        Assert.Contains("<a href=\"/roles\">Browse all 3 roles</a>", body);
        Assert.Contains("href=\"/from/test-nurses\"", body);
        Assert.Contains("href=\"/guide\"", body);
    }

    [Fact]
    public async Task Home_ListsEveryRoleUnderItsCategory_WithItsPayRangeFromTheWorkbook()
    {
        var (_, body) = await site.GetAsync("/");
        var oews = OfficialWorkbook.Oews(2025);

        var office = Shelf(body, "office-work");
        Assert.Equal(["alpha-clerk"], RoleLinks(office));
        Assert.Contains($"{Figures.Dollars(oews.Cell("43-4171", "A_PCT10"))}\u2013{Figures.Dollars(oews.Cell("43-4171", "A_PCT90"))}", office);
        Assert.Equal(["beta-analyst", "gamma-hostile"], RoleLinks(Shelf(body, "data-work")));
    }

    [Fact]
    public async Task Guide_LivesAtItsOwnAddress_WithItsContents_AndTheSitemapNamesBoth()
    {
        var (response, body) = await site.GetAsync("/guide");
        var (_, sitemap) = await site.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/guide\">", body);
        Assert.Contains("<loc>http://localhost/guide</loc>", sitemap);
        Assert.Contains("<loc>http://localhost/</loc>", sitemap);
    }

    private static string Shelf(string body, string category)
    {
        var start = body.IndexOf($"id=\"shelf-{category}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the home page has a shelf for {category}");
        var end = body.IndexOf("</section>", start, StringComparison.Ordinal);
        return body[start..end];
    }

    private static string[] RoleLinks(string html) => RoleLink().Matches(html).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex(@"<a href=""/roles/([a-z0-9-]+)"">")]
    private static partial Regex RoleLink();
}
