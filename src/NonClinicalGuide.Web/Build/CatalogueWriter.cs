using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Build;

// Writes loaded content and the official data into a brand-new SQLite file. The schema is the one EF Core's
// model creates (see CatalogueSchema); the rows go in through prepared statements in one transaction, which is
// many times faster than tracking every row in a DbContext. The file gets its final name only once it is
// complete, so a crash half-way leaves a ".building" file that is never read.
public static class CatalogueWriter
{
    public static void Write(ContentSet content, OfficialDataSet data, string path)
    {
        // What needs no database runs on the other cores while the rows go in: judging career moves, and making
        // the search documents (each page's HTML read back as text). In a fresh process that was a third of a build.
        var searchDocuments = Task.Run(() => SearchDocuments.From(content, data).ToList());
        var careerMoves = Task.Run(() => new CareerMoveRows(content, data).JudgeAll());
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
                var rows = new CatalogueRows(connection, transaction);
                var figures = new OfficialRows(data);
                AddDocuments(rows, content, figures);
                AddCategoriesAndRoles(rows, content, figures);
                figures.AddTo(rows, content);
                var judged = careerMoves.GetAwaiter().GetResult();
                rows.AddRange(judged.Moves);
                rows.AddRange(judged.Overlaps);
                transaction.Commit();
            }

            // Indexes are built once the rows are in: one sort each, rather than updated row by row.
            Execute(connection, CatalogueSchema.Indexes);
            SearchIndexWriter.Create(connection, searchDocuments.GetAwaiter().GetResult());
            Execute(connection, "PRAGMA optimize");
        }

        File.Move(building, path, overwrite: true);
    }

    private static void AddDocuments(CatalogueRows rows, ContentSet content, OfficialRows figures)
    {
        var guide = content.Guide;
        rows.Add(new Document { Key = DocumentKeys.Guide, Title = guide.Meta.Title, Description = guide.Meta.Description, Summary = guide.Meta.Summary, BodyHtml = guide.Body.Html, LastReviewed = guide.Meta.LastReviewed });
        rows.AddRange(Toc(DocumentKeys.Guide, guide.Body.Headings));
        rows.AddRange(guide.Meta.KeyPoints.Select((point, i) => new KeyPoint { Order = i, Title = point.Title, TextHtml = MarkdownRenderer.RenderInline(point.Text) }));
        rows.Add(new HeadlineFigure { Claim = guide.Meta.HeadlineFigure.Claim });
        rows.AddRange(figures.HeadlineParts(guide.Meta.HeadlineFigure.Occupations));

        var faq = content.Faq;
        rows.Add(new Document { Key = DocumentKeys.Faq, Title = faq.Meta.Title, Description = faq.Meta.Description, BodyHtml = "", LastReviewed = faq.Meta.LastReviewed });
        rows.AddRange(faq.Entries.Select((entry, i) => new FaqEntry { Order = i, Anchor = entry.Anchor, Question = entry.Question, AnswerHtml = entry.AnswerHtml }));

        foreach (var page in content.Pages)
        {
            rows.Add(new Document { Key = page.Source.Slug, Title = page.Meta.Title, Description = page.Meta.Description, BodyHtml = page.BodyHtml, LastReviewed = page.Meta.LastReviewed });
        }

        var comparison = content.Comparison;
        rows.Add(new Document { Key = DocumentKeys.Comparison, Title = comparison.Meta.Title, Description = comparison.Meta.Description, BodyHtml = comparison.IntroHtml, LastReviewed = comparison.Meta.LastReviewed });
        rows.AddRange(comparison.Meta.Rows.Select((row, i) => new ComparisonRow
        {
            Order = i, Feature = row.Feature, ClinicalHtml = MarkdownRenderer.RenderInline(row.Clinical), NonClinicalHtml = MarkdownRenderer.RenderInline(row.NonClinical),
        }));
    }

    private static void AddCategoriesAndRoles(CatalogueRows rows, ContentSet content, OfficialRows figures)
    {
        rows.AddRange(content.Categories.Select(category => new Category
        {
            Slug = category.Source.Slug, Title = category.Meta.Title, Summary = category.Meta.Summary, Order = category.Meta.Order, DescriptionHtml = category.DescriptionHtml,
        }));

        // Every role first, then the rows that point at roles: related roles may come later in the list.
        var categoryOrder = content.Categories.ToDictionary(c => c.Source.Slug, c => c.Meta.Order);
        rows.AddRange(content.Roles.Select(role => figures.Role(role, categoryOrder[role.Meta.Category])));

        foreach (var role in content.Roles)
        {
            var meta = role.Meta;
            var slug = role.Source.Slug;
            rows.Add(new RoleText { Slug = slug, BodyHtml = role.BodyHtml, WayInHtml = role.Parts.WayInHtml, FactsJson = figures.FactsJson(meta.Occupations) });
            rows.AddRange(meta.Certifications.Select((c, i) => new Certification { RoleSlug = slug, Order = i, Name = c.Name, Body = c.Body, Note = c.Note }));
            rows.AddRange(meta.ClinicalPathways.Select(p => new ClinicalPathway { RoleSlug = slug, From = p.From, Licence = p.Licence, Why = p.Why, Bridge = p.Bridge }));
            rows.AddRange(meta.RouteIn.Rules.Select((r, i) => new RouteRule { RoleSlug = slug, Order = i, Says = r.Says, Source = r.Source, Url = r.Url, Checked = r.Checked }));
            rows.AddRange(meta.Related.Distinct().Select((related, i) => new RoleRelation { RoleSlug = slug, RelatedSlug = related, Order = i }));
            rows.AddRange(meta.Aliases.Select(alias => new RoleAlias { Alias = alias, RoleSlug = slug }));
            rows.AddRange(meta.Occupations.Select((o, i) => new RoleOccupation { RoleSlug = slug, Order = i, SocCode = o.Soc, OnetCode = o.Onet, Relation = o.Relation, Note = o.Note }));
            rows.AddRange(Toc(DocumentKeys.Role(slug), role.Sections));
        }
    }

    private static IEnumerable<TocEntry> Toc(string documentKey, IReadOnlyList<Heading> headings) =>
        headings.Select((heading, i) => new TocEntry { DocumentKey = documentKey, Order = i, Anchor = heading.Anchor, Text = heading.Text });

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
