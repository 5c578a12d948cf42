namespace NonClinicalGuide.Tests;

// test content's gamma-hostile role tries every way Markdown can carry script; none may reach the page.
public class HostileMarkdownTests(TestSite site)
{
    [Fact]
    public async Task HostileRole_PageCarriesNoActiveContent()
    {
        var (_, body) = await site.GetAsync("/roles/gamma-hostile");

        AssertNoActiveContent(body, siteMarkupAllowed: true);
    }

    [Fact]
    public async Task HostileRole_RawHtmlIsShownAsText_NotLost()
    {
        var (_, body) = await site.GetAsync("/roles/gamma-hostile");

        Assert.Contains("&lt;script&gt;alert(", body);
        Assert.Contains("inline js", body);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    public void Renderer_NeutralisesEveryLinkForm(string markdown)
    {
        AssertNoActiveContent(NonClinicalGuide.Web.Content.MarkdownRenderer.RenderHtml(markdown));
    }

    // Hostile text may survive as visible, escaped text (nothing an editor wrote is lost), but never as
    // a tag, an event attribute or a link that runs script.
    // The site's own pages have forms (search, compare); Markdown output never may.
    private static void AssertNoActiveContent(string html, bool siteMarkupAllowed = false)
    {
        Assert.DoesNotMatch(siteMarkupAllowed ? @"(?i)<(iframe|object|embed|math)\b" : @"(?i)<(script|iframe|object|embed|svg|math|form)\b", html);
        Assert.DoesNotMatch(PageHtml.RunnableScriptOtherThanOurs(), html);
        Assert.DoesNotMatch(@"(?i)<[a-z][^>]*\son[a-z]+\s*=", html);
        Assert.DoesNotMatch(@"(?i)<[a-z][^>]*\b(href|src|action|formaction)\s*=\s*[""']?\s*(javascript|vbscript|data):", html);
    }

    [Theory]
    [InlineData("[away](//evil.example/x)")]
    [InlineData("[away](HTTPS://evil.example/x)")]
    [InlineData("[away](http:evil.example)")]
    public void LinksThatLeaveTheSite_HandNeitherOpenerNorReferrerToTheOtherHost(string markdown)
    {
        var html = NonClinicalGuide.Web.Content.MarkdownRenderer.RenderHtml(markdown);

        Assert.Contains("rel=\"noopener noreferrer\"", html);
    }

    [Fact]
    public void Renderer_KeepsOrdinaryLinksAndHeadingAnchors()
    {
        var html = NonClinicalGuide.Web.Content.MarkdownRenderer.RenderHtml("## A heading\n\n[site](/roles) and [away](https://example.org)");

        Assert.Contains("<h2 id=\"a-heading\">A heading</h2>", html);
        Assert.Contains("<a href=\"/roles\">site</a>", html);
        Assert.Contains("href=\"https://example.org\" rel=\"noopener noreferrer\"", html);
    }
}
