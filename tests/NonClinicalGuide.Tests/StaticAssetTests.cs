using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

public partial class StaticAssetTests(TestSite site)
{
    [Fact]
    public async Task Stylesheet_LinkedFromThePage_IsServedAsCss()
    {
        var (_, page) = await site.GetAsync("/");
        var href = StylesheetHref().Match(page).Groups["href"].Value;

        var (response, css) = await site.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".skip-link", css);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
