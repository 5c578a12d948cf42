using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

public static class BuildServices
{
    // The builder that turns content/ and data/ into a catalogue, and the watcher that rebuilds on a change.
    public static IServiceCollection AddCatalogueBuild(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogueBuilder>();
        services.AddHostedService<ContentWatcher>();
        return services;
    }

    // Begun as soon as configuration says where things are, beside the host: what the start's catalogue build will
    // need (the official data import, and the parsers' set-up for each kind of content file), unless the start will
    // copy a catalogue built from the same content, data and code (CatalogueReuse), which needs neither.
    public static void StartPreparingCatalogue(this WebApplicationBuilder builder)
    {
        var options = CatalogueOptions.From(builder.Configuration);
        var root = builder.Environment.ContentRootPath;
        var (contentPath, officialDataPath, dataDirectory) = (options.ResolveContentPath(root), options.ResolveOfficialDataPath(root), options.ResolveDataDirectory(root));
        if (options.ReuseBuilt && CatalogueReuse.HasOneFor(CatalogueReuse.Key(ContentFingerprint.Of(contentPath), officialDataPath), dataDirectory, CatalogueReuse.ShippedDirectory))
        {
            return;
        }

        ContentParsersWarmUp.ContentIsAt(contentPath);
        OfficialDataCache.StartLoading(officialDataPath, dataDirectory);
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
