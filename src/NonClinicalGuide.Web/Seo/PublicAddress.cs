using Microsoft.AspNetCore.HostFiltering;

namespace NonClinicalGuide.Web.Seo;

// Site:PublicUrl is read and checked once, before the host is built. Outside Development a missing or
// malformed address stops the start with one clear line, like a content error does; with it, requests for
// any other host name are refused (400) by ASP.NET Core's host filtering, unless AllowedHosts says otherwise.
public static class PublicAddress
{
    // The names a replica is reached by on its own machine (health probes, the ops scripts, curl).
    private static readonly string[] LocalNames = ["localhost", "127.0.0.1", "[::1]"];

    public static string? Problem(IConfiguration configuration, IHostEnvironment environment)
    {
        var url = configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.PublicUrl)}"];
        if (string.IsNullOrWhiteSpace(url))
        {
            return environment.IsDevelopment()
                ? null
                : $"Site:PublicUrl is not set. Outside Development the site needs its public address (for example --Site:PublicUrl=https://www.example.org or the environment variable Site__PublicUrl) to write canonical links, the sitemap, the API's URLs and QR codes; it never takes them from the request's Host header. Environment: {environment.EnvironmentName}.";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? null
            : $"Site:PublicUrl '{url}' is not a site address: give the scheme and host only, like https://www.example.org (http or https, no path, query or fragment).";
    }

    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        var url = configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.PublicUrl)}"];
        if (!string.IsNullOrWhiteSpace(url) && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            // ASP.NET Core reads AllowedHosts only when nothing configured these options first.
            services.Configure<HostFilteringOptions>(options => options.AllowedHosts = [HostName(new Uri(url)), .. LocalNames]);
        }

        return services;
    }

    // As a Host header carries it: punycode for an international name, brackets around an IPv6 address.
    private static string HostName(Uri uri) => uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
}
