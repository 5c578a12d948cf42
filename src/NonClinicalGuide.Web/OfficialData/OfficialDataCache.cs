using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// Reading and checking the workbooks takes far longer than building the catalogue, and the files change only
// with a new release. So each set of files is read once: at start-up the reading begins as soon as
// configuration names the folder, on a thread of its own, while the web host is being built; its result is
// kept in memory for content edits and on disk (ImportedDataFile, in the catalogue's folder) for restarts; a
// data file that changes (name, size or time) is read again.
public static class OfficialDataCache
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (string Stamp, Task<(OfficialDataSet? Data, IReadOnlyList<ContentError> Errors)> Load)> Loads = [];

    public static void StartLoading(string dataDirectory, string? cacheDirectory) => _ = Get(dataDirectory, cacheDirectory);

    public static Task<(OfficialDataSet? Data, IReadOnlyList<ContentError> Errors)> Get(string dataDirectory, string? cacheDirectory)
    {
        var directory = Path.GetFullPath(dataDirectory);
        var stamp = Stamp(directory);
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
                    completion.SetResult(LoadOrReadAgain(directory, cacheDirectory, stamp));
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

    private static (OfficialDataSet?, IReadOnlyList<ContentError>) LoadOrReadAgain(string directory, string? cacheDirectory, string stamp)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (cacheDirectory is not null && ImportedDataFile.Exists(cacheDirectory, stamp)
            && OfficialDataLoader.LoadOnet(directory) is { Onet: { } onet, Errors.Count: 0 }
            && ImportedDataFile.TryRead(cacheDirectory, stamp, onet) is { } saved)
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

    // Cheap to take on every rebuild: each file's path, size and last write time.
    private static string Stamp(string directory) =>
        !Directory.Exists(directory)
            ? ""
            : string.Join('\n', Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => new FileInfo(path))
                .Select(file => $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}"));
}
