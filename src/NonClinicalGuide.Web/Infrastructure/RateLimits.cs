using System.Globalization;
using System.Threading.RateLimiting;

namespace NonClinicalGuide.Web.Infrastructure;

// Search is the only page that does real work per request, so it alone is limited, per client address.
// A person searching gets a burst of 30 and then 2 a second: far more than anyone types.
public static class RateLimits
{
    public const string Search = "search";

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Search, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 30,
                    TokensPerPeriod = 10,
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
