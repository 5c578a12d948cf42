using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
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
    public async Task ResponsesToTheMachineItself_SayHowLongTheServerTook()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (response, _) = await site.GetAsync("/");

        Assert.StartsWith("app;dur=", string.Join(",", response.Headers.GetValues("Server-Timing")));
    }

    [Fact]
    public async Task AFloodOfUniqueParameters_StoresNothingInTheRenderCache()
    {
        var store = new CountingStore();
        await using var site = new SiteFactory(TestPaths.TestContent) { TestServices = store.Install };
        await site.GetAsync("/robots.txt");
        await site.GetAsync("/faq");
        var before = store.Stored;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 100; i++)
        {
            statuses.Add((await site.GetAsync($"/robots.txt?u={i}&a={new string('a', 1000)}")).Response.StatusCode);
            statuses.Add((await site.GetAsync($"/faq?x={i}")).Response.StatusCode);
        }

        Assert.Equal(2, before);
        Assert.Equal(before, store.Stored);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.MovedPermanently, status));
    }

    [Fact]
    public async Task ACachedPage_IsKeptCompressed_SoAHitCostsNoCompression()
    {
        var counting = new CountingCompression();
        await using var site = new SiteFactory(TestPaths.TestContent)
        {
            TestServices = services => services.Configure<ResponseCompressionOptions>(options => options.Providers.Add(counting)),
        };
        using var client = site.CreateClient();

        var encodings = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/faq");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(CountingCompression.Name));
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            encodings.AddRange(response.Content.Headers.ContentEncoding);
        }

        Assert.Equal([CountingCompression.Name, CountingCompression.Name, CountingCompression.Name], encodings);
        Assert.Equal(1, counting.Streams);
    }

    [Theory]
    [InlineData("/faq", "/compare")]
    [InlineData("/faq", "/roles/alpha-clerk")]
    [InlineData("/roles/alpha-clerk", "/roles/beta-analyst")]
    public async Task AnotherPagesETag_IsNotAMatch(string tagged, string asked)
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        await site.GetAsync(asked);
        var (first, _) = await site.GetAsync(tagged);

        var response = await GetIfNoneMatchAsync(site, asked, first.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(first.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("/roles/nobody", HttpStatusCode.NotFound)]
    [InlineData("/roles?remote=sometimes", HttpStatusCode.BadRequest)]
    [InlineData("/api/roles/nobody", HttpStatusCode.NotFound)]
    public async Task ValidatorsNeverTurnAnErrorInto304(string path, HttpStatusCode expected)
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        var (faq, _) = await site.GetAsync("/faq");

        var withFaqsTag = await GetIfNoneMatchAsync(site, path, faq.Headers.ETag!.ToString());
        var withAnyTag = await GetIfNoneMatchAsync(site, path, "*");

        Assert.Equal(expected, withFaqsTag.StatusCode);
        Assert.Equal(expected, withAnyTag.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(SiteFactory site, string path, string etag)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    // The app's own store, counting what it is asked to keep.
    private sealed class CountingStore
    {
        private int _stored;

        public int Stored => _stored;

        public void Install(IServiceCollection services)
        {
            var original = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
            services.AddSingleton<IOutputCacheStore>(provider => new Counting(this, (IOutputCacheStore)original.ImplementationFactory!(provider)));
        }

        private sealed class Counting(CountingStore counter, IOutputCacheStore inner) : IOutputCacheStore
        {
            public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

            public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

            public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref counter._stored);
                return inner.SetAsync(key, value, tags, validFor, cancellationToken);
            }
        }
    }

    // An encoding of its own that changes nothing but counts how often a response is compressed.
    private sealed class CountingCompression : ICompressionProvider
    {
        public const string Name = "x-counted";

        private int _streams;

        public int Streams => _streams;

        public string EncodingName => Name;

        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream)
        {
            Interlocked.Increment(ref _streams);
            return new LeaveOpen(outputStream);
        }

        private sealed class LeaveOpen(Stream inner) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override void Flush() => inner.Flush();

            public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
        }
    }
}
