using NonClinicalGuide.Web.Content;

namespace NonClinicalGuide.Web.OfficialData;

// Reading and checking the workbooks takes a few hundred milliseconds, far more than building the catalogue,
// and the files change only with a new release. So each set of files is read once: at start-up the reading
// begins as soon as configuration names the folder, on threads of its own, while the web host is being
// built; a content edit then reuses it; a data file that changes (name, size or time) is read again.
public static class OfficialDataCache
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (string Stamp, Task<(OfficialDataSet? Data, IReadOnlyList<ContentError> Errors)> Load)> Loads = [];

    public static void StartLoading(string dataDirectory) => _ = Get(dataDirectory);

    public static Task<(OfficialDataSet? Data, IReadOnlyList<ContentError> Errors)> Get(string dataDirectory)
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
                    completion.SetResult(OfficialDataLoader.Load(directory));
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

    // Cheap to take on every rebuild: each file's path, size and last write time.
    private static string Stamp(string directory) =>
        !Directory.Exists(directory)
            ? ""
            : string.Join('\n', Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => new FileInfo(path))
                .Select(file => $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}"));
}
