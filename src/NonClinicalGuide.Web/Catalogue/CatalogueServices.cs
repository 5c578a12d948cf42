using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Content;

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
        // Options are resolved per request scope, so each request reads whichever catalogue is current
        // when it starts and keeps reading that one file until it ends.
        services.AddSingleton<ReadOnlyConnectionSettings>();
        services.AddDbContext<CatalogueDb>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<CurrentCatalogue>().Required.ConnectionString)
            .AddInterceptors(provider.GetRequiredService<ReadOnlyConnectionSettings>())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return services;
    }

    // Start-up builds the catalogue before serving anything; bad content stops the app with every problem
    // listed as file:line: message (the format editors' tools understand), not as a stack trace.
    public static bool TryBuildCatalogue(this WebApplication app)
    {
        var errors = app.Services.GetRequiredService<CatalogueBuilder>().Rebuild();
        if (errors.Count == 0)
        {
            // Building the catalogue parses and renders all content once; hand that memory back before
            // serving rather than carry it for the life of the process.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return true;
        }

        Console.Error.WriteLine(new ContentInvalidException(errors).Message);
        Console.Error.WriteLine("The site did not start. Fix the lines above (see content/README.md) and run it again.");
        return false;
    }
}
