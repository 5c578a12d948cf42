using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// Builds a fresh catalogue from content/ and data/ and swaps it in; at start-up, a copy of one already built from
// the same content, data and code will do (CatalogueReuse). Bad content or data leaves the current catalogue
// alone. Every attempt is reported to the listeners (the output cache, the health report).
public sealed class CatalogueBuilder(
    IOptions<CatalogueOptions> options, IHostEnvironment environment, CurrentCatalogue current, IEnumerable<IRebuildListener> listeners,
    TimeProvider clock, ILogger<CatalogueBuilder> logger)
{
    // A retired catalogue stays on disk this long, so a request that picked it just before a swap can finish.
    public static readonly TimeSpan RetiredFileGrace = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly List<RetiredFile> _retired = [];
    private bool _sweptLeftovers;

    public string ContentPath => options.Value.ResolveContentPath(environment.ContentRootPath);

    public string OfficialDataPath => options.Value.ResolveOfficialDataPath(environment.ContentRootPath);

    public IReadOnlyList<ContentError> Rebuild()
    {
        IReadOnlyList<ContentError> errors;
        lock (_gate)
        {
            errors = BuildAndSwap();
        }

        foreach (var listener in listeners)
        {
            listener.Rebuilt(errors);
        }

        return errors;
    }

    private List<ContentError> BuildAndSwap()
    {
        var started = clock.GetTimestamp();
        var directory = options.Value.ResolveDataDirectory(environment.ContentRootPath);
        var fingerprint = ContentFingerprint.Of(ContentPath);
        var reuseKey = CatalogueReuse.Key(fingerprint, OfficialDataPath);
        // Only a start reuses a catalogue: a rebuild in a running process follows an edit, or repairs a file that failed.
        if (current.Snapshot is null && options.Value.ReuseBuilt && TryReuse(directory, reuseKey, started))
        {
            return [];
        }

        var officialData = OfficialDataCache.Get(OfficialDataPath, directory);
        var (content, errors) = ContentLoader.Load(ContentPath);
        var loaded = clock.GetElapsedTime(started);
        var (data, dataErrors) = officialData.GetAwaiter().GetResult();
        var waitedForData = clock.GetElapsedTime(started) - loaded;
        if (errors.Count > 0 || content is null || data is null)
        {
            return [.. errors, .. dataErrors];
        }

        var crossErrors = new List<ContentError>();
        OfficialDataRules.Check(content, data, crossErrors);
        if (crossErrors.Count > 0)
        {
            return ContentError.InFileOrder(crossErrors);
        }

        var path = NewFile(directory);
        CatalogueWriter.Write(content, data, path);

        // The version names both inputs, so a new data release changes every page's ETag too.
        var snapshot = Snapshot(path, new CatalogueManifest(content.Roles.Count, $"{fingerprint[..8]}{data.Fingerprint[..8]}", OfficialRows.Release(data),
            ClinicalJobLinks(content.ClinicalJobs)));
        SwapTo(snapshot, directory);
        CatalogueReuse.Record(snapshot, reuseKey);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Built(ContentPath, data.Newest.Label, clock.GetElapsedTime(started).TotalMilliseconds, loaded.TotalMilliseconds,
                data.FromSavedImport ? "the saved import" : "the workbooks", data.ReadTime.TotalMilliseconds, waitedForData.TotalMilliseconds, content.Roles.Count, Path.GetFileName(path));
        }

        return [];
    }

    private bool TryReuse(string directory, string key, long started)
    {
        var path = NewFile(directory);
        if (CatalogueReuse.TryCopy(key, path, directory, CatalogueReuse.ShippedDirectory) is not var (manifest, source))
        {
            return false;
        }

        var snapshot = Snapshot(path, manifest);
        SwapTo(snapshot, directory);
        CatalogueReuse.Record(snapshot, key);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Reused(source, clock.GetElapsedTime(started).TotalMilliseconds, manifest.Roles, Path.GetFileName(path));
        }

        return true;
    }

    private string NewFile(string directory)
    {
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"catalogue-{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.db");
    }

    private CatalogueSnapshot Snapshot(string path, CatalogueManifest manifest) => new(
        path, new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString(), manifest.Roles, clock.GetUtcNow(),
        manifest.Version, manifest.Release, manifest.ClinicalJobs);

    private void SwapTo(CatalogueSnapshot snapshot, string directory)
    {
        var previous = current.Snapshot;
        current.SwapTo(snapshot);
        if (previous is not null)
        {
            _retired.Add(new RetiredFile(previous.FilePath, clock.GetUtcNow()));
        }

        RemoveOldFiles(directory);
    }

    // Another instance may share the data folder, so only files this process retired are removed, plus
    // leftovers too old to belong to anyone alive (a crash half-way through a build leaves one).
    private void RemoveOldFiles(string directory)
    {
        var now = clock.GetUtcNow();
        var doomed = new List<string>();
        foreach (var retired in _retired)
        {
            if (now - retired.RetiredAt > RetiredFileGrace)
            {
                doomed.Add(retired.Path);
            }
        }

        if (!_sweptLeftovers)
        {
            _sweptLeftovers = true;
            doomed.AddRange(Directory.EnumerateFiles(directory, "catalogue-*")
                .Where(file => File.GetLastWriteTimeUtc(file) < now.UtcDateTime.AddDays(-1)));
        }

        foreach (var file in doomed)
        {
            try
            {
                foreach (var manifest in CatalogueReuse.ManifestsOf(file))
                {
                    File.Delete(manifest);
                }

                File.Delete(file);
                _retired.RemoveAll(retired => retired.Path == file);
            }
            catch (IOException exception)
            {
                logger.CouldNotRemove(exception, file);
            }
        }
    }

    // The clinical jobs in their editors' order. Sorted with a comparison rather than OrderBy on the number: a sort
    // keyed by an int is generic code over a value type that the precompiled image lacks and the JIT would compile.
    private static List<ClinicalJobLink> ClinicalJobLinks(IReadOnlyList<LoadedClinicalJob> jobs)
    {
        var ordered = jobs.ToList();
        ordered.Sort((a, b) => a.Meta.Order.CompareTo(b.Meta.Order));
        return ordered.ConvertAll(j => new ClinicalJobLink(j.Source.Slug, j.Meta.Title, j.Meta.Background));
    }

    private sealed record RetiredFile(string Path, DateTimeOffset RetiredAt);
}

internal static partial class CatalogueBuilderLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue built from {ContentPath} and OEWS {Release} in {Milliseconds:0} ms (content read in {LoadMilliseconds:0} ms; official data read from {DataSource} in {DataMilliseconds:0} ms on a thread of its own, {WaitMilliseconds:0} ms of it waited for): {Roles} roles in {File}")]
    public static partial void Built(this ILogger logger, string contentPath, string release, double milliseconds, double loadMilliseconds, string dataSource, double dataMilliseconds, double waitMilliseconds, int roles, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue reused from {Source}, built from the same content, data and code, in {Milliseconds:0} ms: {Roles} roles in {File}")]
    public static partial void Reused(this ILogger logger, string source, double milliseconds, int roles, string file);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not remove old catalogue {File}")]
    public static partial void CouldNotRemove(this ILogger logger, Exception exception, string file);
}
