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
