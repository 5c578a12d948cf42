using System.Text.Json;
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
    public static IServiceCollection AddCatalogueHealth(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueStatus>();
        services.AddSingleton<IRebuildListener>(provider => provider.GetRequiredService<CatalogueStatus>());
        services.AddSingleton<CatalogueRepair>();
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue", tags: [CatalogueHealthCheck.ReadyTag]);
        return services;
    }

    public static WebApplication MapCatalogueHealth(this WebApplication app)
    {
        var status = app.Services.GetRequiredService<CatalogueStatus>();

        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(CatalogueHealthCheck.ReadyTag),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
        });
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(CatalogueHealthCheck.ReadyTag),
            ResponseWriter = (context, report) => WriteReport(context, report, status, app.Services.GetRequiredService<CurrentCatalogue>(), app.Services.GetRequiredService<WarmUp>()),
        });
        return app;
    }

    // For operators and the load scripts: what the process holds, and how much of it is the managed heap.
    private static object Memory()
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
        };
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static Task WriteReport(HttpContext context, HealthReport report, CatalogueStatus status, CurrentCatalogue current, WarmUp warmUp)
    {
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
                check = report.Entries.Values.Select(e => e.Description).FirstOrDefault(),
            },
            lastReload = new { failedAt = status.LastReloadFailedAt, errors = status.LastReloadErrors },
            lastFault = new { at = status.LastFaultAt, description = status.LastFault, recoveries = status.Recoveries },
            warmUp = new { done = warmUp.IsDone, rounds = warmUp.Rounds, failures = warmUp.Failures, milliseconds = warmUp.Milliseconds },
            memory = Memory(),
        }, Indented));
    }
}
