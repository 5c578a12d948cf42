using System.Net;

namespace NonClinicalGuide.Tests;

// One address per page: every other spelling is a 301 to it, before the page or the render cache sees it,
// and the canonical link a page carries is that address.
public class CanonicalAddressTests(TestSite site)
{
    private static readonly string LongValue = new('a', 8 * 1024);

    public static TheoryData<string, string> OtherSpellings => new()
    {
        { "/ACCESSIBILITY", "/accessibility" },
        { "/Roles/alpha-clerk", "/roles/alpha-clerk" },
        { "/roles/alpha-clerk/", "/roles/alpha-clerk" },
        { "/faq?x=1", "/faq" },
        { "/robots.txt?u=12345&a=" + LongValue, "/robots.txt" },
        { "/sitemap.xml?utm_source=mail", "/sitemap.xml" },
        { "/api/roles?cachebust=1", "/api/roles" },
        { "/roles/pay-and-growth?bust=7", "/roles/pay-and-growth" },
        { "/roles?remote=hybrid-possible&utm_source=x", "/roles?remote=hybrid-possible" },
        { "/roles?page=1", "/roles" },
        { "/roles?category=&contact=&remote=hybrid-possible&education=", "/roles?remote=hybrid-possible" },
        { "/roles?education=associate&remote=hybrid-possible", "/roles?remote=hybrid-possible&education=associate" },
        { "/roles/compare?roles=alpha-clerk&roles=beta-analyst", "/roles/compare?roles=alpha-clerk,beta-analyst" },
        { "/find-your-role?education=high-school", "/find-your-role?contact=any&remote=any&education=high-school&study=none&from=none" },
        { "/find-your-role?remote=must", "/find-your-role" },
        { "/find-your-role?contact=any&remote=any&education=high-school&study=none&interest=data&interest=people&from=none", "/find-your-role?contact=any&remote=any&education=high-school&study=none&interest=people&interest=data&from=none" },
        { "/roles?Remote=hybrid-possible", "/roles?remote=hybrid-possible" },
        { "/search?q=", "/search" },
        { "/search?q=clerk&x=1", "/search?q=clerk" },
        { "/from/test-nurses?sort=fit", "/from/test-nurses" },
        { "/from/test-nurses?sort=pay&page=1", "/from/test-nurses?sort=pay" },
        { "/from/test-nurses?page=2&sort=time", "/from/test-nurses?sort=time&page=2" },
        { "/From/Test-Nurses/print", "/from/test-nurses/print" },
        { "/from/test-nurses/print?sort=fit", "/from/test-nurses/print" },
        { "/find-your-role?contact=any&remote=any&education=high-school&study=none&from=none&page=1", "/find-your-role?contact=any&remote=any&education=high-school&study=none&from=none" },
    };

    [Theory]
    [MemberData(nameof(OtherSpellings))]
    public async Task AnotherSpellingOfAPage_IsRedirectedToItsOneAddress(string spelling, string canonical)
    {
        var (response, _) = await site.GetAsync(spelling);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        // A browser keeps a 301 for as long as it is told, and for ever when it is not.
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/accessibility")]
    [InlineData("/roles/alpha-clerk")]
    [InlineData("/roles?remote=hybrid-possible&education=associate")]
    [InlineData("/roles/compare?roles=alpha-clerk,beta-analyst")]
    [InlineData("/find-your-role?contact=none&remote=must&education=high-school&study=short&interest=data&from=nurse")]
    [InlineData("/search?q=clerk")]
    public async Task ACanonicalAddress_AnswersItself_AndNamesItselfAsCanonical(string path)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicUrl}{path.Replace("&", "&amp;", StringComparison.Ordinal)}\">", body);
    }

    [Fact]
    public async Task AfterAVisitInCapitals_TheCachedPage_StillNamesItsOwnAddress()
    {
        await using var fresh = new SiteFactory(TestPaths.TestContent);
        await fresh.GetAsync("/ACCESSIBILITY");

        var (_, body) = await fresh.GetAsync("/accessibility");

        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicUrl}/accessibility\">", body);
        Assert.DoesNotContain("ACCESSIBILITY", body);
    }

    [Theory]
    [InlineData("/roles/nobody")]
    [InlineData("/roles?remote=sometimes")]
    public async Task ErrorPages_NameNoCanonicalAddress(string path)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.True((int)response.StatusCode >= 400);
        Assert.DoesNotContain("rel=\"canonical\"", body);
        Assert.DoesNotContain("og:url", body);
        Assert.DoesNotContain("/error/", body);
    }
}
