using System.Globalization;
using System.Threading.RateLimiting;

namespace NonClinicalGuide.Web.Infrastructure;

// Search is the only page that does real work per request, so it alone is limited, per client address.
// A person searching gets a burst of 30 and then 2 a second: far more than anyone types. Both numbers are
// settings (RateLimits:SearchBurst, RateLimits:SearchPerSecond), so a test host can lift the limit for tests
// that search a lot and test the limit itself with a small one.
public static class RateLimits
{
    public const string Search = "search";

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var burst = configuration.GetValue("RateLimits:SearchBurst", 30);
        var perSecond = configuration.GetValue("RateLimits:SearchPerSecond", 2);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Search, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond * 5,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(5),
                    QueueLimit = 0,
                    // The partitioned limiter's one timer tops every bucket up; a timer per client address
                    // would mean thousands of timers when thousands of people search.
                    AutoReplenishment = false,
                }));
            limiter.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 5;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
