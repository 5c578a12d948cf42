using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// A mistyped address gets a 404 that points to the page meant, and a search box; anything else a plain 404.
public partial class NotFoundPageTests(TestSite site, RealSiteFixture real)
{
    [Theory]
    [InlineData("/roles/alpha-clrek", "/roles/alpha-clerk")]
    [InlineData("/roles/beta-analysts", "/roles/beta-analyst")]
    [InlineData("/roles/alpha_clerk", "/roles/alpha-clerk")]
    [InlineData("/roles/gamma", "/roles/gamma-hostile")]
    [InlineData("/roles/beta-analist/print", "/roles/beta-analyst/print")]
    [InlineData("/categories/data-wrok", "/categories/data-work")]
    [InlineData("/from/test-nurse", "/from/test-nurses")]
    [InlineData("/from/test-asistants/print", "/from/test-assistants/print")]
    [InlineData("/faqs", "/faq")]
    [InlineData("/clerks", "/roles/alpha-clerk")]
    public async Task MistypedAddress_ListsTheRealAddressFirst(string mistyped, string expected)
    {
        var (response, body) = await site.GetAsync(mistyped);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(expected, Nearest(body).FirstOrDefault());
    }

    [Fact]
    public async Task MistypedRole_OfTheRealGuide_FindsTheRoleByItsWords()
    {
        var (response, body) = await real.GetAsync("/roles/medical-coder");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["/roles/medical-billers-and-coders"], Nearest(body));
        Assert.Contains("<a href=\"/roles/medical-billers-and-coders\">Medical billers and coders</a>", body);
    }

    [Theory]
    [InlineData("/roles/quantum-physics")]
    [InlineData("/no/such/page")]
    [InlineData("/xyzzy")]
    public async Task UnrelatedAddress_ListsNoPage_AndSaysSo(string path)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(Nearest(body));
        Assert.Contains("No page on this site has an address close to that one.", body);
        Assert.DoesNotContain("href=\"/roles/alpha-clerk\"", body);
    }

    [Fact]
    public async Task NotFound_OffersTheSearchBox_WithTheWordsOfTheAddress()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clrek");

        Assert.Matches("<form action=\"/search\" method=\"get\" role=\"search\"[^>]*>", body);
        Assert.Contains("<input id=\"not-found-q\" class=\"form-control\" type=\"search\" name=\"q\" value=\"alpha clrek\"", body);
    }

    [Fact]
    public async Task NotFound_StaysUnindexedAndUncached()
    {
        var (response, body) = await site.GetAsync("/roles/alpha-clrek");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", body);
        Assert.DoesNotContain("rel=\"canonical\"", body);
    }

    [Theory]
    [InlineData("/roles/caf\u00e9")]
    [InlineData("/roles/..%2f..%2falpha-clerk")]
    [InlineData("/roles/alpha%3Cscript%3E")]
    public async Task AddressThatIsNoTypo_GetsThePlain404(string path)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", body);
        Assert.Empty(Nearest(body));
        Assert.DoesNotContain("close to that one", body);
    }

    // The addresses listed under "Did you mean", in order.
    private static List<string> Nearest(string body)
    {
        var section = NearestSection().Match(body);
        return section.Success ? [.. Link().Matches(section.Value).Select(m => m.Groups[1].Value)] : [];
    }

    [GeneratedRegex("<section aria-labelledby=\"nearest-heading\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex NearestSection();

    [GeneratedRegex("<li><a href=\"([^\"]+)\">")]
    private static partial Regex Link();
}
