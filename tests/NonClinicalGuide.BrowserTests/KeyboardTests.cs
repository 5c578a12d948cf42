namespace NonClinicalGuide.BrowserTests;

public class KeyboardTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageTypes.PathsWithMenuAtEachWidth), MemberType = typeof(PageTypes))]
    public async Task FirstTab_ReachesTheSkipLink_WhichMovesFocusToTheMainContent(string path, int width)
    {
        await using var tab = await browser.OpenTabAsync(width);
        var page = tab.Page;
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync(), "the focused skip link is visible");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Tabbing_ReachesEveryMenuLink(int width)
    {
        await using var tab = await browser.OpenTabAsync(width);
        var page = tab.Page;
        await page.GotoAsync("/faq");
        var reached = new HashSet<string>();

        for (var i = 0; i < 8 && reached.Count < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("document.activeElement.closest('nav[aria-label=\"Main\"]') ? document.activeElement.getAttribute('href') : null");
            if (href is not null)
            {
                reached.Add(href);
            }
        }

        Assert.Equal(["/", "/compare", "/faq", "/roles"], reached.Order());
    }
}
