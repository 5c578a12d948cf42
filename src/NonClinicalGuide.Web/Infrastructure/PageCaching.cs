using System.IO.Compression;
using System.Reflection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Infrastructure;

// Pages change only when the catalogue (or the app) changes, so they are rendered once per catalogue and
// then served from memory, compressed on the way out, and validated with an ETag so a repeat visit is a 304.
// There is no Last-Modified: build times differ between replicas, and the ETag already says everything.
public static class PageCaching
{
    public const string CatalogueTag = "catalogue";

    // Identifies the running build, so a deploy with unchanged content still invalidates browsers' copies.
    private static readonly string BuildId = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetValue("Performance:OutputCache", true);
        services.AddOutputCache(cache =>
        {
            // Hostile query strings make new keys; a small cap keeps memory flat under such load.
            cache.SizeLimit = 32 * 1024 * 1024;
            cache.AddBasePolicy(policy => policy
                .With(context => enabled && IsCacheablePage(context.HttpContext.Request))
                .SetCacheKeyPrefix(context => context.RequestServices.GetRequiredService<CurrentCatalogue>().Snapshot?.Version ?? "")
                .Expire(TimeSpan.FromMinutes(30))
                .Tag(CatalogueTag));
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
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseResponseCompression();
        app.Use(ConditionalGet);
        app.UseOutputCache();

        return app;
    }

    // Pages and data drawn from the catalogue. Search answers arbitrary text and is rate limited instead;
    // static files have fingerprinted URLs and caching of their own; health checks must be live.
    public static bool IsCacheablePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? !request.Path.StartsWithSegments(SitePaths.Search) && !request.Path.StartsWithSegments("/healthz")
              && (!(request.Path.Value ?? "").Contains('.') || request.Path == "/sitemap.xml" || request.Path == "/robots.txt")
            : false;

    private static async Task ConditionalGet(HttpContext context, RequestDelegate next)
    {
        var snapshot = context.RequestServices.GetRequiredService<CurrentCatalogue>().Snapshot;
        var isPage = IsCacheablePage(context.Request);
        var isSearch = context.Request.Path.StartsWithSegments(SitePaths.Search);
        if (snapshot is null || !(isPage || isSearch))
        {
            await next(context);
            return;
        }

        // Weak, because the same page is sent plain, gzipped or brotli-compressed under this one tag.
        var etag = new EntityTagHeaderValue($"\"{BuildId}-{snapshot.Version}\"", isWeak: true);
        if (isPage && context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag.ToString();
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                var headers = context.Response.GetTypedHeaders();
                // Public pages may sit in a CDN for minutes; search answers only briefly.
                headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = isSearch ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(5) };
                // Caches must keep the plain and the compressed copies apart, even when this one went out plain.
                context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                if (isPage)
                {
                    headers.ETag = etag;
                }
            }

            return Task.CompletedTask;
        });
        await next(context);
    }
}

// A rebuilt catalogue makes new cache keys; dropping the old entries frees their memory at once.
public sealed class OutputCacheEviction(IOutputCacheStore store) : IRebuildListener
{
    public void Rebuilt(IReadOnlyList<ContentError> errors)
    {
        if (errors.Count == 0)
        {
            _ = store.EvictByTagAsync(PageCaching.CatalogueTag, CancellationToken.None).AsTask();
        }
    }
}
