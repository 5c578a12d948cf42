using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Infrastructure;

// What the render cache keeps, and under which key. Pages drawn from the catalogue are rendered once per
// catalogue, page address and content encoding, and kept compressed, so a hit costs a copy and nothing
// else. The key holds only what makes the page differ: the catalogue version, the path, the values of the
// query parameters the page uses (QueryKeys; CanonicalAddresses has already sent every other parameter
// away) and the encoding the response compression will choose. Not the Host header: every absolute URL
// comes from Site:PublicUrl, so a forged host or port would only have made copies of the same page.
public sealed class PageCachePolicy(bool enabled, bool pagesNameTheRequestHost) : IOutputCachePolicy
{
    public const string CatalogueTag = "catalogue";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var keys = http.GetEndpoint()?.Metadata.GetMetadata<QueryKeys>();
        // Pages (MVC actions) only, not health checks or static files; an over-long query is answered uncached.
        var cacheable = enabled && keys is not null && IsRead(http.Request)
            && http.Request.QueryString.Value?.Length is null or <= CanonicalAddresses.MaxCachedQueryLength;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(30);
        context.Tags.Add(CatalogueTag);
        context.CacheVaryByRules.CacheKeyPrefix = http.RequestServices.GetRequiredService<CurrentCatalogue>().Snapshot?.Version ?? "";
        context.CacheVaryByRules.VaryByHost = pagesNameTheRequestHost;
        context.CacheVaryByRules.QueryKeys = keys is null ? StringValues.Empty : new StringValues([.. keys.Keys]);
        context.CacheVaryByRules.VaryByValues["encoding"] =
            http.RequestServices.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(http)?.EncodingName ?? "identity";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
