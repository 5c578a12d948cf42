using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NonClinicalGuide.Web.Health;

// A process that has run out of memory once is not fit to serve: whatever was being built when the
// allocation failed (a cache entry, a type's static state) may be half made, and the next page may fail too.
// So an OutOfMemoryException seen by the exception handler turns readiness to 503 until the process is
// restarted, and so does a resident set above Health:MemoryLimitMegabytes (0 or unset: no limit), so a
// proxy stops sending traffic before the kernel or the container ends the process.
public sealed class MemoryHealth(IConfiguration configuration, TimeProvider clock) : IHealthCheck, IExceptionHandler
{
    public const string Name = "memory";

    private readonly long _limitBytes = configuration.GetValue("Health:MemoryLimitMegabytes", 0L) * 1024 * 1024;
    private string? _outOfMemory;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var resident = Environment.WorkingSet;
        var megabytes = resident / (1024 * 1024);
        var result = _outOfMemory is { } fault ? HealthCheckResult.Unhealthy(fault)
            : _limitBytes > 0 && resident > _limitBytes ? HealthCheckResult.Unhealthy($"resident set {megabytes} MB is above Health:MemoryLimitMegabytes ({_limitBytes / (1024 * 1024)} MB)")
            : HealthCheckResult.Healthy($"resident set {megabytes} MB" + (_limitBytes > 0 ? $" of at most {_limitBytes / (1024 * 1024)} MB" : ""));
        return Task.FromResult(result);
    }

    // Seen, not handled: the ordinary error page still answers the request.
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OutOfMemoryException)
        {
            _outOfMemory ??= $"out of memory at {clock.GetUtcNow():u} in {httpContext.Request.Method} {httpContext.Request.Path}: restart the process";
        }

        return ValueTask.FromResult(false);
    }
}
