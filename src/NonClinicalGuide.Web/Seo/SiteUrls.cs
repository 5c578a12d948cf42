using Microsoft.Extensions.Options;

namespace NonClinicalGuide.Web.Seo;

public sealed class SiteOptions
{
    public const string Section = "Site";

    // The address the public uses (https://…). Every absolute URL the site writes comes from it: canonical
    // links, og:url, JSON-LD, the sitemap, robots.txt, the API and the print sheet's QR code. Outside
    // Development it is required (PublicAddress refuses to start without it), because the alternative, the
    // Host header of the request, is whatever the client or a misconfigured proxy says.
    public string? PublicUrl { get; set; }
}

public static class SiteUrls
{
    public static string Base(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublicUrl;
        // Only Development gets here without an address (PublicAddress checks the others at start-up).
        return (string.IsNullOrWhiteSpace(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured).TrimEnd('/');
    }

    public static string Absolute(HttpContext context, string pathAndQuery) => Base(context) + pathAndQuery;

    // The canonical address of the page being served. Other spellings of it (case, a trailing slash, a
    // parameter the page does not use, its answers in another order) were sent here with a 301 before the
    // page ran, so the request's path and query are the canonical ones; error pages have none.
    public static string? Canonical(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status200OK ? Absolute(context, context.Request.Path + context.Request.QueryString) : null;
}
