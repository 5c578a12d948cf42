using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// A catalogue is derived from three things only: the content, the official data files and the code that builds
// them. A start whose three are the same as a catalogue already built copies that file instead of building it
// again: in a fresh process a build costs about half a second of both cores (setting up the parsers and the JIT,
// more than the work itself), to produce the same catalogue. Two folders keep such catalogues: the data folder, where
// every build leaves its file (a restart), and the one a published build ships (ShipCatalogueCommand: built from
// the content and data it was published with, for a deployment's first start).
//
// Beside each catalogue lies a small manifest of what its snapshot needs, named after the key of its inputs, so
// finding one is a directory listing. A copy, not the file itself: every start then has a file of its own, which
// is what CatalogueBuilder's clean-up of an instance sharing the folder expects.
public static partial class CatalogueReuse
{
    public static readonly string ShippedDirectory = Path.Combine(AppContext.BaseDirectory, "catalogue");

    // The running build, the content's fingerprint, and every data file's name, size and bytes.
    public static string Key(string contentFingerprint, string officialDataPath)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{RunningBuild.Id}\n{contentFingerprint}\n{OfficialDataCache.ImportStamp(officialDataPath)}"));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    // After a build: what a later start needs to serve this file without reading the content. Written under a
    // temporary name and renamed, so a manifest is never seen half-written.
    public static void Record(CatalogueSnapshot snapshot, string key)
    {
        try
        {
            var manifest = ManifestPath(snapshot.FilePath, key);
            var temporary = $"{manifest}.{Guid.NewGuid():N}.building";
            File.WriteAllBytes(temporary, CatalogueManifestWriter.Utf8(new CatalogueManifest(snapshot.Roles, snapshot.Version, snapshot.Release, [.. snapshot.ClinicalJobs])));
            File.Move(temporary, manifest, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only a faster next start is lost.
        }
    }

    // Whether a start will find a catalogue to copy.
    public static bool HasOneFor(string key, params IEnumerable<string> directories) => Manifests(key, directories).Any();

    // Copies the newest catalogue built from the same inputs, looking in each folder in turn, to `path`; null when
    // there is none, or none that can be read (a manifest from an older layout, a file removed meanwhile).
    public static (CatalogueManifest Manifest, string Source)? TryCopy(string key, string path, params IEnumerable<string> directories)
    {
        foreach (var manifestPath in Manifests(key, directories))
        {
            try
            {
                var source = manifestPath[..^ManifestSuffix(key).Length];
                if (JsonSerializer.Deserialize(File.ReadAllBytes(manifestPath), ManifestJson.Default.CatalogueManifest) is not { } manifest || !IsSqlite(source))
                {
                    continue;
                }

                var building = path + ".building";
                File.Copy(source, building, overwrite: true);
                // A copy keeps its source's time, and old files in the data folder are taken for leftovers.
                File.SetLastWriteTimeUtc(building, DateTime.UtcNow);
                File.Move(building, path, overwrite: true);
                return (manifest, source);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
            {
                // Try the next one; with none left, the start builds.
            }
        }

        return null;
    }

    // A file overwritten or cut short on disk is passed over here; damage further in is met by CatalogueRecovery,
    // which rebuilds as for any catalogue that fails.
    private static bool IsSqlite(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        Span<byte> header = stackalloc byte[16];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual("SQLite format 3\0"u8);
    }

    // Newest first (a file's name starts with the time it was built), folder by folder.
    private static IEnumerable<string> Manifests(string key, IEnumerable<string> directories) => directories.Where(Directory.Exists)
        .SelectMany(directory => Directory.EnumerateFiles(directory, $"catalogue-*.db{ManifestSuffix(key)}").OrderDescending(StringComparer.Ordinal));

    // The manifests beside a catalogue file, to remove with it.
    public static IEnumerable<string> ManifestsOf(string catalogueFile) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(catalogueFile) ?? ".", Path.GetFileName(catalogueFile) + ".*.json");

    private static string ManifestPath(string catalogueFile, string key) => catalogueFile + ManifestSuffix(key);

    private static string ManifestSuffix(string key) => $".{key}.json";

    [JsonSerializable(typeof(CatalogueManifest))]
    internal sealed partial class ManifestJson : JsonSerializerContext;
}

// What a snapshot holds besides its file, as the build that made the file knew it.
public sealed record CatalogueManifest(int Roles, string Version, DataRelease Release, List<ClinicalJobLink> ClinicalJobs);
