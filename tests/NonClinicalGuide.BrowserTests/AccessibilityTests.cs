using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

public class AccessibilityTests(BrowserFixture browser)
{
    // Colours are chosen per mode, so every page is checked in the light and the dark mode.
    [Theory]
    [MemberData(nameof(PageTypes.PathsAtEachWidthAndScheme), MemberType = typeof(PageTypes))]
    public async Task Page_HasNoAxeViolations(string path, int width, ColorScheme scheme)
    {
        await using var tab = await browser.OpenTabAsync(width, scheme);
        await tab.Page.GotoAsync(path);

        var violations = await Axe.ViolationsAsync(tab.Page);

        Assert.True(violations.Count == 0, $"{path} at {width} px, {scheme}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
