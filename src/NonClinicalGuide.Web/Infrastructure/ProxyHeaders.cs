using Microsoft.AspNetCore.HttpOverrides;

namespace NonClinicalGuide.Web.Infrastructure;

// Behind a reverse proxy or CDN the client's address and scheme arrive in X-Forwarded-* headers. They are
// believed only from the loopback proxy and the networks named in Proxy:KnownNetworks, so the search rate
// limit counts real clients and HSTS is sent when the visitor used HTTPS.
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
}
