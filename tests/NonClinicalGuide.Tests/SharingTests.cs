using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NonClinicalGuide.Tests;

public partial class SharingTests(TestSite site)
{
    public static TheoryData<string, string> PageTypes => new()
    {
        { "/", "WebSite" },
        { "/guide", "Article" },
        { "/roles", "BreadcrumbList" },
        { "/categories/office-work", "BreadcrumbList" },
        { "/roles/alpha-clerk", "Occupation" },
        { "/compare", "BreadcrumbList" },
        { "/faq", "FAQPage" },
        { "/from-clinical", "BreadcrumbList" },
        { "/find-your-role", "BreadcrumbList" },
        { "/roles/pay-and-growth", "BreadcrumbList" },
        { "/roles/compare?roles=alpha-clerk,beta-analyst", "BreadcrumbList" },
        { "/accessibility", "BreadcrumbList" },
        { "/glossary", "BreadcrumbList" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task EveryPage_HasCanonicalDescriptionOpenGraphTwitterAndValidJsonLd(string path, string schemaType)
    {
        var (_, body) = await site.GetAsync(path);

        Assert.Matches($"<link rel=\"canonical\" href=\"http://localhost{Regex.Escape(path.Replace("&", "&amp;"))}\">", body);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{20,}\">", body);
        foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
        {
            Assert.Contains($"<meta property=\"{property}\" content=\"", body);
        }

        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", body);
        var types = JsonLd(body).Select(json => json.GetProperty("@type").GetString()).ToList();
        Assert.Contains("BreadcrumbList", types);
        Assert.Contains(schemaType, types);
    }

    [Fact]
    public async Task EveryPageType_HasItsOwnTitle()
    {
        var titles = new List<string>();
        foreach (var path in PageTypes.Select(row => row.Data.Item1))
        {
            var (_, body) = await site.GetAsync(path);
            titles.Add(TitleOf().Match(body).Groups[1].Value);
        }

        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public async Task RolePage_OccupationJsonLd_CarriesSalaryEducationQualificationsAndSkills()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");
        var occupation = JsonLd(body).Single(json => json.GetProperty("@type").GetString() == "Occupation");

        var oews = OfficialWorkbook.Oews(2025);
        Assert.Equal("43-4171 Receptionists and Information Clerks", occupation.GetProperty("occupationalCategory").GetString());
        Assert.Equal(int.Parse(oews.Cell("43-4171", "A_MEDIAN"), System.Globalization.CultureInfo.InvariantCulture), occupation.GetProperty("estimatedSalary")[0].GetProperty("median").GetInt32());
        Assert.Equal(int.Parse(oews.Cell("43-4171", "A_PCT90"), System.Globalization.CultureInfo.InvariantCulture), occupation.GetProperty("estimatedSalary")[0].GetProperty("percentile90").GetInt32());
        Assert.Equal("USD", occupation.GetProperty("estimatedSalary")[0].GetProperty("currency").GetString());
        Assert.Equal(OfficialWorkbook.Projections().Cell("43-4171", "Typical education needed for entry", "2024 National Employment Matrix code", headingRow: 2), occupation.GetProperty("educationRequirements").GetString());
        Assert.Contains("Test Clerk Certificate", occupation.GetProperty("qualifications").GetString());
        Assert.Contains("Filing", occupation.GetProperty("skills").GetString());
    }

    [Fact]
    public async Task FaqJsonLd_HasEveryQuestionWithItsAnswer()
    {
        var (_, body) = await site.GetAsync("/faq");
        var faq = JsonLd(body).Single(json => json.GetProperty("@type").GetString() == "FAQPage");

        var questions = faq.GetProperty("mainEntity").EnumerateArray().Select(q => q.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Is this the first question?", "Is this the second question?"], questions);
    }

    [Fact]
    public async Task Breadcrumbs_InJsonLd_FollowTheVisibleOnes()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");
        var crumbs = JsonLd(body).Single(json => json.GetProperty("@type").GetString() == "BreadcrumbList")
            .GetProperty("itemListElement").EnumerateArray().Select(item => item.GetProperty("name").GetString()).ToList();

        Assert.Equal(["Home", "Roles", "Office work", "Alpha clerk"], crumbs);
    }

    [Fact]
    public async Task Sitemap_ListsEveryPageAndEveryRole_WithLastModifiedFromContent()
    {
        var (response, body) = await site.GetAsync("/sitemap.xml");
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(body).Root!.Elements(ns + "url")
            .ToDictionary(url => url.Element(ns + "loc")!.Value, url => url.Element(ns + "lastmod")!.Value);

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        foreach (var slug in new[] { "alpha-clerk", "beta-analyst", "gamma-hostile" })
        {
            Assert.Equal("2026-11-01", urls[$"http://localhost/roles/{slug}"]);
        }

        Assert.Contains("http://localhost/", urls.Keys);
        Assert.Contains("http://localhost/guide", urls.Keys);
        Assert.Contains("http://localhost/faq", urls.Keys);
        Assert.Contains("http://localhost/categories/office-work", urls.Keys);
        Assert.DoesNotContain(urls.Keys, url => url.Contains("/search", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_PointsAtTheSitemap_AndBlocksNothing()
    {
        var (response, body) = await site.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", body);
        Assert.DoesNotContain("Disallow", body);
    }

    [Fact]
    public async Task PrintSheet_NamesTheRolePageAsCanonical_SoSearchEnginesIndexThatInstead()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk/print");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/roles/alpha-clerk\">", body);
    }

    [Theory]
    [InlineData("/roles/alpha-clerk", "what-they-do", "Link to the section What they do")]
    [InlineData("/guide", "defining-the-work", "Link to the section Defining the work")]
    [InlineData("/faq", "second-question", "Link to the answer: Is this the second question?")]
    public async Task Sections_HaveAStableAnchorAndALinkToIt(string path, string anchor, string label)
    {
        var (_, body) = await site.GetAsync(path);

        Assert.Contains($"id=\"{anchor}\"", body);
        Assert.Contains($"<a class=\"anchor-link\" href=\"#{anchor}\" aria-label=\"{label}\">#</a>", body);
    }

    [Fact]
    public async Task AccessibilityStatement_IsServedFromContent()
    {
        var (response, body) = await site.GetAsync("/accessibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test accessibility text.", body);
    }

    private static List<JsonElement> JsonLd(string body) =>
        JsonLdBlock().Matches(body).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement).ToList();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();

    [GeneratedRegex("<title>(.*?)</title>")]
    private static partial Regex TitleOf();
}
