namespace NonClinicalGuide.BrowserTests;

// The guide was the home page; links people shared to its sections (/#section) still reach that section.
public class GuideAddressTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnOldLinkToAGuideSection_LandsOnThatSectionOfTheGuide()
    {
        await using var tab = await browser.OpenTabAsync(390);
        var page = tab.Page;
        await page.GotoAsync("/guide");
        var section = await page.Locator(".toc a").First.GetAttributeAsync("href");
        Assert.NotNull(section);

        await page.GotoAsync("/" + section);

        await page.WaitForURLAsync("**/guide" + section);
        Assert.Equal(1, await page.Locator(section!).CountAsync());
    }

    [Fact]
    public async Task ALinkToASectionOfTheHomePage_StaysOnTheHomePage()
    {
        await using var tab = await browser.OpenTabAsync(390);
        var page = tab.Page;

        await page.GotoAsync("/#by-category");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);

        Assert.EndsWith("/#by-category", page.Url, StringComparison.Ordinal);
    }
}
