using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

// Every kind of page, at a phone's and a laptop's width, in the light and the dark mode (colours are chosen per
// mode), loaded once for all the checks a visitor would notice: it answers with the right status, with no
// console error or failed request, one h1 and nothing scrolling sideways; axe finds no violation; and the first
// Tab reaches the skip link, which moves the focus to the content. One load for all of them: loading is most of
// what a browser test costs, and the suite runs on two cores.
public class EveryPageTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageTypes.PathsAtEachWidthAndScheme), MemberType = typeof(PageTypes))]
    public async Task Page_LoadsCleanly_HasNoAxeViolations_AndItsSkipLinkWorks(string path, int width, ColorScheme scheme)
    {
        await using var tab = await browser.OpenTabAsync(width, scheme);
        var page = tab.Page;
        var at = $"{path} at {width} px, {scheme}";
        var problems = RecordProblems(page, path);

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.NotNull(response);
        Assert.Equal(PageTypes.NotFound.Contains(path) ? 404 : 200, response.Status);
        Assert.True(problems.Count == 0, $"{at}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        Assert.True(await page.Locator("h1").CountAsync() == 1, $"{at} has exactly one h1");
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), $"{at} scrolls sideways");

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{at}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");

        // The printable sheets have no menu to skip.
        if (!path.EndsWith("/print", StringComparison.Ordinal))
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
            Assert.True(await page.Locator(".skip-link").IsVisibleAsync(), $"the focused skip link is visible on {at}");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        }
    }

    private static List<string> RecordProblems(IPage page, string path)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !IsExpected404(path, message.Text))
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Request.IsNavigationRequest && PageTypes.NotFound.Contains(path)))
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return problems;
    }

    // Chromium logs the 404 status of the page itself to the console; that one is the point of a 404 page.
    private static bool IsExpected404(string path, string text) =>
        PageTypes.NotFound.Contains(path) && text.Contains("404", StringComparison.Ordinal);
}
