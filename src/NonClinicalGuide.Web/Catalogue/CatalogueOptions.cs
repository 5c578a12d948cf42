namespace NonClinicalGuide.Web.Catalogue;

public sealed class CatalogueOptions
{
    public const string Section = "Catalogue";

    // The content folder; when empty, the nearest "content" folder holding guide.md above the app is used,
    // so `dotnet run` from a clone needs no settings.
    public string? ContentPath { get; set; }

    // The official data files (BLS, O*NET); when empty, the "data" folder beside the content folder.
    public string? OfficialDataPath { get; set; }

    // Where built catalogue files go; relative paths are under the app's content root.
    public string DataDirectory { get; set; } = "App_Data";

    // Rebuild when content changes; unset means on in Development and off elsewhere.
    public bool? LiveReload { get; set; }

    // Start from a catalogue already built from the same content, data and code (an earlier start's, or the one
    // a published build ships) instead of building it again; false always builds (to measure a build, say).
    public bool ReuseBuilt { get; set; } = true;

    public static CatalogueOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CatalogueOptions>() ?? new CatalogueOptions();

    public string ResolveContentPath(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ContentPath))
        {
            return Path.GetFullPath(ContentPath, contentRoot);
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "guide.md")))
            {
                return candidate;
            }
        }

        return Path.Combine(contentRoot, "content");
    }

    public string ResolveOfficialDataPath(string contentRoot) =>
        !string.IsNullOrWhiteSpace(OfficialDataPath)
            ? Path.GetFullPath(OfficialDataPath, contentRoot)
            : Path.Combine(Path.GetDirectoryName(ResolveContentPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? contentRoot, "data");

    public string ResolveDataDirectory(string contentRoot) => Path.GetFullPath(DataDirectory, contentRoot);
}
