namespace NonClinicalGuide.BrowserTests;

public class KeyboardTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Tabbing_ReachesEveryMenuLink(int width)
    {
        await using var tab = await browser.OpenTabAsync(width);
        var page = tab.Page;
        await page.GotoAsync("/faq");
        var menu = await page.Locator("nav[aria-label=\"Main\"] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(menu.Length >= 4, $"the main menu has its links (found {menu.Length})");
        var reached = new HashSet<string>();

        // The skip link and the name mark come first; a few spare presses, not enough to go round again.
        for (var i = 0; i < menu.Length + 4 && reached.Count < menu.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("document.activeElement.closest('nav[aria-label=\"Main\"]') ? document.activeElement.getAttribute('href') : null");
            if (href is not null)
            {
                reached.Add(href);
            }
        }

        Assert.Equal(menu.Order(), reached.Order());
    }
}
