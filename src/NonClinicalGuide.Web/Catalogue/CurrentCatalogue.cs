namespace NonClinicalGuide.Web.Catalogue;

// Version is the content and data fingerprint: the same inputs give the same version on every replica and
// restart. Release names the data releases the catalogue's figures come from (every page with a figure shows
// it), kept here so pages need not ask the database for it.
public sealed record CatalogueSnapshot(string FilePath, string ConnectionString, int Roles, DateTimeOffset BuiltAt, string Version, DataRelease Release);

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
