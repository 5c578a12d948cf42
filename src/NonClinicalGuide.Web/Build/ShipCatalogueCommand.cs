using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// `dotnet NonClinicalGuide.Web.dll ship-catalogue CONTENT-FOLDER DATA-FOLDER OUTPUT-FOLDER`: builds the catalogue
// with its manifest (CatalogueReuse) where a published build looks for one (CatalogueReuse.ShippedDirectory).
// `dotnet publish` runs it, so a deployment whose content and data are the ones it was published with starts by
// copying a file instead of building it. Other content or data is built at start-up as before.
public static class ShipCatalogueCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "ship-catalogue";

    public static int Run(string[] args, string workingDirectory, TextWriter output)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: ship-catalogue CONTENT-FOLDER DATA-FOLDER OUTPUT-FOLDER");
            return 2;
        }

        var options = new CatalogueOptions
        {
            ContentPath = Path.GetFullPath(args[1], workingDirectory), OfficialDataPath = Path.GetFullPath(args[2], workingDirectory),
            DataDirectory = Path.GetFullPath(args[3], workingDirectory), ReuseBuilt = false,
        };
        // What an earlier publish to the same folder shipped is not the catalogue of this content.
        if (Directory.Exists(options.DataDirectory))
        {
            foreach (var old in Directory.EnumerateFiles(options.DataDirectory, "catalogue-*"))
            {
                File.Delete(old);
            }
        }

        var current = new CurrentCatalogue();
        var builder = new CatalogueBuilder(Options.Create(options), new HostingEnvironment { ContentRootPath = workingDirectory }, current, [],
            TimeProvider.System, NullLogger<CatalogueBuilder>.Instance);
        var errors = builder.Rebuild();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine(new ContentInvalidException(errors).Message);
            return 1;
        }

        output.WriteLine($"ship-catalogue: {current.Required.Roles} roles from {options.ContentPath} and OEWS {current.Required.Release.OewsLabel} in {current.Required.FilePath}");
        return 0;
    }
}
