using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

public class PageCachingTests
{
    [Fact]
    public async Task SecondGet_IsServedFromTheOutputCache_WithoutTouchingTheCatalogue()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (first, _) = await site.GetAsync("/roles/alpha-clerk");

        // Point the catalogue at a file that does not exist, keeping its version: only a cached page can answer.
        var current = site.Services.GetRequiredService<CurrentCatalogue>();
        var real = current.Required;
        current.SwapTo(real with { ConnectionString = "Data Source=/nonexistent/catalogue.db;Mode=ReadOnly" });
        var (second, body) = await site.GetAsync("/roles/alpha-clerk");
        current.SwapTo(real);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("<h1>Alpha clerk</h1>", body);
    }

    [Fact]
    public async Task RebuiltCatalogue_IsServedAtOnce_NotTheCachedPage()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        await site.GetAsync("/roles/alpha-clerk");
        await site.GetAsync("/roles/alpha-clerk");

        var path = Path.Combine(content, "roles", "alpha-clerk.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Alpha clerk", "title: Alpha records clerk"));
        Assert.Empty(site.Services.GetRequiredService<CatalogueBuilder>().Rebuild());
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Contains("<h1>Alpha records clerk</h1>", body);
    }

    [Fact]
    public async Task OutputCache_CanBeSwitchedOff_ForMeasuringRenderTime()
    {
        await using var site = new SiteFactory(TestPaths.TestContent) { Settings = { ["Performance:OutputCache"] = "false" } };
        await site.GetAsync("/roles/alpha-clerk");
        var (second, _) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task RepeatVisit_WithTheETag_Gets304WithoutABody()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (first, _) = await site.GetAsync("/faq");
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/faq");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var repeat = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.True(first.Headers.ETag!.IsWeak, "one tag covers the plain and compressed copies");
        Assert.Equal(HttpStatusCode.NotModified, repeat.StatusCode);
        Assert.Empty(await repeat.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ETag_ChangesWhenContentChanges_NotWhenTheSameContentIsRebuilt()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        var builder = site.Services.GetRequiredService<CatalogueBuilder>();
        var (before, _) = await site.GetAsync("/faq");
        builder.Rebuild();
        var (sameContent, _) = await site.GetAsync("/faq");
        var faq = Path.Combine(content, "faq.md");
        File.WriteAllText(faq, File.ReadAllText(faq).Replace("Yes, this is the first answer.", "Yes, this is the first answer, edited."));
        builder.Rebuild();
        var (edited, _) = await site.GetAsync("/faq");

        Assert.Equal(before.Headers.ETag, sameContent.Headers.ETag);
        Assert.NotEqual(before.Headers.ETag, edited.Headers.ETag);
    }

    [Fact]
    public async Task TwoReplicasOfTheSameContent_SendTheSameETag_SoAProxyCanRevalidateAgainstEither()
    {
        await using var first = new SiteFactory(TestPaths.TestContent);
        await using var second = new SiteFactory(TestPaths.TestContent);

        var (a, _) = await first.GetAsync("/roles/alpha-clerk");
        var (b, _) = await second.GetAsync("/roles/alpha-clerk");

        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.Contains("Accept-Encoding", a.Headers.Vary);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Html_IsCompressed_WhenTheBrowserAsks(string encoding)
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/roles/alpha-clerk");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/roles/alpha-clerk", 300)]
    [InlineData("/search?q=clerk", 60)]
    public async Task Pages_TellCachesHowLongTheyMayKeepThem(string path, int seconds)
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (response, _) = await site.GetAsync(path);

        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(seconds), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task ErrorPages_AreNotCachedAsPages()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (response, _) = await site.GetAsync("/roles/nobody");

        Assert.Null(response.Headers.ETag);
        Assert.NotEqual(true, response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task EveryResponse_SaysHowLongTheServerTook()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (response, _) = await site.GetAsync("/");

        Assert.StartsWith("app;dur=", string.Join(",", response.Headers.GetValues("Server-Timing")));
    }
}
