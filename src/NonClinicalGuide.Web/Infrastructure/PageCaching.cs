using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Infrastructure;

// Pages change only when the catalogue (or the app) changes, so they are rendered once per catalogue,
// compressed once, kept in memory (PageCachePolicy says under which key) and validated with a per-page ETag,
// so a repeat visit is a 304. There is no Last-Modified: build times differ between replicas, and the ETag
// already says everything.
public static class PageCaching
{
    // Identifies the running build, so a deploy with unchanged content still invalidates browsers' copies.
    private static readonly string BuildId = RunningBuild.Id[..8];

    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Performance:OutputCache", true);
        var pagesNameTheRequestHost = string.IsNullOrWhiteSpace(configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.PublicUrl)}"]);
        services.AddOutputCache(cache =>
        {
            // Counts response bytes only. What the keys cost is bounded elsewhere: CanonicalAddresses leaves
            // only a page's own parameters, and a query longer than it allows is never stored.
            cache.SizeLimit = 32 * 1024 * 1024;
            cache.AddBasePolicy(new PageCachePolicy(enabled, pagesNameTheRequestHost));
        });
        services.AddSingleton<IRebuildListener, OutputCacheEviction>();
        services.AddResponseCompression(compression =>
        {
            // Pages hold no secrets or tokens, so compressing them over HTTPS gives BREACH nothing to find.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ["text/html", "text/plain", "application/json", "application/problem+json", "application/xml"];
        });
        // "Optimal" costs a few milliseconds a page, paid once per cache entry (and per uncached render).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    // The render cache is outermost, so what it keeps is the compressed body with its final headers.
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.Use(AbandonedRenders);
        app.UseResponseCompression();
        app.Use(HttpCachingHeaders);
        return app;
    }

    // The render cache lets one request render a page while the others asking for the same page wait for that
    // render, and hands them its outcome, an exception included. When the visitor whose request is rendering
    // leaves, the page's database calls (or its wait for a render slot) are cancelled; that cancellation must
    // not become an error page for the visitors still waiting. So an abandoned request ends here, quietly
    // (499, no error page, nothing stored), and each waiting request renders the page itself.
    private static async Task AbandonedRenders(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when ((exception is OperationCanceledException or IOException) && context.RequestAborted.IsCancellationRequested)
        {
            if (context.Features.Get<IOutputCacheFeature>() is { } cache)
            {
                cache.Context.AllowCacheStorage = false;
            }

            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            }
        }
    }

    // Set before the page runs, because the render cache copies a response's headers as its body starts
    // (before OnStarting callbacks); taken back in OnStarting if the page turns out not to be a 200.
    private static async Task HttpCachingHeaders(HttpContext context, RequestDelegate next)
    {
        var snapshot = context.RequestServices.GetRequiredService<CurrentCatalogue>().Snapshot;
        var request = context.Request;
        if (snapshot is null || context.GetEndpoint()?.Metadata.GetMetadata<QueryKeys>() is null
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(context);
            return;
        }

        var isSearch = request.Path.StartsWithSegments(SitePaths.Search);
        var headers = context.Response.GetTypedHeaders();
        // Public pages may sit in a CDN for minutes; search answers only briefly.
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = isSearch ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(5) };
        // Caches must keep the plain and the compressed copies apart, even when this one goes out plain (the
        // response compression adds nothing when the client asked for no encoding).
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (!isSearch)
        {
            headers.ETag = PageTag(snapshot.Version, request);
        }

        context.Response.OnStarting(() =>
        {
            var status = context.Response.StatusCode;
            if (status != StatusCodes.Status200OK)
            {
                context.Response.Headers.Remove(HeaderNames.ETag);
            }

            // An error answers this moment only: a 404 cached by a CDN would hide a page published a minute later.
            if (status >= StatusCodes.Status400BadRequest)
            {
                headers.CacheControl = new CacheControlHeaderValue { NoStore = true };
            }

            return Task.CompletedTask;
        });
        await next(context);
    }

    // Weak, because the same page is sent plain, gzipped or brotli-compressed under this one tag. It names
    // the build, the catalogue version and the page's address, so it validates that page and no other, and
    // every replica of a release computes the same one.
    private static EntityTagHeaderValue PageTag(string version, HttpRequest request)
    {
        var address = XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(request.Path + request.QueryString));
        return new EntityTagHeaderValue($"\"{BuildId}-{version}-{address.ToString("x8", CultureInfo.InvariantCulture)}\"", isWeak: true);
    }
}

// A rebuilt catalogue makes new cache keys; dropping the old entries frees their memory at once.
public sealed class OutputCacheEviction(IOutputCacheStore store) : IRebuildListener
{
    public void Rebuilt(IReadOnlyList<ContentError> errors)
    {
        if (errors.Count == 0)
        {
            _ = store.EvictByTagAsync(PageCachePolicy.CatalogueTag, CancellationToken.None).AsTask();
        }
    }
}
