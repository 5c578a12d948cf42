using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace NonClinicalGuide.Web.Infrastructure;

// One address per page. A page asked for under another spelling (/ACCESSIBILITY, /roles/x/, /faq?utm=1,
// /robots.txt?u=<random>, /roles?Remote=x&remote=, parameters out of order) is answered with a 301 to its
// canonical address before the render cache or the page sees it: the path as the route builds it (lower
// case, no trailing slash) and only the query parameters the page uses (QueryKeys), each as the page names
// it, in the page's order, empty ones left out. So a random parameter costs neither a render nor a cache
// entry, and the address, the cache entry and the canonical link are always the same one. What the values
// mean (a default written out, the order of a list) is the page's to judge: see RedirectUnlessAt.
public sealed class CanonicalAddresses(RequestDelegate next, LinkGenerator links)
{
    // A page's own parameters are short (the longest, a comparison of four roles, is a few hundred bytes);
    // a longer query is answered without the render cache (PageCachePolicy), never stored.
    public const int MaxCachedQueryLength = 1024;

    private static readonly LinkOptions Lowercase = new() { LowercaseUrls = true, AppendTrailingSlash = false };

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<QueryKeys>() is { } keys
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !IsErrorPageRun(context)
            && Canonical(context, keys) is { } canonical)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = canonical;
            // Browsers keep a 301 for ever unless told otherwise; a page that later learns a new parameter
            // must not stay redirected in someone's browser.
            context.Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
            return;
        }

        await next(context);
    }

    // The error page run again for a failed request (UseExceptionHandler keeps the failed page's query string,
    // UseStatusCodePagesWithReExecute its own): it answers that request at its address, never redirects it.
    private static bool IsErrorPageRun(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    // The canonical address when the request is not already at it, else null. A path with control
    // characters is no page's other spelling, just a 404 (and not worth echoing in a Location header).
    private string? Canonical(HttpContext context, QueryKeys keys)
    {
        var request = context.Request;
        if (request.Path.Value?.Any(char.IsControl) == true)
        {
            return null;
        }

        var path = links.GetPathByRouteValues(context, routeName: null, request.RouteValues, options: Lowercase) ?? request.Path.ToUriComponent();
        var query = TidyQuery(request.QueryString.Value ?? "", keys);
        return string.Equals(PathString.FromUriComponent(path).Value, request.Path.Value, StringComparison.Ordinal)
            && string.Equals(query, request.QueryString.Value ?? "", StringComparison.Ordinal)
            ? null
            : path + query;
    }

    // The page's own parameters in its order, each value exactly as the client encoded it (re-encoding
    // would turn one client's "+" into another's "%20" and redirect a plain search).
    private static string TidyQuery(string raw, QueryKeys keys)
    {
        var kept = new List<(int Order, string Pair)>();
        foreach (var pair in raw.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            var order = keys.IndexOf(WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]));
            if (order >= 0 && value.Length > 0)
            {
                kept.Add((order, keys.Keys[order] + "=" + value));
            }
        }

        return kept.Count == 0 ? "" : "?" + string.Join('&', kept.OrderBy(pair => pair.Order).Select(pair => pair.Pair));
    }
}
