using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Search;

namespace NonClinicalGuide.Web.Catalogue;

// Writes loaded content into a brand-new SQLite file. The file gets its final name only once it is
// complete, so a crash half-way leaves a ".building" file that is never read and is cleaned up later.
public static class CatalogueWriter
{
    public static void Write(ContentSet content, string path)
    {
        var building = path + ".building";
        File.Delete(building);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString();
        using (var db = new CatalogueDb(new DbContextOptionsBuilder<CatalogueDb>().UseSqlite(connectionString).Options))
        {
            db.Database.EnsureCreated();
            AddDocuments(db, content);
            AddCategoriesAndRoles(db, content);
            db.SaveChanges();
            SearchIndex.Create(db, SearchDocuments.From(content));
            // EF Core creates databases in WAL mode; a finished catalogue is one self-contained, read-only
            // file, so fold the log back in before the file is renamed and opened by readers.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode = DELETE");
            db.Database.ExecuteSqlRaw("PRAGMA optimize");
        }

        File.Move(building, path, overwrite: true);
    }

    private static void AddDocuments(CatalogueDb db, ContentSet content)
    {
        var guide = content.Guide;
        db.Documents.Add(new Document
        {
            Key = DocumentKeys.Guide,
            Title = guide.Meta.Title,
            Description = guide.Meta.Description,
            Summary = guide.Meta.Summary,
            BodyHtml = guide.Body.Html,
            LastReviewed = guide.Meta.LastReviewed,
        });
        db.TocEntries.AddRange(guide.Body.Headings.Select((heading, i) => new TocEntry
        {
            DocumentKey = DocumentKeys.Guide, Order = i, Anchor = heading.Anchor, Text = heading.Text,
        }));
        db.KeyPoints.AddRange(guide.Meta.KeyPoints.Select((point, i) => new KeyPoint
        {
            Order = i, Title = point.Title, TextHtml = MarkdownRenderer.RenderInline(point.Text),
        }));
        var figure = guide.Meta.HeadlineFigure;
        db.HeadlineFigures.Add(new HeadlineFigure
        {
            Value = figure.Value, Claim = figure.Claim, Period = figure.Period, Source = figure.Source, SourceUrl = figure.SourceUrl,
        });

        var faq = content.Faq;
        db.Documents.Add(new Document
        {
            Key = DocumentKeys.Faq, Title = faq.Meta.Title, Description = faq.Meta.Description, BodyHtml = "", LastReviewed = faq.Meta.LastReviewed,
        });
        db.FaqEntries.AddRange(faq.Entries.Select((entry, i) => new FaqEntry
        {
            Order = i, Anchor = entry.Anchor, Question = entry.Question, AnswerHtml = entry.AnswerHtml,
        }));

        db.Documents.AddRange(content.Pages.Select(page => new Document
        {
            Key = page.Source.Slug,
            Title = page.Meta.Title,
            Description = page.Meta.Description,
            BodyHtml = page.BodyHtml,
            LastReviewed = page.Meta.LastReviewed,
        }));

        var comparison = content.Comparison;
        db.Documents.Add(new Document
        {
            Key = DocumentKeys.Comparison,
            Title = comparison.Meta.Title,
            Description = comparison.Meta.Description,
            BodyHtml = comparison.IntroHtml,
            LastReviewed = comparison.Meta.LastReviewed,
        });
        db.ComparisonRows.AddRange(comparison.Meta.Rows.Select((row, i) => new ComparisonRow
        {
            Order = i,
            Feature = row.Feature,
            ClinicalHtml = MarkdownRenderer.RenderInline(row.Clinical),
            NonClinicalHtml = MarkdownRenderer.RenderInline(row.NonClinical),
        }));
    }

    private static void AddCategoriesAndRoles(CatalogueDb db, ContentSet content)
    {
        db.Categories.AddRange(content.Categories.Select(category => new Category
        {
            Slug = category.Source.Slug,
            Title = category.Meta.Title,
            Summary = category.Meta.Summary,
            Order = category.Meta.Order,
            DescriptionHtml = category.DescriptionHtml,
        }));

        foreach (var role in content.Roles)
        {
            var meta = role.Meta;
            var slug = role.Source.Slug;
            db.Roles.Add(new Role
            {
                Slug = slug,
                Title = meta.Title,
                CategorySlug = meta.Category,
                Summary = meta.Summary,
                PatientContact = meta.PatientContact,
                Remote = meta.Remote,
                EntryEducation = meta.EntryEducation,
                Interests = meta.Interests.Distinct().ToList(),
                Settings = meta.Settings,
                Skills = meta.Skills,
                BodyHtml = role.BodyHtml,
                WayInHtml = MarkdownRenderer.Section(role.BodyHtml, "how-to-get-in"),
                OccupationCode = meta.Occupation.Code,
                OccupationTitle = meta.Occupation.Title,
                OnetCode = meta.Occupation.OnetCode,
                OccupationMatch = meta.Occupation.Match,
                OccupationNote = meta.Occupation.Note,
                BlsUrl = meta.Occupation.BlsUrl,
                OnetUrl = meta.Occupation.OnetUrl,
                FactsSource = meta.Facts?.Source,
                FactsSourceUrl = meta.Facts?.SourceUrl,
                MedianPay = meta.Facts?.MedianPay,
                PayPeriod = meta.Facts?.PayPeriod,
                GrowthPercent = meta.Facts?.GrowthPercent,
                GrowthPeriod = meta.Facts?.GrowthPeriod,
                GrowthLabel = meta.Facts?.GrowthLabel,
                Jobs = meta.Facts?.Jobs,
                JobsPeriod = meta.Facts?.JobsPeriod,
                TypicalEducation = meta.Facts?.TypicalEducation,
                LastReviewed = meta.LastReviewed,
                Certifications = meta.Certifications.Select((c, i) => new Certification
                {
                    RoleSlug = slug, Order = i, Name = c.Name, Body = c.Body, Note = c.Note,
                }).ToList(),
                ClinicalPathways = meta.ClinicalPathways.Select(p => new ClinicalPathway
                {
                    RoleSlug = slug, From = p.From, Why = p.Why, Bridge = p.Bridge,
                }).ToList(),
            });
            db.RoleRelations.AddRange(meta.Related.Distinct().Select((related, i) => new RoleRelation
            {
                RoleSlug = slug, RelatedSlug = related, Order = i,
            }));
            db.TocEntries.AddRange(role.Sections.Select((heading, i) => new TocEntry
            {
                DocumentKey = DocumentKeys.Role(slug), Order = i, Anchor = heading.Anchor, Text = heading.Text,
            }));
            db.RoleAliases.AddRange(meta.Aliases.Select(alias => new RoleAlias { Alias = alias, RoleSlug = slug }));
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
