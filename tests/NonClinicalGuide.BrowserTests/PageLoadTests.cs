using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

public class PageLoadTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageTypes.PathsAtEachWidth), MemberType = typeof(PageTypes))]
    public async Task Page_LoadsWithoutConsoleErrorsOrFailedRequests(string path, int width)
    {
        await using var tab = await browser.OpenTabAsync(width);
        var page = tab.Page;
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
            var isThePage = response.Request.IsNavigationRequest;
            if (response.Status >= 400 && !(isThePage && PageTypes.NotFound.Contains(path)))
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.NotNull(response);
        Assert.Equal(PageTypes.NotFound.Contains(path) ? 404 : 200, response.Status);
        Assert.Empty(problems);
        Assert.True(await page.Locator("h1").CountAsync() == 1, "a page has exactly one h1");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, $"{path} scrolls sideways at {width} px");
    }

    // Chromium logs the 404 status of the page itself to the console; that one is the point of the test.
    private static bool IsExpected404(string path, string text) =>
        PageTypes.NotFound.Contains(path) && text.Contains("404", StringComparison.Ordinal);
}
