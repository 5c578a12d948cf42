using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NonClinicalGuide.Web.Infrastructure;

// The site keeps nothing between requests and changes nothing on request: no cookies, no TempData, and
// every form is a GET. MVC still sets up data protection for TempData cookies and antiforgery tokens, when
// the app starts and again in the first controller and view: it writes a key ring under the user's home
// folder and loads the XML and OpenSSL code that needs, ~8 MB resident for nothing. These replacements keep
// it from starting, and fail loudly if a page ever tries to use what the site says it does not have.
public static class Stateless
{
    private const string KeyRingAtStartUp = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection WithoutSessionState(this IServiceCollection services)
    {
        foreach (var service in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.FullName == KeyRingAtStartUp).ToList())
        {
            services.Remove(service);
        }

        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, NoTempData>());
        services.Replace(ServiceDescriptor.Singleton<IAntiforgery, NoAntiforgery>());
        return services;
    }

    private sealed class NoTempData : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
            if (values.Count > 0)
            {
                throw new InvalidOperationException("This site keeps no TempData between requests: pass what the next page needs in its address.");
            }
        }
    }

    // A form that posts would need a token: rather than hand out one that protects nothing, say so.
    private sealed class NoAntiforgery : IAntiforgery
    {
        private const string Problem = "This site has no forms that post, so it issues no antiforgery tokens; see Infrastructure/Stateless.cs.";

        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => throw new InvalidOperationException(Problem);

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => throw new InvalidOperationException(Problem);

        // Nothing here accepts a request that changes anything, so there is nothing to refuse.
        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => Task.FromResult(true);

        public Task ValidateRequestAsync(HttpContext httpContext) => Task.CompletedTask;

        public void SetCookieTokenAndHeader(HttpContext httpContext) => throw new InvalidOperationException(Problem);
    }
}
