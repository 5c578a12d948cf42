using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NonClinicalGuide.Web.Catalogue;

// Liveness: the process answers. Readiness: a catalogue is loaded and readable, and the app is not
// shutting down, so a proxy sends traffic only to instances that can serve it.
public sealed class CatalogueHealthCheck(CurrentCatalogue current, CatalogueRepair repair, IHostApplicationLifetime lifetime) : IHealthCheck
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

        try
        {
            return HealthCheckResult.Healthy(await DescribeAsync(snapshot, cancellationToken));
        }
        catch (SqliteException exception) when (CatalogueRepair.IsUnusableFile(exception))
        {
            if (await repair.RepairAsync(snapshot, exception) && current.Snapshot is { } repaired)
            {
                return HealthCheckResult.Healthy(await DescribeAsync(repaired, cancellationToken) + " (rebuilt after the file failed)");
            }

            return HealthCheckResult.Unhealthy($"catalogue {snapshot.Version} cannot be read: {exception.Message}");
        }
    }

    private static async Task<string> DescribeAsync(CatalogueSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(snapshot.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Roles";
        var roles = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return $"catalogue {snapshot.Version} with {roles} roles";
    }
}

public static class CatalogueHealthEndpoints
{
    public static IServiceCollection AddCatalogueHealth(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueStatus>();
        services.AddSingleton<CatalogueRepair>();
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue", tags: [CatalogueHealthCheck.ReadyTag]);
        return services;
    }

    public static WebApplication MapCatalogueHealth(this WebApplication app)
    {
        var builder = app.Services.GetRequiredService<CatalogueBuilder>();
        var status = app.Services.GetRequiredService<CatalogueStatus>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        builder.Rebuilt += errors => status.ReloadFinished(errors, clock.GetUtcNow());

        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(CatalogueHealthCheck.ReadyTag) });
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(CatalogueHealthCheck.ReadyTag),
            ResponseWriter = (context, report) => WriteReport(context, report, status, app.Services.GetRequiredService<CurrentCatalogue>()),
        });
        return app;
    }

    private static Task WriteReport(HttpContext context, HealthReport report, CatalogueStatus status, CurrentCatalogue current)
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
                roles = snapshot?.Roles,
                builtAt = snapshot?.BuiltAt,
                check = report.Entries.Values.Select(e => e.Description).FirstOrDefault(),
            },
            lastReload = new { failedAt = status.LastReloadFailedAt, errors = status.LastReloadErrors },
            lastFault = new { at = status.LastFaultAt, description = status.LastFault, recoveries = status.Recoveries },
        }, new JsonSerializerOptions { WriteIndented = true }));
    }
}
