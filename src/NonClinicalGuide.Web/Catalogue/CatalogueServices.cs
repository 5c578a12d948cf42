using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Infrastructure;

namespace NonClinicalGuide.Web.Catalogue;

public static class CatalogueServices
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogueOptions>(configuration.GetSection(CatalogueOptions.Section));
        services.AddSingleton<CurrentCatalogue>();
        services.AddSingleton<CatalogueBuilder>();
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<ContentWatcher>();
        services.AddSingleton<ReadOnlyConnectionSettings>();
        // Contexts come from a pool (setting one up per request was a tenth of the role page's time) and are
        // pointed at whichever catalogue is current when the request starts; the request keeps reading that
        // one file until it ends, whatever is swapped in meanwhile.
        services.AddPooledDbContextFactory<CatalogueDb>((provider, options) => options
            .UseSqlite()
            .AddInterceptors(provider.GetRequiredService<ReadOnlyConnectionSettings>())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<CatalogueDb>>().CreateDbContext();
            db.Database.SetConnectionString(provider.GetRequiredService<CurrentCatalogue>().Required.ConnectionString);
            return db;
        });
        return services;
    }

    // Start-up builds the catalogue before serving anything; bad content stops the app with every problem
    // listed as file:line: message (the format editors' tools understand), not as a stack trace.
    public static bool TryBuildCatalogue(this WebApplication app)
    {
        var errors = app.Services.GetRequiredService<CatalogueBuilder>().Rebuild();
        if (errors.Count == 0)
        {
            MemoryRelease.AfterBurst();
            return true;
        }

        Console.Error.WriteLine(new ContentInvalidException(errors).Message);
        Console.Error.WriteLine("The site did not start. Fix the lines above (see content/README.md) and run it again.");
        return false;
    }
}
