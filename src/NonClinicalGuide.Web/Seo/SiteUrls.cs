namespace NonClinicalGuide.Web.Seo;

public sealed class SiteOptions
{
    public const string Section = "Site";

    // The address the public uses (https://…). Canonical links, the sitemap and QR codes use it; when it is
    // not set they fall back to the address of the request, which is right for local runs.
    public string? PublicUrl { get; set; }
}

public static class SiteUrls
{
    public static string Base(HttpContext context)
    {
        var configured = context.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<SiteOptions>>()?.Value.PublicUrl;
        return (string.IsNullOrWhiteSpace(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured).TrimEnd('/');
    }

    public static string Absolute(HttpContext context, string pathAndQuery) => Base(context) + pathAndQuery;

    // The canonical address of the page being served: its path and its meaningful query, nothing else.
    public static string Canonical(HttpContext context) => Absolute(context, context.Request.Path + context.Request.QueryString);
}
