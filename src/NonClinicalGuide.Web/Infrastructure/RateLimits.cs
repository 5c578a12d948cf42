using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NonClinicalGuide.Web.Infrastructure;

// Two limits, both settings so a test host can lift or shrink them:
// - search, per client: a burst of 30 and then 2 a second (RateLimits:SearchBurst, RateLimits:SearchPerSecond),
//   far more than anyone types; 429 with Retry-After beyond it.
// - renders, for everyone together: pages that render per request ([RenderCap]: search, filters, comparisons,
//   the fit finder) run at most RateLimits:ConcurrentRenders at once (default: one per core), the next
//   RateLimits:RenderQueue wait their turn, and beyond that the answer is 503 with Retry-After. A flood of
//   uncached renders then slows those pages down, not the whole site: cached pages never take a turn
//   (the limiter runs after the render cache).
public static class RateLimits
{
    public const string Search = "search";

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var burst = configuration.GetValue("RateLimits:SearchBurst", 30);
        var perSecond = configuration.GetValue("RateLimits:SearchPerSecond", 2);
        var renders = configuration.GetValue("RateLimits:ConcurrentRenders", Environment.ProcessorCount);
        var queue = configuration.GetValue("RateLimits:RenderQueue", 64);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Search, new SearchPerClient(burst, perSecond));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<RenderCapAttribute>() is null
                    ? RateLimitPartition.GetNoLimiter("cached or cheap")
                    : RateLimitPartition.GetConcurrencyLimiter("renders", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = renders,
                        QueueLimit = queue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            // The search policy answers its own rejections; what reaches this one is the render cap.
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
        });
    }

    // IPv6 clients get a /64 each (one household or one server usually holds a whole /64, and rotating
    // addresses within it is free); IPv4 clients, their address.
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private sealed class SearchPerClient(int burst, int perSecond) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : 5;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetTokenBucketLimiter(
            ClientKey(httpContext.Connection.RemoteIpAddress),
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond * 5,
                ReplenishmentPeriod = TimeSpan.FromSeconds(5),
                QueueLimit = 0,
                // The partitioned limiter's one timer tops every bucket up; a timer per client address
                // would mean thousands of timers when thousands of people search.
                AutoReplenishment = false,
            });
    }
}

// Marks an action whose pages are rendered per request (or per rarely repeated address), so they share
// the global cap on concurrent renders (RateLimits). One line joins a new page to it.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RenderCapAttribute : Attribute;
