using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Health;

// Rebuilds the catalogue from content/ when its file has been deleted or corrupted under a running site.
// Whoever notices first (a request, or the readiness check) repairs; the others use the result.
public sealed class CatalogueRepair(CurrentCatalogue current, CatalogueBuilder builder, CatalogueStatus status, TimeProvider clock, ILogger<CatalogueRepair> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    // Checks the file itself on a connection of its own: pooled connections keep reading a deleted file, and
    // a damaged one shows up as many different SQLite errors ("no such table", "file is not a database", …).
    public static bool IsReadable(CatalogueSnapshot snapshot)
    {
        if (!File.Exists(snapshot.FilePath))
        {
            return false;
        }

        try
        {
            var fresh = new SqliteConnectionStringBuilder(snapshot.ConnectionString) { Pooling = false }.ToString();
            using var connection = new SqliteConnection(fresh);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT count(*) FROM Roles) + (SELECT count(*) FROM Documents) + (SELECT count(*) FROM SearchIndex WHERE rowid = 1)";
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    public async Task<bool> RepairAsync(CatalogueSnapshot broken, Exception exception)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            if (!ReferenceEquals(current.Snapshot, broken))
            {
                return true;
            }

            var description = $"catalogue file {Path.GetFileName(broken.FilePath)} could not be read ({exception.Message})";
            logger.Rebuilding(description);
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

internal static partial class CatalogueRepairLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "{Description}; rebuilding it from content")]
    public static partial void Rebuilding(this ILogger logger, string description);
}
