using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Catalogue;

// The official figures of the occupations roles name, in one statement: SQLite builds each occupation's facts
// (and its pay history) as a JSON object, read back with source-generated System.Text.Json.
public static partial class OfficialFactsQueries
{
    // One occupation as JSON, from a row of Occupations (o), OnetProfiles (p) and the link's relation and note.
    public const string FactsJson = """
        json_object(
          'SocCode', o."SocCode", 'Title', o."Title", 'OnetCode', p."OnetCode", 'OnetTitle', p."Title",
          'Relation', {relation}, 'Note', {note}, 'Employment', o."Employment",
          'Annual', json_object('P10', o."AnnualP10", 'P25', o."AnnualP25", 'Median', o."AnnualMedian", 'P75', o."AnnualP75", 'P90', o."AnnualP90", 'AtLeastFrom', o."AtLeastFrom"),
          'Hourly', json_object('P10', o."HourlyP10", 'P25', o."HourlyP25", 'Median', o."HourlyMedian", 'P75', o."HourlyP75", 'P90', o."HourlyP90", 'AtLeastFrom', o."AtLeastFrom"),
          'AnnualOnly', json(CASE o."AnnualOnly" WHEN 1 THEN 'true' ELSE 'false' END), 'HourlyOnly', json(CASE o."HourlyOnly" WHEN 1 THEN 'true' ELSE 'false' END),
          'EmploymentBase', o."EmploymentBase", 'EmploymentTarget', o."EmploymentTarget", 'GrowthPercent', o."GrowthPercent", 'OpeningsPerYear', o."OpeningsPerYear",
          'TypicalEducation', o."TypicalEducation", 'WorkExperience', o."WorkExperience", 'OnTheJobTraining', o."OnTheJobTraining",
          'JobZone', p."JobZone", 'JobZoneName', p."JobZoneName",
          'History', (SELECT json_group_array(json_object('Year', h."Year", 'Median', h."AnnualMedian", 'AtLeast', json(CASE h."AtLeast" WHEN 1 THEN 'true' ELSE 'false' END)))
                      FROM (SELECT * FROM "PayHistory" AS h WHERE h."SocCode" = o."SocCode" ORDER BY h."Year") AS h))
        """;

    // A role's occupations in its own order, as a JSON array; {role} is the SQL naming the role's slug.
    public static string RoleFactsArray(string role) => $"""
        (SELECT json_group_array(json(facts)) FROM (
           SELECT {FactsJson.Replace("{relation}", "ro.\"Relation\"", StringComparison.Ordinal).Replace("{note}", "ro.\"Note\"", StringComparison.Ordinal)} AS facts
           FROM "RoleOccupations" AS ro
           JOIN "Occupations" AS o ON o."SocCode" = ro."SocCode"
           JOIN "OnetProfiles" AS p ON p."OnetCode" = ro."OnetCode"
           WHERE ro."RoleSlug" = {role}
           ORDER BY ro."Order"))
        """;

    private static readonly Func<CatalogueDb, CancellationToken, Task<DataRelease>> ReleaseQuery =
        EF.CompileAsyncQuery((CatalogueDb db, CancellationToken _) => db.DataReleases.Single());

    public static Task<DataRelease> ReleaseAsync(this CatalogueDb db, CancellationToken cancellationToken) => ReleaseQuery(db, cancellationToken);

    // The facts of several roles at once (comparison, API), each role's occupations in its own order.
    public static async Task<Dictionary<string, IReadOnlyList<OccupationFacts>>> FactsOfRolesAsync(this CatalogueDb db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var parameters = slugs.Select((slug, i) => new SqliteParameter($"@s{i}", slug)).ToArray();
        var sql = $"""
            SELECT r."Slug" AS "Slug", {RoleFactsArray("r.\"Slug\"")} AS "FactsJson"
            FROM "Roles" AS r WHERE r."Slug" IN ({string.Join(", ", parameters.Select(p => p.ParameterName))})
            """;
        var rows = await db.Database.SqlQueryRaw<RoleFactsRow>(sql, parameters).ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Slug, row => Parse(row.FactsJson), StringComparer.Ordinal);
    }

    // The facts of occupations by SOC code (clinical jobs, the pay chart's reference lines), with the O*NET
    // profile given for each.
    public static async Task<IReadOnlyList<OccupationFacts>> FactsOfOccupationsAsync(this CatalogueDb db, IReadOnlyCollection<(string Soc, string Onet)> codes, CancellationToken cancellationToken)
    {
        var parameters = codes.SelectMany((code, i) => new[] { new SqliteParameter($"@soc{i}", code.Soc), new SqliteParameter($"@onet{i}", code.Onet) }).ToArray();
        var pairs = string.Join(" UNION ALL ", codes.Select((_, i) => $"SELECT {i} AS n, @soc{i} AS soc, @onet{i} AS onet"));
        var sql = $"""
            SELECT {FactsJson.Replace("{relation}", "0", StringComparison.Ordinal).Replace("{note}", "NULL", StringComparison.Ordinal)} AS "Value"
            FROM ({pairs}) AS c
            JOIN "Occupations" AS o ON o."SocCode" = c.soc
            JOIN "OnetProfiles" AS p ON p."OnetCode" = c.onet
            ORDER BY c.n
            """;
        var rows = codes.Count == 0 ? [] : await db.Database.SqlQueryRaw<string>(sql, parameters).ToListAsync(cancellationToken);
        return rows.Select(json => JsonSerializer.Deserialize(json, FactsJsonContext.Default.OccupationFacts)!).ToList();
    }

    public static IReadOnlyList<OccupationFacts> Parse(string json) =>
        JsonSerializer.Deserialize(json, FactsJsonContext.Default.ListOccupationFacts) ?? [];

    private sealed record RoleFactsRow(string Slug, string FactsJson);

    [JsonSerializable(typeof(List<OccupationFacts>))]
    [JsonSerializable(typeof(OccupationFacts))]
    internal sealed partial class FactsJsonContext : JsonSerializerContext;
}
