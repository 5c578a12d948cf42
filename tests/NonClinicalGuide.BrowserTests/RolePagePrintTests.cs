using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

// A whole role page printed from the browser (not the one-page sheet): a few sheets to take away, without the
// site's navigation and controls, and no sheet that holds only a line or two.
public class RolePagePrintTests(BrowserFixture browser)
{
    private const int MostPages = 4;
    private const double LeastFill = 0.15;

    [Theory]
    [MemberData(nameof(PrintSheetTests.EveryRole), MemberType = typeof(PrintSheetTests))]
    public async Task RolePage_PrintsOnAtMostFourPages_TheLastOneNotNearlyEmpty(string slug)
    {
        await foreach (var (paper, pdf) in PrintSheetTests.PrintAsync(browser, $"/roles/{slug}"))
        {
            var pages = PrintedPdf.Pages(pdf);
            var fill = await PrintedPdf.LastPageFillAsync(pdf);

            Assert.True(pages <= MostPages, $"{slug} prints on {pages} {paper} pages");
            Assert.True(fill >= LeastFill, $"the last of the {pages} {paper} pages of {slug} is {fill:P0} full");
        }
    }

    [Fact]
    public async Task RolePage_InPrint_LeavesOutNavigationAndControls_AndKeepsOneSourcesSection()
    {
        await using var tab = await browser.OpenTabAsync(1280);
        var page = tab.Page;
        await page.GotoAsync("/roles/medical-billers-and-coders");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".site-header", ".breadcrumb", "nav.toc", "button", "select", "form", ".site-footer" })
        {
            var shown = await page.Locator(selector).EvaluateAllAsync<int>("elements => elements.filter(e => e.checkVisibility()).length");
            Assert.True(shown == 0, $"{selector} is printed");
        }

        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Sources", Exact = true }).CountAsync());
        // Every figure keeps its release and source on paper.
        var facts = await page.Locator(".quick-facts").InnerTextAsync();
        Assert.Contains("BLS Occupational Employment and Wage Statistics, May 2025", facts);
        Assert.Contains("BLS Employment Projections 2024–34, Table 1.2", facts);
        Assert.Contains("O*NET 29.3 Database", facts);
    }
}
