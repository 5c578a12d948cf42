using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

public class AccessibilityTests(BrowserFixture browser)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Theory]
    [MemberData(nameof(PageTypes.PathsAtEachWidth), MemberType = typeof(PageTypes))]
    public async Task Page_HasNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        await AssertNoViolations(page, path);
    }

    // Colours are chosen per mode, so contrast is checked in the dark mode too.
    [Theory]
    [InlineData("/")]
    [InlineData("/roles/medical-billers-and-coders")]
    [InlineData("/compare")]
    public async Task Page_InDarkMode_HasNoAxeViolations(string path)
    {
        var page = await browser.NewPageAsync(390, ColorScheme.Dark);
        await page.GotoAsync(path);

        await AssertNoViolations(page, path);
    }

    private static async Task AssertNoViolations(IPage page, string path)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"{path}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
