using Microsoft.Data.Sqlite;

namespace NonClinicalGuide.Web.Catalogue;

// Rebuilds the catalogue from content/ when its file has been deleted or corrupted under a running site.
// Whoever notices first (a request, or the readiness check) repairs; the others use the result.
public sealed class CatalogueRepair(CurrentCatalogue current, CatalogueBuilder builder, CatalogueStatus status, TimeProvider clock, ILogger<CatalogueRepair> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    // SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN and SQLITE_NOTADB: the file, not the query, is at fault.
    public static bool IsUnusableFile(SqliteException exception) => (exception.SqliteErrorCode & 0xff) is 10 or 11 or 14 or 26;

    public async Task<bool> RepairAsync(CatalogueSnapshot broken, SqliteException exception)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            if (!ReferenceEquals(current.Snapshot, broken))
            {
                return true;
            }

            var description = $"catalogue file {Path.GetFileName(broken.FilePath)} could not be read (SQLite error {exception.SqliteErrorCode}: {exception.Message})";
            logger.LogError("{Description}; rebuilding it from content", description);
            SqliteConnection.ClearAllPools();
            var errors = await Task.Run(builder.Rebuild);
            status.FaultHandled(description + (errors.Count == 0 ? "; rebuilt from content" : "; rebuilding failed: content has errors"), errors.Count == 0, clock.GetUtcNow());
            return errors.Count == 0;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }
}
