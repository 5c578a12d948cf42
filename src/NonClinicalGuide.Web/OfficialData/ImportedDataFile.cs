using System.IO.Hashing;
using System.Text;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// The checked result of reading data/, kept as a file beside the catalogue so that a restart does not read it
// again: the BLS workbooks through ExcelDataReader cost over a second of CPU on a two-core machine, and even
// O*NET's text files and a JSON copy of the figures took a fifth of a second each in a new process, on the core
// the catalogue build needs. The file (ImportedDataFormat) is a plain binary list of the values: in a start that
// builds, the thread took 140-220 ms from start to finish, stamp included, where it took about 460. With each string
// written once and the OEWS rows decoded only when asked for, reading it allocates 1.5 MB instead of 14, and holds
// 1.4 MB (plus the file's bytes) instead of 7, which the collector no longer copies while the catalogue is built.
//
// The file is named after every data file's name, size and bytes (OfficialDataCache.ImportStamp) and after the
// running build, so a new release, a changed file or a new version of the importer reads data/ again; like the
// catalogue it is derived and can be deleted at any time.
public static class ImportedDataFile
{
    private const string Prefix = "official-data-";
    private const int HashLength = sizeof(ulong);

    public static string NameFor(string stamp)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(stamp + "\n" + RunningBuild.Id));
        return $"{Prefix}{Convert.ToHexStringLower(hash.GetCurrentHash())[..16]}.bin";
    }

    public static bool Exists(string directory, string stamp) => File.Exists(Path.Combine(directory, NameFor(stamp)));

    // The saved import, or null when there is nothing usable saved.
    public static OfficialDataSet? TryRead(string directory, string stamp)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, NameFor(stamp)));
            // The OEWS rows are decoded from these bytes only when asked for, long after this check, so the whole file
            // is checked here against the hash written at its end: a damaged row must not surface in the middle of a build.
            if (bytes.Length < HashLength || !XxHash64.Hash(bytes.AsSpan(..^HashLength)).AsSpan().SequenceEqual(bytes.AsSpan(^HashLength..)))
            {
                return null;
            }

            using var reader = new ImportedDataStringReader(new MemoryStream(bytes, 0, bytes.Length - HashLength, writable: false, publiclyVisible: true));
            return ImportedDataFormat.Read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
            or FormatException or OverflowException)
        {
            // Missing, half-written by a crashed process or damaged: read data/ instead.
            return null;
        }
    }

    // Written under a temporary name and renamed, so a reader never sees half a file; older ones are removed.
    public static void Write(string directory, string stamp, OfficialDataSet data)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var name = NameFor(stamp);
            var building = Path.Combine(directory, $"{name}.{Guid.NewGuid():N}.building");
            var content = new MemoryStream();
            using (var writer = new ImportedDataStringWriter(content))
            {
                ImportedDataFormat.Write(writer, data);
                writer.Flush();
                var bytes = content.GetBuffer().AsSpan(0, (int)content.Length);
                using var file = File.Create(building);
                file.Write(bytes);
                file.Write(XxHash64.Hash(bytes));
            }

            File.Move(building, Path.Combine(directory, name), overwrite: true);
            foreach (var old in Directory.EnumerateFiles(directory, Prefix + "*").Where(path => Path.GetFileName(path) != name))
            {
                File.Delete(old);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only a faster next start is lost.
        }
    }
}
