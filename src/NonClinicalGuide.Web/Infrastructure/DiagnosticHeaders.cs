using System.Diagnostics;
using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace NonClinicalGuide.Web.Infrastructure;

// Two headers say how the server works inside: Server-Timing (app;dur=…, how long the server spent on the
// response, which the benchmark reads) and Age (how long a page has sat in the render cache). To anyone else
// they tell when cache entries expire and which addresses cost a render, and Age would also make a CDN take
// a page that is as fresh as a new render for one that is already minutes old. So they go only to
// Development and to trusted networks (the machine itself, Proxy:KnownNetworks).
public static class DiagnosticHeaders
{
    public static IApplicationBuilder UseDiagnosticHeaders(this IApplicationBuilder app)
    {
        var development = app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var trusted = app.ApplicationServices.GetRequiredService<TrustedNetworks>();
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var insider = development || trusted.IsTrusted(context);
            context.Response.OnStarting(() =>
            {
                if (insider)
                {
                    var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    context.Response.Headers["Server-Timing"] = "app;dur=" + milliseconds.ToString("0.###", CultureInfo.InvariantCulture);
                }
                else
                {
                    context.Response.Headers.Remove(HeaderNames.Age);
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
