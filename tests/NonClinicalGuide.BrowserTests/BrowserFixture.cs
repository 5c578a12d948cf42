using Microsoft.Playwright;
using NonClinicalGuide.Tests;

[assembly: AssemblyFixture(typeof(NonClinicalGuide.BrowserTests.BrowserFixture))]

// Each test opens its own browser context, so any two can run side by side, theory rows included. Most of a
// test's time is spent waiting on Chromium, which runs in processes of its own: a few at once keep both
// cores busy.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.All, MaxThreads = 4)]

namespace NonClinicalGuide.BrowserTests;

// One app over the real content/ on a real port, and one headless Chromium, for the whole run.
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string MissingChromium =
        "Chromium is not installed at " + ChromiumPath + ": install it with `apt-get install -y chromium` (.ci/run does this and fails on skipped tests)";

    private IPlaywright? _playwright;

    public RealSite? Site { get; private set; }

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        Site = new RealSite();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium keeps trying to reach Google's hosts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    // A fresh browser context (no cookies, no cache) at this width and colour scheme, with or without
    // JavaScript; closed when the test disposes of it, so a long run does not pile up open pages.
    public async Task<BrowserTab> OpenTabAsync(int width, ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true)
    {
        if (Browser is null || Site is null)
        {
            Assert.Skip(MissingChromium);
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = colorScheme,
            BaseURL = Site.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
        });
        return new BrowserTab(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }
}

public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

public sealed class RealSite() : KestrelSite(TestPaths.RealContent);
