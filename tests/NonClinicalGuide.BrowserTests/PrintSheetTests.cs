using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NonClinicalGuide.Tests;

namespace NonClinicalGuide.BrowserTests;

public partial class PrintSheetTests(BrowserFixture browser)
{
    public static TheoryData<string, string> EveryRoleOnEachPaperSize()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RealContent, "roles"), "*.md").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file), "A4");
            data.Add(Path.GetFileNameWithoutExtension(file), "Letter");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleOnEachPaperSize))]
    public async Task RoleSheet_PrintsOnOnePage(string slug, string paper)
    {
        await using var tab = await browser.OpenTabAsync(1280);
        var page = tab.Page;
        await page.GotoAsync($"/roles/{slug}/print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = false });

        var pages = PageObject().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages == 1, $"{slug} prints on {pages} {paper} pages");
    }

    public static TheoryData<string, string> EveryClinicalJobOnEachPaperSize()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RealContent, "clinical-jobs"), "*.md").Order())
        {
            data.Add(Path.GetFileNameWithoutExtension(file), "A4");
            data.Add(Path.GetFileNameWithoutExtension(file), "Letter");
        }

        return data;
    }

    // A planner handout is for a counsellor to hand over: one or two sheets, whichever job it is for.
    [Theory]
    [MemberData(nameof(EveryClinicalJobOnEachPaperSize))]
    public async Task PlannerHandout_PrintsOnAtMostTwoPages(string job, string paper)
    {
        await using var tab = await browser.OpenTabAsync(1280);
        var page = tab.Page;
        await page.GotoAsync($"/from/{job}/print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper, PrintBackground = false });

        var pages = PageObject().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages is >= 1 and <= 2, $"the handout for {job} prints on {pages} {paper} pages");
    }

    // Each page of a PDF is one "/Type /Page" object ("/Type /Pages" is the page tree).
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
