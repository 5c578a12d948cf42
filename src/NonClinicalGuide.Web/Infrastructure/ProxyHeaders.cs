using Microsoft.AspNetCore.HttpOverrides;

namespace NonClinicalGuide.Web.Infrastructure;

// Behind a reverse proxy or CDN the client's address and scheme arrive in X-Forwarded-* headers. They are
// believed only from the loopback proxy and the networks named in Proxy:KnownNetworks, so the search rate
// limit counts real clients and HSTS is sent when the visitor used HTTPS.
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = new TrustedNetworks(configuration);
        services.AddSingleton(trusted);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in trusted.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
    }

    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) =>
        app.UseForwardedHeaders().Use(async (context, next) =>
        {
            // The forwarded headers middleware takes any well-formed scheme; a proxy that passes on a client's
            // own X-Forwarded-Proto could make it "javascript". Nothing but http and https is a request here.
            var scheme = context.Request.Scheme.ToLowerInvariant();
            if (scheme is not ("http" or "https"))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            context.Request.Scheme = scheme;
            await next(context);
        });
}
