using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

// The real app, pointed at a content folder of the test's choosing and a private data folder.
public class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory(string contentPath)
    {
        ContentPath = contentPath;
        DataDirectory = TestPaths.NewTempDirectory("catalogue");
    }

    public string ContentPath { get; }

    // The real data/ unless a test points the app at a copy (a damaged workbook, a new release).
    public string OfficialDataPath { get; init; } = TestPaths.RealData;

    // A private folder unless a test shares one between two apps (a restart).
    public string DataDirectory { get; init; }

    public string Environment { get; init; } = "Production";

    public const string PublicUrl = "http://localhost";

    // Extra configuration for one test's app; set before the first request starts it.
    public Dictionary<string, string> Settings { get; } = [];

    // Services a test adds to the app (a listener of its own, for example).
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Outside Development, compressed assets of an unpublished build are found only through this manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Catalogue:ContentPath", ContentPath);
        builder.UseSetting("Catalogue:OfficialDataPath", OfficialDataPath);
        builder.UseSetting("Catalogue:DataDirectory", DataDirectory);
        // Warming up sends the app a few hundred requests of its own; WarmUpTests turns it back on.
        builder.UseSetting("Performance:WarmUp", "false");
        // Many tests search through one shared app; the limit itself is tested by RateLimitTests, with its own.
        builder.UseSetting("RateLimits:SearchBurst", "1000000");
        // Production refuses to start without its public address; the tests' pages name this one.
        builder.UseSetting("Site:PublicUrl", PublicUrl);
        // One test process holds dozens of apps: its resident set says nothing about any one of them.
        builder.UseSetting("Health:MemoryLimitMegabytes", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, InMemoryRequestsComeFromLoopback>());
        if (TestServices is not null)
        {
            builder.ConfigureServices(TestServices);
        }
    }

    // The in-memory test server gives requests no client address; they stand for a request made on the
    // machine itself (curl on the server), so trusted-network behaviour is the default and tests of the
    // public's view send X-Forwarded-For, as a request through the proxy would.
    private sealed class InMemoryRequestsComeFromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return following(context);
            });
            next(app);
        };
    }

    // As a browser does: through any redirects to the page's own address (Response.RequestMessage names it).
    public async Task<(HttpResponseMessage Response, string Body)> FollowAsync(string path)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
