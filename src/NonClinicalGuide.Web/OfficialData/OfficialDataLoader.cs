using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// Reads data/ as the agencies publish it:
//   bls/oews/national_M<year>_dl.xlsx   one or more OEWS national releases (the newest gives the figures)
//   bls/ep/occupation.xlsx              Employment Projections, Table 1.2
//   onet/<version>/*.txt                O*NET (the highest version present)
// Every problem is collected as file:line: message, as content errors are.
public static class OfficialDataLoader
{
    public const string OewsFolder = "bls/oews";
    public const string ProjectionsFile = "bls/ep/occupation.xlsx";
    public const string OnetFolder = "onet";

    public static (OfficialDataSet? Data, IReadOnlyList<ContentError> Errors) Load(string dataDirectory)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var errors = new List<ContentError>();
        var root = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(dataDirectory, 1, "the official data folder does not exist (it holds the BLS and O*NET files: see data/PROVENANCE.md)"));
            return (null, errors);
        }

        var displayRoot = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root;
        string Display(string path) => Path.GetRelativePath(displayRoot, path).Replace(Path.DirectorySeparatorChar, '/');

        var oewsFiles = Directory.Exists(Path.Combine(root, OewsFolder))
            ? Directory.EnumerateFiles(Path.Combine(root, OewsFolder), "*.xlsx").Order(StringComparer.Ordinal).ToList()
            : [];
        if (oewsFiles.Count == 0)
        {
            errors.Add(new ContentError(Display(Path.Combine(root, OewsFolder)), 1, "no OEWS workbook: add the national file national_M<year>_dl.xlsx from BLS"));
        }

        var projectionsPath = Path.Combine(root, ProjectionsFile);
        if (!File.Exists(projectionsPath))
        {
            errors.Add(new ContentError(Display(projectionsPath), 1, "this Employment Projections workbook is missing"));
        }

        var onetFolder = NewestOnetFolder(root);
        if (onetFolder is null)
        {
            errors.Add(new ContentError(Display(Path.Combine(root, OnetFolder)), 1, "no O*NET release folder (data/onet/<version>/, e.g. data/onet/29.3/)"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // Each workbook is read and checked on its own (they share nothing), on as many cores as there are.
        var workbooks = oewsFiles.Append(projectionsPath).ToList();
        var results = new (object? Parsed, List<ContentError> Errors)[workbooks.Count + 1];
        Parallel.For(0, workbooks.Count + 1, i =>
        {
            var fileErrors = new List<ContentError>();
            results[i] = i < workbooks.Count
                ? (ReadWorkbook(workbooks[i], Display(workbooks[i]), isProjections: i == workbooks.Count - 1, fileErrors), fileErrors)
                : (OnetFiles.Read(onetFolder!, Display(onetFolder!), fileErrors), fileErrors);
        });

        foreach (var result in results)
        {
            errors.AddRange(result.Errors);
        }

        var oews = results.Select(r => r.Parsed).OfType<OewsRelease>().OrderBy(r => r.Year).ToList();
        var projections = results.Select(r => r.Parsed).OfType<Projections>().SingleOrDefault();
        var onet = results.Select(r => r.Parsed).OfType<OnetRelease>().SingleOrDefault();
        foreach (var duplicate in oews.GroupBy(r => r.Year).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(duplicate.Last().File, 1, $"a second workbook for May {duplicate.Key} ({duplicate.First().File})"));
        }

        if (errors.Count > 0 || oews.Count == 0 || projections is null || onet is null)
        {
            return (null, ContentError.InFileOrder(errors));
        }

        var files = Files(root, Display, oews, projections, onet);
        // Every release was checked in full; of the older ones the site keeps only the medians (the pay history).
        oews = [.. oews.SkipLast(1).Select(MediansOnly), oews[^1]];
        return (new OfficialDataSet(oews, projections, onet, files, Fingerprint(files)) { ReadTime = System.Diagnostics.Stopwatch.GetElapsedTime(started) }, []);
    }

    private static OewsRelease MediansOnly(OewsRelease release) => release with
    {
        Occupations = release.Occupations.ToDictionary(
            pair => pair.Key,
            pair => pair.Value with
            {
                Employment = null, HourlyMean = null, AnnualMean = null,
                Hourly = new WagePercentiles(null, null, pair.Value.Hourly.Median, null, null),
                Annual = new WagePercentiles(null, null, pair.Value.Annual.Median, null, null),
            },
            StringComparer.Ordinal),
    };

    private static object? ReadWorkbook(string path, string display, bool isProjections, List<ContentError> errors)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
        return isProjections ? ProjectionsWorkbook.Read(stream, display, errors) : OewsWorkbook.Read(stream, display, errors);
    }

    // Every file in data/ with its checksum and the release it holds, for the page that lists the sources.
    private static List<DataFile> Files(string root, Func<string, string> display, IReadOnlyList<OewsRelease> oews, Projections projections, OnetRelease onet) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path =>
            {
                var shown = display(path);
                var (dataset, release) = shown switch
                {
                    _ when oews.FirstOrDefault(r => r.File == shown) is { } workbook => ("BLS Occupational Employment and Wage Statistics (OEWS)", workbook.Label),
                    _ when shown == projections.File => ("BLS Employment Projections, Table 1.2", projections.Period),
                    _ when shown.StartsWith(onet.Folder + "/", StringComparison.Ordinal) => ("O*NET Database", $"O*NET {onet.Version}"),
                    _ => ("", ""),
                };
                var bytes = File.ReadAllBytes(path);
                return new DataFile(shown, dataset, release, bytes.Length, Sha256(bytes));
            })
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // A short hash of every file's path and checksum: part of the catalogue's version, so pages change their
    // ETag when a data file changes.
    private static string Fingerprint(IEnumerable<DataFile> files)
    {
        var hash = new XxHash128();
        foreach (var file in files)
        {
            hash.Append(Encoding.UTF8.GetBytes($"{file.Path}\n{file.Sha256}\n"));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash())[..16];
    }

    private static string? NewestOnetFolder(string root)
    {
        var folder = Path.Combine(root, OnetFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder)
                .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path), out var version) ? version : null))
                .Where(candidate => candidate.Version is not null)
                .MaxBy(candidate => candidate.Version)
                .Path
            : null;
    }
}
