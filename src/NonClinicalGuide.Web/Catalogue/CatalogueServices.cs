using Microsoft.EntityFrameworkCore;

namespace NonClinicalGuide.Web.Catalogue;

public static class CatalogueServices
{
    // The catalogue as pages read it: the current file, and a context per request pointed at that file.
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogueOptions>(configuration.GetSection(CatalogueOptions.Section));
        services.AddSingleton<CurrentCatalogue>();
        services.AddSingleton<ReadOnlyConnectionSettings>();
        // Contexts come from a pool (setting one up per request was a tenth of the role page's time) and are
        // pointed at whichever catalogue is current when the request starts; the request keeps reading that
        // one file (and its snapshot: version, releases) until it ends, whatever is swapped in meanwhile.
        services.AddPooledDbContextFactory<CatalogueDb>((provider, options) => options
            .UseSqlite()
            .AddInterceptors(provider.GetRequiredService<ReadOnlyConnectionSettings>())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddScoped(provider => provider.GetRequiredService<CurrentCatalogue>().Required);
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<CatalogueDb>>().CreateDbContext();
            db.Database.SetConnectionString(provider.GetRequiredService<CatalogueSnapshot>().ConnectionString);
            return db;
        });
        return services;
    }

    // EF Core builds its model of the catalogue (two dozen tables) when a context is first used: about a third of
    // a second of CPU in a fresh process, which the first request would wait for. Started on a thread of its own
    // once the catalogue is in place, it is built while the host sets up the rest and starts listening. (Started
    // before, beside the catalogue build, it took a core from the build on a two-core machine: the build took a
    // quarter longer and the copy of a catalogue already built half as long again, and the first page came no sooner.)
    public static void StartPreparingCatalogueModel(this IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDb>>();
        new Thread(() =>
        {
            try
            {
                using var db = factory.CreateDbContext();
                _ = db.Model;
            }
            catch (ObjectDisposedException)
            {
                // The app stopped first (bad content at start-up): there is no first request to prepare for.
            }
        })
        { IsBackground = true, Name = "Catalogue model" }.Start();
    }
}
