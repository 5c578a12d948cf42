namespace NonClinicalGuide.Tests;

// Requests an attacker or a broken client might send. Each gets a clear 4xx or an ordinary page:
// never a 5xx, never a stack trace, never their input echoed back as markup.
public class HostileRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static readonly int[] Acceptable = [200, 301, 400, 404, 405, 414, 431];

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/roles/..%2f..%2f..%2fetc%2fpasswd" },
        { "GET", "/..%2f..%2fappsettings.json" },
        { "GET", "/%2e%2e/%2e%2e/etc/passwd" },
        { "GET", "/roles/%2e%2e%2f%2e%2e%2fProgram.cs" },
        { "GET", "/roles/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd" },
        { "GET", "/css/..%5c..%5cappsettings.json" },
        { "GET", "/roles/alpha-clerk%00" },
        { "GET", "/roles/alpha-clerk%00.md" },
        { "GET", "/App_Data/" },
        { "GET", "/appsettings.json" },
        { "GET", "/roles/" + new string('a', 5000) },
        { "GET", "/" + new string('x', 20000) },
        { "GET", "/roles?page=" + new string('9', 5000) },
        { "GET", "/roles?q=" + new string('%', 3000) },
        { "GET", "/roles?page=-1" },
        { "GET", "/roles?page=abc" },
        { "GET", "/roles?page=99999999999999999999999" },
        { "GET", "/roles?page=1e309&size=NaN" },
        { "GET", "/roles/%F0%9F%98%80" },
        { "GET", "/roles/caf%C3%A9" },
        { "GET", "/roles/%E2%80%AEevil" },
        { "GET", "/roles/alpha%E2%80%8Bclerk" },
        { "GET", "/roles/%FF%FE" },
        { "GET", "/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E" },
        { "GET", "/faq?x=%3Cscript%3Ealert(1)%3C/script%3E" },
        { "GET", "/roles/a%0d%0aSet-Cookie:%20owned=1" },
        { "POST", "/" },
        { "PUT", "/roles" },
        { "DELETE", "/roles/alpha-clerk" },
        { "PATCH", "/faq" },
        { "TRACE", "/" },
        { "OPTIONS", "/compare" },
        { "PROPFIND", "/" },
        { "GET", "/error/200" },
        { "GET", "/error/999999999999" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task HostileRequest_GetsAClearAnswer_NeverAServerError(string method, string target)
    {
        var response = await site.SendRawAsync(method, target, TestContext.Current.CancellationToken);

        Assert.Contains(response.Status, Acceptable);
        Assert.DoesNotContain("<script>alert", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", response.Body);
        Assert.DoesNotContain("Exception", response.Body);
        Assert.DoesNotContain("set-cookie", response.Head, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("root:x:0:0", response.Body);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/roles/alpha-clerk")]
    [InlineData("/sitemap.xml")]
    [InlineData("/api/roles")]
    public async Task Head_AnswersLikeGet_WithoutABody(string target)
    {
        var response = await site.SendRawAsync("HEAD", target, TestContext.Current.CancellationToken);

        Assert.Equal(200, response.Status);
        Assert.Equal("", response.Body);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("TRACE", "/")]
    [InlineData("PUT", "/roles/alpha-clerk")]
    public async Task WriteMethodsOnPages_Are405(string method, string target)
    {
        var response = await site.SendRawAsync(method, target, TestContext.Current.CancellationToken);

        Assert.Equal(405, response.Status);
    }

    [Theory]
    [InlineData("/faq?")]
    [InlineData("/faq?&&")]
    [InlineData("/FAQ?x")]
    public async Task AQueryWithNothingThePageUses_IsRedirectedToThePlainAddress(string target)
    {
        var response = await site.SendRawAsync("GET", target, TestContext.Current.CancellationToken);

        Assert.Equal(301, response.Status);
        Assert.Contains("Location: /faq\r\n", response.Head + "\r\n");
    }
}
