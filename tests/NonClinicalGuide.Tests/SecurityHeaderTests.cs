namespace NonClinicalGuide.Tests;

public class SecurityHeaderTests(TestSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/roles/alpha-clerk")]
    [InlineData("/no-such-page")]
    [InlineData("/favicon.svg")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var (response, _) = await site.GetAsync(path);
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(",", values)
                : "";

        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("img-src 'self' data:", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.NotEmpty(Header("Permissions-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Resource-Policy"));
        Assert.Empty(Header("Server"));
        Assert.Empty(Header("Set-Cookie"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle_SoTheStrictPolicyCostsNothing()
    {
        foreach (var path in new[] { "/", "/roles", "/roles/alpha-clerk", "/compare", "/faq", "/from-clinical", "/nope" })
        {
            var (_, body) = await site.GetAsync(path);
            Assert.DoesNotMatch(PageHtml.RunnableScriptOtherThanOurs(), body);
            Assert.DoesNotContain("<style", body);
            Assert.DoesNotContain(" style=\"", body);
        }
    }
}
