using System.IO.Hashing;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// Reading and checking the workbooks takes far longer than building the catalogue, and the files change only
// with a new release. So each set of files is read once: at start-up the reading begins as soon as
// configuration names the folder, on a thread of its own, while the web host is being built; its result is
// kept in memory for content edits and on disk (ImportedDataFile, in the catalogue's folder) for restarts; a
// data file that changes (name, size or bytes) is read again. A published build also ships the import made when
// it was published, for its first start.
public static class OfficialDataCache
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (string Stamp, Task<(OfficialDataSet? Data, IReadOnlyList<ContentError> Errors)> Load)> Loads = [];

    public static void StartLoading(string dataDirectory, string? cacheDirectory) => _ = Get(dataDirectory, cacheDirectory);

    public static Task<(OfficialDataSet? Data, IReadOnlyList<ContentError> Errors)> Get(string dataDirectory, string? cacheDirectory)
    {
        var directory = Path.GetFullPath(dataDirectory);
        var stamp = FileStamp(directory);
        lock (Gate)
        {
            if (Loads.TryGetValue(directory, out var load) && load.Stamp == stamp)
            {
                return load.Load;
            }

            // A dedicated thread, not the thread pool: at start-up the pool has only a few threads, and the
            // content build and the host need them.
            var completion = new TaskCompletionSource<(OfficialDataSet?, IReadOnlyList<ContentError>)>(TaskCreationOptions.RunContinuationsAsynchronously);
            new Thread(() =>
            {
                try
                {
                    completion.SetResult(LoadOrReadAgain(directory, cacheDirectory));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    completion.SetResult((null, [new ContentError(dataDirectory, 1, $"the official data could not be read: {exception.Message}")]));
                }
            })
            { IsBackground = true, Name = "Official data import" }.Start();
            Loads[directory] = (stamp, completion.Task);
            return completion.Task;
        }
    }

    // Where a published build keeps the import made when it was published (ImportDataCommand), so that even its
    // first start, with an empty catalogue folder, need not read the workbooks.
    public static readonly string ShippedImportDirectory = Path.Combine(AppContext.BaseDirectory, "official-data");

    private static (OfficialDataSet?, IReadOnlyList<ContentError>) LoadOrReadAgain(string directory, string? cacheDirectory)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var stamp = ImportStamp(directory);
        var savedIn = new[] { cacheDirectory, ShippedImportDirectory }.OfType<string>().FirstOrDefault(saved => ImportedDataFile.Exists(saved, stamp));
        if (savedIn is not null && ImportedDataFile.TryRead(savedIn, stamp) is { } saved)
        {
            return (saved with { ReadTime = System.Diagnostics.Stopwatch.GetElapsedTime(started), FromSavedImport = true }, []);
        }

        var (data, errors) = OfficialDataLoader.Load(directory);
        if (data is not null && cacheDirectory is not null)
        {
            ImportedDataFile.Write(cacheDirectory, stamp, data);
        }

        return (data, errors);
    }

    // Cheap to take on every rebuild, to tell whether the files read last time are still the same: each file's
    // path, size and last write time.
    private static string FileStamp(string directory) => Stamp(directory, (_, file) => $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");

    // What a saved import (and a catalogue, CatalogueReuse) is named after: each file's name within the folder, size
    // and a hash of its bytes. The same files give the same stamp wherever they are and whenever they were copied,
    // so an import made at publish time fits the deployed folder, and any change to a file is seen. Each file is
    // hashed as a stream, not read whole: in a new process, 4 MB of fresh arrays cost more than the hashing, and
    // every start takes this stamp before it can do anything else.
    public static string ImportStamp(string directory)
    {
        var hash = new XxHash128();
        return Stamp(directory, (name, file) =>
        {
            using (var stream = file.OpenRead())
            {
                hash.Append(stream);
            }

            return $"{name}|{file.Length}|{Convert.ToHexStringLower(hash.GetHashAndReset())}";
        });
    }

    // Every file of the folder in the order of its name within it, described one a line.
    private static string Stamp(string directory, Func<string, FileInfo, string> describe) =>
        !Directory.Exists(directory)
            ? ""
            : string.Join('\n', Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(path => (Name: Path.GetRelativePath(directory, path).Replace('\\', '/'), File: new FileInfo(path)))
                .OrderBy(file => file.Name, StringComparer.Ordinal)
                .Select(file => describe(file.Name, file.File)));
}
