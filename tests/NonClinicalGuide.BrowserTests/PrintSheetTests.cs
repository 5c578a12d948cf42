using Microsoft.Playwright;
using NonClinicalGuide.Tests;

namespace NonClinicalGuide.BrowserTests;

public class PrintSheetTests(BrowserFixture browser)
{
    // A4 and US Letter: counsellors on both sides of the Atlantic print these. Each page is loaded once and
    // printed on both.
    public static readonly string[] PaperSizes = ["A4", "Letter"];

    public static TheoryData<string> EveryRole() => SlugsIn("roles");

    public static TheoryData<string> EveryClinicalJob() => SlugsIn("clinical-jobs");

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task RoleSheet_PrintsOnOnePage(string slug)
    {
        await foreach (var (paper, pdf) in PrintAsync(browser, $"/roles/{slug}/print"))
        {
            var pages = PrintedPdf.Pages(pdf);
            Assert.True(pages == 1, $"{slug} prints on {pages} {paper} pages");
        }
    }

    // A planner handout is for a counsellor to hand over: one or two sheets, whichever job it is for.
    [Theory]
    [MemberData(nameof(EveryClinicalJob))]
    public async Task PlannerHandout_PrintsOnAtMostTwoPages(string job)
    {
        await foreach (var (paper, pdf) in PrintAsync(browser, $"/from/{job}/print"))
        {
            var pages = PrintedPdf.Pages(pdf);
            Assert.True(pages is >= 1 and <= 2, $"the handout for {job} prints on {pages} {paper} pages");
        }
    }

    // The page at a laptop's width, as the browser prints it on each paper size.
    public static async IAsyncEnumerable<(string Paper, byte[] Pdf)> PrintAsync(BrowserFixture browser, string path)
    {
        await using var tab = await browser.OpenTabAsync(1280);
        var page = tab.Page;
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var paper in PaperSizes)
        {
            yield return (paper, await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = false }));
        }
    }

    private static TheoryData<string> SlugsIn(string folder) =>
        new(Directory.GetFiles(Path.Combine(TestPaths.RealContent, folder), "*.md").Order().Select(Path.GetFileNameWithoutExtension).OfType<string>());
}
