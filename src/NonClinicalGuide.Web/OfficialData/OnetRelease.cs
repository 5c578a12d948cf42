using System.Globalization;
using System.Text.RegularExpressions;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// A rated skill or knowledge area of an occupation: importance (1–5) and level (0–7), as O*NET scores them.
public sealed record OnetRating(string ElementId, string Name, decimal Importance, decimal Level);

public sealed record OnetRelatedOccupation(string Code, string Title, string Tier, int Index);

public sealed record OnetOccupation(
    string Code, string Title, string Description, int? JobZone,
    IReadOnlyList<string> AlternateTitles, IReadOnlyList<string> ReportedTitles,
    IReadOnlyList<OnetRating> Skills, IReadOnlyList<OnetRating> Knowledge, IReadOnlyList<OnetRelatedOccupation> Related);

// The O*NET database files in data/onet/<version>/ (the version is the folder's name, e.g. 29.3).
public sealed record OnetRelease(string Version, string Folder, IReadOnlyDictionary<string, OnetOccupation> Occupations, IReadOnlyDictionary<int, string> JobZoneNames);

public static partial class OnetFiles
{
    public const string OccupationData = "Occupation Data.txt";
    public const string JobZones = "Job Zones.txt";
    public const string JobZoneReference = "Job Zone Reference.txt";
    public const string AlternateTitles = "Alternate Titles.txt";
    public const string ReportedTitles = "Sample of Reported Titles.txt";
    public const string Skills = "Skills.txt";
    public const string Knowledge = "Knowledge.txt";
    public const string RelatedOccupations = "Related Occupations.txt";

    private const string Code = "O*NET-SOC Code";

    public static bool IsCode(string value) => OnetCode().IsMatch(value);

    public static OnetRelease? Read(string folder, string displayFolder, List<ContentError> errors)
    {
        var before = errors.Count;
        var version = System.IO.Path.GetFileName(folder.TrimEnd('/', '\\'));
        string Path(string name) => System.IO.Path.Combine(folder, name);
        string Display(string name) => $"{displayFolder}/{name}";

        var occupationRows = TabFile.Read(Path(OccupationData), Display(OccupationData), [Code, "Title", "Description"], errors);
        var zoneRows = TabFile.Read(Path(JobZones), Display(JobZones), [Code, "Job Zone"], errors);
        var zoneNames = TabFile.Read(Path(JobZoneReference), Display(JobZoneReference), ["Job Zone", "Name"], errors);
        var alternates = TabFile.Read(Path(AlternateTitles), Display(AlternateTitles), [Code, "Alternate Title"], errors);
        var reported = TabFile.Read(Path(ReportedTitles), Display(ReportedTitles), [Code, "Reported Job Title"], errors);
        var skills = TabFile.Read(Path(Skills), Display(Skills), [Code, "Element ID", "Element Name", "Scale ID", "Data Value"], errors);
        var knowledge = TabFile.Read(Path(Knowledge), Display(Knowledge), [Code, "Element ID", "Element Name", "Scale ID", "Data Value"], errors);
        var related = TabFile.Read(Path(RelatedOccupations), Display(RelatedOccupations), [Code, "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"], errors);
        if (errors.Count > before || occupationRows is null || zoneRows is null || zoneNames is null || alternates is null
            || reported is null || skills is null || knowledge is null || related is null)
        {
            return null;
        }

        var zones = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in zoneRows)
        {
            if (Integer(row, "Job Zone", Display(JobZones), errors) is { } zone)
            {
                zones[row[Code]] = zone;
            }
        }

        var names = new Dictionary<int, string>();
        foreach (var row in zoneNames)
        {
            if (Integer(row, "Job Zone", Display(JobZoneReference), errors) is { } zone)
            {
                names[zone] = row["Name"];
            }
        }

        var alternateTitles = alternates.ToLookup(row => row[Code], row => row["Alternate Title"]);
        var reportedTitles = reported.ToLookup(row => row[Code], row => row["Reported Job Title"]);
        var skillRatings = Ratings(skills, Display(Skills), errors);
        var knowledgeRatings = Ratings(knowledge, Display(Knowledge), errors);
        var relatedOccupations = related.ToLookup(row => row[Code], row => new OnetRelatedOccupation(
            row["Related O*NET-SOC Code"], row["Related Title"], row["Relatedness Tier"],
            Integer(row, "Index", Display(RelatedOccupations), errors) ?? 0));

        var occupations = new Dictionary<string, OnetOccupation>(StringComparer.Ordinal);
        foreach (var row in occupationRows)
        {
            var code = row[Code];
            if (!IsCode(code))
            {
                errors.Add(new ContentError(Display(OccupationData), row.Line, $"\"{code}\" is not an O*NET-SOC code like 29-2072.00"));
                continue;
            }

            occupations[code] = new OnetOccupation(
                code, row["Title"], row["Description"], zones.TryGetValue(code, out var zone) ? zone : null,
                alternateTitles[code].Distinct(StringComparer.Ordinal).ToList(),
                reportedTitles[code].Distinct(StringComparer.Ordinal).ToList(),
                skillRatings[code].ToList(), knowledgeRatings[code].ToList(),
                relatedOccupations[code].OrderBy(r => r.Index).ToList());
        }

        return errors.Count > before ? null : new OnetRelease(version, displayFolder, occupations, names);
    }

    // Skills.txt and Knowledge.txt hold two rows per element: importance (IM) and level (LV).
    private static ILookup<string, OnetRating> Ratings(IReadOnlyList<TabRow> rows, string file, List<ContentError> errors)
    {
        var byElement = new Dictionary<(string Code, string Element), (string Name, decimal? Importance, decimal? Level, int Line)>();
        foreach (var row in rows)
        {
            if (!decimal.TryParse(row["Data Value"], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                errors.Add(new ContentError(file, row.Line, $"'Data Value' holds \"{row["Data Value"]}\", not a number"));
                continue;
            }

            var key = (row[Code], row["Element ID"]);
            var current = byElement.GetValueOrDefault(key, (row["Element Name"], null, null, row.Line));
            byElement[key] = row["Scale ID"] switch
            {
                "IM" => current with { Importance = value },
                "LV" => current with { Level = value },
                _ => current,
            };
        }

        foreach (var ((code, element), rating) in byElement.Where(pair => pair.Value.Importance is null || pair.Value.Level is null))
        {
            errors.Add(new ContentError(file, rating.Line, $"{code} {element} ({rating.Name}) has no {(rating.Importance is null ? "importance (IM)" : "level (LV)")} row"));
        }

        return byElement.Where(pair => pair.Value.Importance is not null && pair.Value.Level is not null)
            .ToLookup(pair => pair.Key.Code, pair => new OnetRating(pair.Key.Element, pair.Value.Name, pair.Value.Importance!.Value, pair.Value.Level!.Value));
    }

    private static int? Integer(TabRow row, string column, string file, List<ContentError> errors)
    {
        if (int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new ContentError(file, row.Line, $"'{column}' holds \"{row[column]}\", not a whole number"));
        return null;
    }

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex OnetCode();
}
