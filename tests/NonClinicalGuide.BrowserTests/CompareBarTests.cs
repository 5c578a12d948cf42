using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

// The compare button on /roles stays in reach on a phone: a bar at the bottom of the screen while the list
// scrolls, which at the end of the list sits below the last card instead of over it.
public class CompareBarTests(BrowserFixture browser)
{
    private const int Phone = 390;

    private const string Bar = "[data-compare-bar]";

    [Fact]
    public async Task HalfwayDownTheList_TheBarIsAtTheBottomOfTheScreen()
    {
        await using var tab = await browser.OpenTabAsync(Phone);
        var page = tab.Page;
        await page.GotoAsync("/roles");

        await page.EvaluateAsync("window.scrollTo(0, document.documentElement.scrollHeight / 2)");

        var (top, bottom, viewport) = await BoxAsync(page, Bar);
        Assert.True(bottom <= viewport + 0.5 && bottom >= viewport - 1, $"the bar's bottom is at {bottom} in a screen {viewport} tall");
        Assert.True(viewport - top < viewport / 4, $"the bar ({viewport - top} px) leaves most of the screen to the list");
    }

    [Fact]
    public async Task AtTheEndOfThePage_TheBarIsOnScreen_AndCoversNoCard()
    {
        await using var tab = await browser.OpenTabAsync(Phone);
        var page = tab.Page;
        await page.GotoAsync("/roles");

        await page.EvaluateAsync("window.scrollTo(0, document.documentElement.scrollHeight)");

        var (barTop, barBottom, viewport) = await BoxAsync(page, Bar);
        var (_, lastCardBottom, _) = await BoxAsync(page, "form .role-card >> nth=-1");
        Assert.True(barTop >= 0 && barBottom <= viewport, $"the bar ({barTop}–{barBottom}) is on a screen {viewport} tall");
        Assert.True(lastCardBottom <= barTop, $"the last card ends at {lastCardBottom}, below the bar's top at {barTop}");
    }

    [Fact]
    public async Task TickingRoles_IsCounted_AndTheBarComparesThem()
    {
        await using var tab = await browser.OpenTabAsync(Phone);
        var page = tab.Page;
        await page.GotoAsync("/roles");
        var boxes = page.Locator("form input[name=roles]");
        var first = await boxes.Nth(0).GetAttributeAsync("value");
        var last = await boxes.Nth(-1).GetAttributeAsync("value");

        await boxes.Nth(0).CheckAsync();
        await Assertions.Expect(page.Locator($"{Bar} [data-compare-count]")).ToHaveTextAsync("1 role ticked: tick one more");
        await boxes.Nth(-1).CheckAsync();
        await Assertions.Expect(page.Locator($"{Bar} [data-compare-count]")).ToHaveTextAsync("2 roles ticked");
        await page.Locator(Bar).GetByRole(AriaRole.Button, new() { Name = "Compare ticked roles" }).ClickAsync();

        await page.WaitForURLAsync($"**/roles/compare?roles={first},{last}");
        Assert.Equal(2, await page.Locator("table.role-compare thead th a").CountAsync());
    }

    [Fact]
    public async Task WithoutJavaScript_TheBarStillSubmitsTheTicks()
    {
        await using var tab = await browser.OpenTabAsync(Phone, javaScript: false);
        var page = tab.Page;
        await page.GotoAsync("/roles");
        var boxes = page.Locator("form input[name=roles]");
        var first = await boxes.Nth(1).GetAttributeAsync("value");
        var second = await boxes.Nth(2).GetAttributeAsync("value");

        await boxes.Nth(1).CheckAsync();
        await boxes.Nth(2).CheckAsync();
        await page.Locator(Bar).GetByRole(AriaRole.Button, new() { Name = "Compare ticked roles" }).ClickAsync();

        await page.WaitForURLAsync($"**/roles/compare?roles={first},{second}");
        Assert.Equal(2, await page.Locator("table.role-compare thead th a").CountAsync());
    }

    // WCAG 2.4.11: a control reached with Tab is scrolled clear of the bar, never left hidden under it.
    [Fact]
    public async Task TabbingThroughTheList_NeverLeavesTheFocusUnderTheBar()
    {
        await using var tab = await browser.OpenTabAsync(Phone);
        var page = tab.Page;
        await page.GotoAsync("/roles");
        var controls = await page.Locator("form[action='/roles/compare'] :is(a, input)").CountAsync();
        await page.Locator("form input[name=roles]").First.FocusAsync();
        var checkedCount = 0;

        for (var i = 0; i < controls; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var hidden = await page.EvaluateAsync<string?>("""
                () => {
                  const focused = document.activeElement, bar = document.querySelector('[data-compare-bar]');
                  if (!focused || bar.contains(focused) || !focused.closest("form[action='/roles/compare']")) return null;
                  const f = focused.getBoundingClientRect(), b = bar.getBoundingClientRect();
                  return f.bottom > b.top + 0.5 && f.top < b.bottom ? `${focused.outerHTML.slice(0, 80)} ends at ${f.bottom}, the bar starts at ${b.top}` : '';
                }
                """);
            if (hidden is not null)
            {
                checkedCount++;
                Assert.True(hidden.Length == 0, hidden);
            }
        }

        Assert.True(checkedCount > 10, $"tabbing reached {checkedCount} controls of the list");
    }

    private static async Task<(double Top, double Bottom, double Viewport)> BoxAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).EvaluateAsync<double[]>("e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight]; }");
        return (box[0], box[1], box[2]);
    }
}
