using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Infrastructure;

// A fresh process runs the precompiled (ReadyToRun) code it was published with, and only replaces a method
// with fully optimised code once it has been called thirty times: measured, an uncached role page takes
// twice as long in the first few hundred requests as it does later. So, once listening, the site asks itself
// for each kind of page until the JIT has gone quiet, and only then says it is ready (/healthz/ready), so a
// proxy sends visitors to an instance that is already at full speed. The site answers requests meanwhile.
public sealed class WarmUp(IServer server, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<WarmUp> logger)
    : BackgroundService
{
    // Each page is asked for this often (tiering promotes a method after 30 calls, counted once no new method
    // has needed compiling for a moment), then the warm-up waits until no method has been compiled for
    // Quiet; all within Limit.
    public const int RoundsPerPage = 60;
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private volatile bool _done;

    public bool IsDone => _done;

    public int Rounds { get; private set; }

    public int Failures { get; private set; }

    public int Milliseconds { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartedAsync(stoppingToken);
            if (configuration.GetValue("Performance:WarmUp", true) && LoopbackAddress() is { } address)
            {
                await WarmAsync(address, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before it finished: nothing to warm for.
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or IOException or OperationCanceledException)
        {
            // A cold site still works, only slower for a while (a request that timed out lands here too).
            logger.StoppedEarly(exception);
        }
        finally
        {
            _done = true;
        }
    }

    private async Task WarmAsync(Uri address, CancellationToken stoppingToken)
    {
        var paths = await PathsAsync(stoppingToken);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var started = Stopwatch.GetTimestamp();
        for (; Rounds < RoundsPerPage && Stopwatch.GetElapsedTime(started) < Limit; Rounds++)
        {
            foreach (var path in paths)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                // Its own client address (a documentation range), so search's per-client allowance is untouched.
                request.Headers.Add("X-Forwarded-For", $"192.0.2.{Rounds % 254 + 1}");
                using var response = await client.SendAsync(request, stoppingToken);
                await response.Content.LoadIntoBufferAsync(stoppingToken);
                if (!response.IsSuccessStatusCode)
                {
                    Failures++;
                }
            }
        }

        var asked = Stopwatch.GetElapsedTime(started);

        // The optimising JIT works through its queue in the background: wait until it has gone quiet.
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var lastChange = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(lastChange) < Quiet && Stopwatch.GetElapsedTime(started) < Limit)
        {
            await Task.Delay(Poll, stoppingToken);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() is var now && now != compiled)
            {
                compiled = now;
                lastChange = Stopwatch.GetTimestamp();
            }
        }

        MemoryRelease.AfterBurst();
        Milliseconds = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.WarmedUp(Milliseconds, Rounds, paths.Count, asked.TotalMilliseconds, Failures, compiled);
    }

    // One page of each kind, drawn from the catalogue so the addresses exist.
    private async Task<IReadOnlyList<string>> PathsAsync(CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        var roles = await db.Roles.OrderBy(r => r.Slug).Select(r => new { r.Slug, r.CategorySlug }).Take(2).ToListAsync(stoppingToken);
        var job = await db.ClinicalJobs.OrderBy(j => j.Order).Select(j => j.Slug).FirstAsync(stoppingToken);
        return SitePaths.Examples(roles[0].Slug, roles[^1].Slug, roles[0].CategorySlug, job);
    }

    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
    }

    // The first plain-HTTP address Kestrel listens on, as seen from this machine (none under the test host).
    private Uri? LoopbackAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri?.Scheme == Uri.UriSchemeHttp);
        if (address is null)
        {
            return null;
        }

        var host = address.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : address.Host;
        return new UriBuilder(address) { Host = host, Path = "/" }.Uri;
    }
}

public static class WarmUpServices
{
    public static IServiceCollection AddWarmUp(this IServiceCollection services)
    {
        services.AddSingleton<WarmUp>();
        return services.AddHostedService(provider => provider.GetRequiredService<WarmUp>());
    }
}

internal static partial class WarmUpLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up stopped early")]
    public static partial void StoppedEarly(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up in {Milliseconds} ms ({Rounds} rounds of {Paths} pages in {AskedMilliseconds:0} ms, {Failures} failed answers; then the JIT, {Methods} methods compiled in all)")]
    public static partial void WarmedUp(this ILogger logger, int milliseconds, int rounds, int paths, double askedMilliseconds, int failures, long methods);
}
