using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Search;

namespace NonClinicalGuide.Web.Catalogue;

// Writes loaded content into a brand-new SQLite file. The schema is the one EF Core's model creates (see
// CatalogueSchema); the rows go in through prepared statements in one transaction, which is many times
// faster than tracking every row in a DbContext. The file gets its final name only once it is complete, so a crash
// half-way leaves a ".building" file that is never read.
public static class CatalogueWriter
{
    public static void Write(ContentSet content, string path)
    {
        var building = path + ".building";
        File.Delete(building);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            connection.Open();
            // A half-written file is never read (it keeps its ".building" name) and every start builds afresh,
            // so the build needs neither a rollback journal nor to wait for the disk; a large page cache
            // keeps the full-text index's merges in memory.
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536");
            Execute(connection, CatalogueSchema.Tables);

            using (var transaction = connection.BeginTransaction())
            {
                var rows = new Rows(connection, transaction);
                AddDocuments(rows, content);
                AddCategoriesAndRoles(rows, content);
                transaction.Commit();
            }

            // Indexes are built once the rows are in: one sort each, rather than updated row by row.
            Execute(connection, CatalogueSchema.Indexes);
            SearchIndex.Create(connection, SearchDocuments.From(content));
            Execute(connection, "PRAGMA optimize");
        }

        File.Move(building, path, overwrite: true);
    }

    private static void AddDocuments(Rows rows, ContentSet content)
    {
        var documents = rows.For("Documents", "Key", "Title", "Description", "Summary", "BodyHtml", "LastReviewed");
        var toc = rows.For("TocEntries", "DocumentKey", "Order", "Anchor", "Text");

        var guide = content.Guide;
        documents.Add(DocumentKeys.Guide, guide.Meta.Title, guide.Meta.Description, guide.Meta.Summary, guide.Body.Html, guide.Meta.LastReviewed);
        foreach (var (heading, i) in guide.Body.Headings.Select((h, i) => (h, i)))
        {
            toc.Add(DocumentKeys.Guide, i, heading.Anchor, heading.Text);
        }

        var keyPoints = rows.For("KeyPoints", "Order", "Title", "TextHtml");
        foreach (var (point, i) in guide.Meta.KeyPoints.Select((p, i) => (p, i)))
        {
            keyPoints.Add(i, point.Title, MarkdownRenderer.RenderInline(point.Text));
        }

        var figure = guide.Meta.HeadlineFigure;
        rows.For("HeadlineFigures", "Value", "Claim", "Period", "Source", "SourceUrl")
            .Add(figure.Value, figure.Claim, figure.Period, figure.Source, figure.SourceUrl);

        var faq = content.Faq;
        documents.Add(DocumentKeys.Faq, faq.Meta.Title, faq.Meta.Description, null, "", faq.Meta.LastReviewed);
        var entries = rows.For("FaqEntries", "Order", "Anchor", "Question", "AnswerHtml");
        foreach (var (entry, i) in faq.Entries.Select((e, i) => (e, i)))
        {
            entries.Add(i, entry.Anchor, entry.Question, entry.AnswerHtml);
        }

        foreach (var page in content.Pages)
        {
            documents.Add(page.Source.Slug, page.Meta.Title, page.Meta.Description, null, page.BodyHtml, page.Meta.LastReviewed);
        }

        var comparison = content.Comparison;
        documents.Add(DocumentKeys.Comparison, comparison.Meta.Title, comparison.Meta.Description, null, comparison.IntroHtml, comparison.Meta.LastReviewed);
        var comparisonRows = rows.For("ComparisonRows", "Order", "Feature", "ClinicalHtml", "NonClinicalHtml");
        foreach (var (row, i) in comparison.Meta.Rows.Select((r, i) => (r, i)))
        {
            comparisonRows.Add(i, row.Feature, MarkdownRenderer.RenderInline(row.Clinical), MarkdownRenderer.RenderInline(row.NonClinical));
        }
    }

    private static void AddCategoriesAndRoles(Rows rows, ContentSet content)
    {
        var categories = rows.For("Categories", "Slug", "Title", "Summary", "Order", "DescriptionHtml");
        foreach (var category in content.Categories)
        {
            categories.Add(category.Source.Slug, category.Meta.Title, category.Meta.Summary, category.Meta.Order, category.DescriptionHtml);
        }

        var categoryOrder = content.Categories.ToDictionary(c => c.Source.Slug, c => c.Meta.Order);
        var roles = rows.For("Roles",
            "Slug", "Title", "CategorySlug", "CategoryOrder", "Summary", "PatientContact", "Remote", "EntryEducation", "Interests", "Settings", "Skills",
            "OccupationCode", "OccupationTitle", "OnetCode", "OccupationMatch", "OccupationNote", "BlsUrl", "OnetUrl",
            "FactsSource", "FactsSourceUrl", "MedianPay", "PayPeriod", "GrowthPercent", "GrowthPeriod", "GrowthLabel", "Jobs", "JobsPeriod",
            "TypicalEducation", "LastReviewed");
        var texts = rows.For("RoleTexts", "Slug", "BodyHtml", "WayInHtml");
        var certifications = rows.For("Certifications", "RoleSlug", "Order", "Name", "Body", "Note");
        var pathways = rows.For("ClinicalPathways", "RoleSlug", "From", "Why", "Bridge");
        var relations = rows.For("RoleRelations", "RoleSlug", "RelatedSlug", "Order");
        var aliases = rows.For("RoleAliases", "Alias", "RoleSlug");
        var toc = rows.For("TocEntries", "DocumentKey", "Order", "Anchor", "Text");

        // Every role first, then the rows that point at roles: related roles may come later in the list.
        foreach (var role in content.Roles)
        {
            var meta = role.Meta;
            var facts = meta.Facts;
            roles.Add(
                role.Source.Slug, meta.Title, meta.Category, categoryOrder[meta.Category], meta.Summary, meta.PatientContact, meta.Remote, meta.EntryEducation,
                Json(meta.Interests.Distinct().Select(i => (int)i)), Json(meta.Settings), Json(meta.Skills),
                meta.Occupation.Code, meta.Occupation.Title, meta.Occupation.OnetCode, meta.Occupation.Match, meta.Occupation.Note,
                meta.Occupation.BlsUrl, meta.Occupation.OnetUrl,
                facts?.Source, facts?.SourceUrl, facts?.MedianPay, facts?.PayPeriod, facts?.GrowthPercent, facts?.GrowthPeriod, facts?.GrowthLabel,
                facts?.Jobs, facts?.JobsPeriod, facts?.TypicalEducation, meta.LastReviewed);
        }

        foreach (var role in content.Roles)
        {
            var meta = role.Meta;
            var slug = role.Source.Slug;
            texts.Add(slug, role.BodyHtml, role.Parts.WayInHtml);
            foreach (var (certification, i) in meta.Certifications.Select((c, i) => (c, i)))
            {
                certifications.Add(slug, i, certification.Name, certification.Body, certification.Note);
            }

            foreach (var pathway in meta.ClinicalPathways)
            {
                pathways.Add(slug, pathway.From, pathway.Why, pathway.Bridge);
            }

            foreach (var (related, i) in meta.Related.Distinct().Select((r, i) => (r, i)))
            {
                relations.Add(slug, related, i);
            }

            foreach (var alias in meta.Aliases)
            {
                aliases.Add(alias, slug);
            }

            foreach (var (heading, i) in role.Sections.Select((h, i) => (h, i)))
            {
                toc.Add(DocumentKeys.Role(slug), i, heading.Anchor, heading.Text);
            }
        }
    }

    // Lists are stored as JSON arrays, the way EF Core maps primitive collections.
    private static string Json<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // One prepared INSERT per table, reused for every row.
    private sealed class Rows(SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly Dictionary<string, Insert> _inserts = [];

        public Insert For(string table, params string[] columns)
        {
            if (!_inserts.TryGetValue(table, out var insert))
            {
                insert = new Insert(connection, transaction, table, columns);
                _inserts[table] = insert;
            }

            return insert;
        }
    }

    private sealed class Insert
    {
        private readonly SqliteCommand _command;

        public Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                _command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
        }

        public void Add(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    Enum value => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    var value => value,
                };
            }

            _command.ExecuteNonQuery();
        }
    }
}

public static class DocumentKeys
{
    public const string Guide = "guide";
    public const string Faq = "faq";
    public const string Comparison = "comparison";
    public const string FromClinical = "from-clinical";
    public const string Accessibility = "accessibility";

    public static string Role(string slug) => "role:" + slug;
}
