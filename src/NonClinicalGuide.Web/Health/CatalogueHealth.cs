using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Build;

namespace NonClinicalGuide.Web.Health;

// Liveness: the process answers. Readiness: a catalogue is loaded and readable, the app has warmed up and
// is not shutting down, so a proxy sends traffic only to instances that can serve it at full speed.
public sealed class CatalogueHealthCheck(CurrentCatalogue current, CatalogueRepair repair, WarmUp warmUp, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("shutting down: finishing requests in flight");
        }

        if (current.Snapshot is not { } snapshot)
        {
            return HealthCheckResult.Unhealthy("no catalogue loaded yet");
        }

        if (!warmUp.IsDone)
        {
            // Degraded, not unhealthy: it serves pages (slowly), and the logs should not read like a failure.
            return HealthCheckResult.Degraded("warming up: asking itself for each kind of page until the JIT is done");
        }

        if (CatalogueRepair.IsReadable(snapshot))
        {
            return HealthCheckResult.Healthy($"catalogue {snapshot.Version} with {snapshot.Roles} roles");
        }

        // The file was deleted or damaged under the running site: rebuild it now rather than wait for a
        // request to trip over it.
        var problem = new IOException($"{snapshot.FilePath} is missing or unreadable");
        if (await repair.RepairAsync(snapshot, problem) && current.Snapshot is { } repaired)
        {
            return HealthCheckResult.Healthy($"catalogue {repaired.Version} with {repaired.Roles} roles (rebuilt after the file failed)");
        }

        return HealthCheckResult.Unhealthy($"catalogue {snapshot.Version} cannot be read and could not be rebuilt");
    }
}

public static class CatalogueHealthEndpoints
{
    private const string Catalogue = "catalogue";

    public static IServiceCollection AddCatalogueHealth(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueStatus>();
        services.AddSingleton<IRebuildListener>(provider => provider.GetRequiredService<CatalogueStatus>());
        services.AddSingleton<CatalogueRepair>();
        services.AddSingleton<MemoryHealth>();
        services.AddSingleton<IExceptionHandler>(provider => provider.GetRequiredService<MemoryHealth>());
        services.AddHealthChecks()
            .AddCheck<CatalogueHealthCheck>(Catalogue, tags: [CatalogueHealthCheck.ReadyTag])
            .AddCheck<MemoryHealth>(MemoryHealth.Name, tags: [CatalogueHealthCheck.ReadyTag]);
        return services;
    }

    // Probes (and anyone) get live and ready, which say only Healthy or Unhealthy. The report, with file
    // names, memory and the last fault's message, is for the machine itself and Proxy:KnownNetworks; to
    // everyone else /healthz does not exist.
    public static WebApplication MapCatalogueHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(CatalogueHealthCheck.ReadyTag),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
        });
        app.MapGet("/healthz", async (HttpContext context, TrustedNetworks trusted, HealthCheckService health, CatalogueStatus status, CurrentCatalogue current, WarmUp warmUp) =>
        {
            if (!trusted.IsTrusted(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var report = await health.CheckHealthAsync(check => check.Tags.Contains(CatalogueHealthCheck.ReadyTag), context.RequestAborted);
            await WriteReport(context, report, status, current, warmUp);
        }).ExcludeFromDescription();
        return app;
    }

    // For operators and the load scripts: what the process holds, and how much of it is the managed heap.
    private static object Memory(string? check)
    {
        var gc = GC.GetGCMemoryInfo();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new
        {
            residentMegabytes = process.WorkingSet64 / (1024 * 1024),
            managedHeapMegabytes = gc.HeapSizeBytes / (1024 * 1024),
            managedCommittedMegabytes = gc.TotalCommittedBytes / (1024 * 1024),
            // SQLite's own allocations: page caches, schemas and statements of every pooled connection.
            sqliteMegabytes = SQLitePCL.raw.sqlite3_memory_used() / (1024 * 1024),
            check,
        };
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static Task WriteReport(HttpContext context, HealthReport report, CatalogueStatus status, CurrentCatalogue current, WarmUp warmUp)
    {
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var snapshot = current.Snapshot;
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            catalogue = new
            {
                version = snapshot?.Version,
                file = snapshot is null ? null : Path.GetFileName(snapshot.FilePath),
                roles = snapshot?.Roles,
                builtAt = snapshot?.BuiltAt,
                check = report.Entries.TryGetValue(Catalogue, out var catalogue) ? catalogue.Description : null,
            },
            lastReload = new { failedAt = status.LastReloadFailedAt, errors = status.LastReloadErrors },
            lastFault = new { at = status.LastFaultAt, description = status.LastFault, recoveries = status.Recoveries },
            warmUp = new { done = warmUp.IsDone, rounds = warmUp.Rounds, failures = warmUp.Failures, milliseconds = warmUp.Milliseconds },
            memory = Memory(report.Entries.TryGetValue(MemoryHealth.Name, out var memory) ? memory.Description : null),
        }, Indented));
    }
}
