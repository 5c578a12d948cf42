using System.Net;

namespace NonClinicalGuide.Tests;

public class PrintSheetPageTests(TestSite site)
{
    [Fact]
    public async Task PrintSheet_HasQuickFactsWayInSourcesAndAQrCodeForThePage()
    {
        var (response, body) = await site.GetAsync("/roles/alpha-clerk/print");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-labelledby=\"quick-facts\"", body);
        var oews = OfficialWorkbook.Oews(2025);
        Assert.Contains($"{Figures.Dollars(oews.Cell("43-4171", "A_MEDIAN"))} median", body);
        Assert.Contains($"{Figures.Dollars(oews.Cell("43-4171", "A_PCT10"))}–{Figures.Dollars(oews.Cell("43-4171", "A_PCT90"))} from the 10th to the 90th percentile", body);
        Assert.Contains("Test entry.", body);
        Assert.DoesNotContain("Test downsides.", body);
        Assert.Contains("<strong>Medical assistants:</strong> Alpha bridge text.", body);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=", body);
        Assert.Contains("http://localhost/roles/alpha-clerk", body);
        Assert.Contains("Facts last reviewed 1 November 2026", body);
    }

    [Fact]
    public async Task RolePage_LinksToItsPrintSheet()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Contains("href=\"/roles/alpha-clerk/print\"", body);
    }

    [Fact]
    public async Task PrintSheet_ForAnUnknownRole_Is404()
    {
        var (response, _) = await site.GetAsync("/roles/nobody/print");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
