using System.IO.Hashing;
using System.Text;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// The checked result of reading data/, kept as a file beside the catalogue so that a restart does not read it
// again: the BLS workbooks through ExcelDataReader cost over a second of CPU on a two-core machine, and even
// O*NET's text files and a JSON copy of the figures took a fifth of a second each in a new process, on the core
// the catalogue build needs. The file (ImportedDataFormat) is a plain binary list of the values: in a start that
// builds, the thread now takes 140-220 ms from start to finish, stamp included, where it took about 460.
//
// The file is named after every data file's name, size and bytes (OfficialDataCache.ImportStamp) and after the
// running build, so a new release, a changed file or a new version of the importer reads data/ again; like the
// catalogue it is derived and can be deleted at any time.
public static class ImportedDataFile
{
    private const string Prefix = "official-data-";

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
            using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(Path.Combine(directory, NameFor(stamp))), writable: false), Encoding.UTF8);
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
            using (var writer = new BinaryWriter(File.Create(building), Encoding.UTF8))
            {
                ImportedDataFormat.Write(writer, data);
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
