using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Catalogue;

// Version is the content and data fingerprint: the same inputs give the same version on every replica and
// restart. Release names the data releases the catalogue's figures come from (every page with a figure shows
// it), kept here so pages need not ask the database for it.
public sealed record CatalogueSnapshot(
    string FilePath, string ConnectionString, int Roles, DateTimeOffset BuiltAt, string Version, DataRelease Release, IReadOnlyList<ClinicalJobLink> ClinicalJobs);

// A clinical job as links to its planner page name it (a dozen of them, kept with the snapshot so a role page
// can point each clinical background to its planner pages without another query).
public sealed record ClinicalJobLink(string Slug, string Title, ClinicalBackground Background);

// Which catalogue file requests read. A rebuild writes a new file and then replaces this one reference,
// so a request either sees the old catalogue or the new one, never a file still being written.
public sealed class CurrentCatalogue
{
    private volatile CatalogueSnapshot? _snapshot;

    public CatalogueSnapshot? Snapshot => _snapshot;

    public CatalogueSnapshot Required =>
        _snapshot ?? throw new InvalidOperationException("No catalogue has been built yet.");

    public void SwapTo(CatalogueSnapshot snapshot) => _snapshot = snapshot;
}
