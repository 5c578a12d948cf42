using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// The checked result of reading the BLS workbooks, kept as a file beside the catalogue so that a restart does not
// read them again: through ExcelDataReader that costs over a second of CPU on a two-core machine, at every start,
// for files that change once a year. O*NET's text files are quick to read and are always read afresh.
//
// The file is named after every data file's name, size and bytes (OfficialDataCache.ImportStamp) and after the
// running build, so a new release, a changed file or a new version of the importer reads the workbooks again;
// like the catalogue it is derived and can be deleted at any time. Each occupation's figures are stored as one
// array of numbers (a wage at the top code as its negative), which reads about ten times faster than the same
// records as JSON objects.
public static partial class ImportedDataFile
{
    private const string Prefix = "official-data-";

    public static string NameFor(string stamp)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(stamp + "\n" + RunningBuild.Id));
        return $"{Prefix}{Convert.ToHexStringLower(hash.GetCurrentHash())[..16]}.json";
    }

    public static bool Exists(string directory, string stamp) => File.Exists(Path.Combine(directory, NameFor(stamp)));

    // The saved workbooks joined with O*NET as read now, or null when there is nothing usable saved.
    public static OfficialDataSet? TryRead(string directory, string stamp, OnetRelease onet)
    {
        try
        {
            var saved = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(directory, NameFor(stamp))), SavedJson.Default.SavedImport);
            return saved?.ToDataSet(onet);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or NotSupportedException
            or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // Missing, half-written by a crashed process or from an older layout: read the workbooks instead.
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
            File.WriteAllBytes(building, JsonSerializer.SerializeToUtf8Bytes(SavedImport.From(data), SavedJson.Default.SavedImport));
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

    internal sealed record SavedRelease(int Year, string Label, string File, decimal TopHourly, decimal TopAnnual, Dictionary<string, string> Titles, Dictionary<string, decimal?[]> Rows);

    internal sealed record SavedProjections(int BaseYear, int TargetYear, string File, Dictionary<string, decimal?[]> Rows, Dictionary<string, string?[]> Texts);

    internal sealed record SavedImport(List<SavedRelease> Oews, SavedProjections Projections, List<DataFile> Files, string Fingerprint)
    {
        public static SavedImport From(OfficialDataSet data) => new(
            data.Oews.Select(release => new SavedRelease(
                release.Year, release.Label, release.File, release.TopCodeHourly, release.TopCodeAnnual,
                release.Occupations.ToDictionary(p => p.Key, p => p.Value.Title),
                release.Occupations.ToDictionary(p => p.Key, p => Numbers(p.Value)))).ToList(),
            new SavedProjections(
                data.Projections.BaseYear, data.Projections.TargetYear, data.Projections.File,
                data.Projections.Occupations.ToDictionary(p => p.Key, p => Numbers(p.Value)),
                data.Projections.Occupations.ToDictionary(p => p.Key, p => new[] { p.Value.Title, p.Value.Education, p.Value.WorkExperience, p.Value.Training })),
            data.Files.ToList(),
            data.Fingerprint);

        public OfficialDataSet ToDataSet(OnetRelease onet) => new(
            Oews.Select(release => new OewsRelease(release.Year, release.Label, release.File, release.TopHourly, release.TopAnnual,
                release.Rows.ToDictionary(p => p.Key, p => Occupation(p.Key, release.Titles[p.Key], p.Value), StringComparer.Ordinal))).ToList(),
            new Projections(Projections.BaseYear, Projections.TargetYear, Projections.File,
                Projections.Rows.ToDictionary(p => p.Key, p => Projected(p.Key, Projections.Texts[p.Key], p.Value), StringComparer.Ordinal)),
            onet, Files, Fingerprint);

        // Employment, hourly and annual mean, the five hourly then the five annual percentiles, the flags.
        private static decimal?[] Numbers(OewsOccupation o) =>
        [
            o.Employment, Number(o.HourlyMean), Number(o.AnnualMean),
            .. o.Hourly.All.Select(Number), .. o.Annual.All.Select(Number),
            (o.AnnualOnly ? 1 : 0) + (o.HourlyOnly ? 2 : 0),
        ];

        private static OewsOccupation Occupation(string code, string title, decimal?[] n) => new(
            code, title, "detailed", 0, (int?)n[0], Wage(n[1]), Wage(n[2]),
            new WagePercentiles(Wage(n[3]), Wage(n[4]), Wage(n[5]), Wage(n[6]), Wage(n[7])),
            new WagePercentiles(Wage(n[8]), Wage(n[9]), Wage(n[10]), Wage(n[11]), Wage(n[12])),
            AnnualOnly: ((int)n[13]!.Value & 1) != 0, HourlyOnly: ((int)n[13]!.Value & 2) != 0);

        private static decimal?[] Numbers(ProjectedOccupation p) =>
            [p.EmploymentBase, p.EmploymentTarget, p.Change, p.ChangePercent, p.OpeningsPerYear, Number(p.MedianWage), p.IsSummary ? 1 : 0, p.Row];

        private static ProjectedOccupation Projected(string code, string?[] texts, decimal?[] n) => new(
            code, texts[0] ?? "", n[6] == 1, (int)n[7]!.Value, (int?)n[0], (int?)n[1], (int?)n[2], n[3], (int?)n[4], Wage(n[5]), texts[1], texts[2], texts[3]);

        private static decimal? Number(Wage? wage) => wage is { } w ? (w.AtLeast ? -w.Amount : w.Amount) : null;

        private static Wage? Wage(decimal? number) => number is { } n ? new Wage(Math.Abs(n), AtLeast: n < 0) : null;
    }

    [JsonSerializable(typeof(SavedImport))]
    internal sealed partial class SavedJson : JsonSerializerContext;
}
