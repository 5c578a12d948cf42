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

    public string DataDirectory { get; }

    public string Environment { get; init; } = "Production";

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
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureServices(TestServices);
        }
    }

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
