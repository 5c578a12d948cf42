using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Controllers.Queries;

// The role page is the most visited page drawn from the catalogue, and round trips were most of its server
// time: EF translating each LINQ query again, opening the connection, materialising. So the role itself is a
// compiled query, and everything else the page shows (text, category name, contents, related roles) comes in
// one statement, SQLite gathering the two lists as JSON arrays.
public static partial class RolePageQueries
{
    private static readonly Func<CatalogueDb, string, CancellationToken, Task<Role?>> RoleQuery =
        EF.CompileAsyncQuery((CatalogueDb db, string slug, CancellationToken _) => db.Roles
            .Include(r => r.Certifications.OrderBy(c => c.Order))
            .Include(r => r.ClinicalPathways.OrderBy(p => p.Id))
            .Include(r => r.RouteRules.OrderBy(rule => rule.Order))
            .AsSingleQuery()
            .SingleOrDefault(r => r.Slug == slug));

    private const string PageSql = """
        SELECT t."BodyHtml" AS "BodyHtml",
               t."FactsJson" AS "FactsJson",
               (SELECT c."Title" FROM "Categories" AS c WHERE c."Slug" = @category) AS "CategoryTitle",
               (SELECT json_group_array(json_object('Anchor', e."Anchor", 'Text', e."Text") ORDER BY e."Order")
                  FROM "TocEntries" AS e WHERE e."DocumentKey" = @document) AS "SectionsJson",
               (SELECT json_group_array(json_object(
                           'Slug', o."Slug", 'Title', o."Title", 'Summary', o."Summary", 'CategorySlug', o."CategorySlug",
                           'PatientContact', o."PatientContact", 'Remote', o."Remote", 'EntryEducation', o."EntryEducation",
                           'PayMedian', o."PayMedian", 'PayLow', o."PayLow", 'PayHigh', o."PayHigh",
                           'PayHighAtLeast', json(CASE o."PayHighAtLeast" WHEN 1 THEN 'true' ELSE 'false' END)) ORDER BY r."Order")
                  FROM "RoleRelations" AS r JOIN "Roles" AS o ON o."Slug" = r."RelatedSlug"
                  WHERE r."RoleSlug" = @slug) AS "RelatedJson"
        FROM "RoleTexts" AS t
        WHERE t."Slug" = @slug
        """;

    // A role with the lists its profile shows, or null.
    public static Task<Role?> RoleAsync(this CatalogueDb db, string slug, CancellationToken cancellationToken) =>
        RoleQuery(db, slug, cancellationToken);

    public static async Task<RolePage> PageAsync(this CatalogueDb db, Role role, DataRelease release, CancellationToken cancellationToken)
    {
        var documentKey = DocumentKeys.Role(role.Slug);
        var rows = await db.Database.SqlQueryRaw<PageRow>(PageSql,
                new SqliteParameter("@slug", role.Slug),
                new SqliteParameter("@category", role.CategorySlug),
                new SqliteParameter("@document", documentKey))
            .ToListAsync(cancellationToken);
        var row = rows.Single();
        var sections = JsonSerializer.Deserialize(row.SectionsJson, PageJson.Default.ListSection)!
            .Select((section, i) => new TocEntry { DocumentKey = documentKey, Order = i, Anchor = section.Anchor, Text = section.Text })
            .ToList();
        var related = JsonSerializer.Deserialize(row.RelatedJson, PageJson.Default.ListRoleCard)!;
        return new RolePage(role, row.BodyHtml, row.CategoryTitle, related, sections, OccupationFactsJson.Parse(row.FactsJson), release);
    }

    private sealed record PageRow(string BodyHtml, string FactsJson, string CategoryTitle, string SectionsJson, string RelatedJson);

    internal sealed record Section(string Anchor, string Text);

    [JsonSerializable(typeof(List<Section>))]
    [JsonSerializable(typeof(List<RoleCard>))]
    internal sealed partial class PageJson : JsonSerializerContext;
}
