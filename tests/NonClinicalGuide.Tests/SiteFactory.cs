using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(NonClinicalGuide.Tests.TestSite))]

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

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Catalogue:ContentPath", ContentPath);
        builder.UseSetting("Catalogue:DataDirectory", DataDirectory);
    }

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

// One app over the test content, shared by every test class that only reads pages.
public sealed class TestSite() : SiteFactory(TestPaths.TestContent);
