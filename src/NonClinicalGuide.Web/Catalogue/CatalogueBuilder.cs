using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NonClinicalGuide.Web.Content;

namespace NonClinicalGuide.Web.Catalogue;

// Builds a fresh catalogue from content/ and swaps it in. Bad content leaves the current catalogue alone.
public sealed class CatalogueBuilder(IOptions<CatalogueOptions> options, IHostEnvironment environment, CurrentCatalogue current, ILogger<CatalogueBuilder> logger)
{
    private readonly Lock _gate = new();
    private readonly List<string> _ownFiles = [];
    private bool _sweptLeftovers;

    public string ContentPath => options.Value.ResolveContentPath(environment.ContentRootPath);

    public IReadOnlyList<ContentError> Rebuild()
    {
        lock (_gate)
        {
            var (content, errors) = ContentLoader.Load(ContentPath);
            if (errors.Count > 0 || content is null)
            {
                return errors;
            }

            var directory = options.Value.ResolveDataDirectory(environment.ContentRootPath);
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"catalogue-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.db");
            CatalogueWriter.Write(content, path);

            var previous = current.Snapshot;
            var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
            current.SwapTo(new CatalogueSnapshot(path, connectionString, content.Roles.Count, DateTimeOffset.UtcNow, Path.GetFileNameWithoutExtension(path)));
            logger.LogInformation("Catalogue built from {ContentPath}: {Roles} roles in {File}", ContentPath, content.Roles.Count, Path.GetFileName(path));

            _ownFiles.Add(path);
            RemoveOldFiles(directory, keep: [path, previous?.FilePath]);
            return [];
        }
    }

    // Another instance may share the data folder, so only files this process wrote are removed, plus
    // leftovers too old to belong to anyone alive (a crash half-way through a build leaves one).
    // The previous catalogue is kept until the next rebuild: requests that started on it may still read it.
    private void RemoveOldFiles(string directory, string?[] keep)
    {
        var doomed = _ownFiles.Where(file => !keep.Contains(file)).ToList();
        if (!_sweptLeftovers)
        {
            _sweptLeftovers = true;
            doomed.AddRange(Directory.EnumerateFiles(directory, "catalogue-*")
                .Where(file => File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1)));
        }

        foreach (var file in doomed)
        {
            try
            {
                File.Delete(file);
                _ownFiles.Remove(file);
            }
            catch (IOException exception)
            {
                logger.LogDebug(exception, "Could not remove old catalogue {File}", file);
            }
        }
    }
}
