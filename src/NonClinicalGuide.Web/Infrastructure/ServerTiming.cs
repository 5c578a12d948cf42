using System.Diagnostics;
using System.Globalization;

namespace NonClinicalGuide.Web.Infrastructure;

// Reports how long the server spent on each response (Server-Timing: app;dur=…), which the benchmark
// reads to measure render time without the network or the load generator in the figure.
public static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers["Server-Timing"] = "app;dur=" + milliseconds.ToString("0.###", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });
}
