using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Catalogue;

// The role page is the most visited page drawn from the catalogue, so its queries are compiled once: EF then
// skips translating (and hashing) the query on every request, which was most of the page's server time.
public static class RolePageQueries
{
    private static readonly Func<CatalogueDb, string, CancellationToken, Task<Role?>> RoleQuery =
        EF.CompileAsyncQuery((CatalogueDb db, string slug, CancellationToken _) => db.Roles
            .Include(r => r.Certifications.OrderBy(c => c.Order))
            .Include(r => r.ClinicalPathways.OrderBy(p => p.Id))
            .AsSingleQuery()
            .SingleOrDefault(r => r.Slug == slug));

    // The text and the category's name in one round trip.
    private static readonly Func<CatalogueDb, string, string, CancellationToken, Task<RoleTextAndCategory>> TextQuery =
        EF.CompileAsyncQuery((CatalogueDb db, string slug, string categorySlug, CancellationToken _) => db.RoleTexts
            .Where(t => t.Slug == slug)
            .Select(t => new RoleTextAndCategory(t.BodyHtml, db.Categories.Where(c => c.Slug == categorySlug).Select(c => c.Title).Single()))
            .Single());

    private static readonly Func<CatalogueDb, string, IAsyncEnumerable<RoleCard>> RelatedQuery =
        EF.CompileAsyncQuery((CatalogueDb db, string slug) => db.RoleRelations
            .Where(r => r.RoleSlug == slug)
            .OrderBy(r => r.Order)
            .Join(db.Roles, relation => relation.RelatedSlug, other => other.Slug,
                (_, r) => new RoleCard(r.Slug, r.Title, r.Summary, r.CategorySlug, r.PatientContact, r.Remote, r.EntryEducation)));

    private static readonly Func<CatalogueDb, string, IAsyncEnumerable<TocEntry>> SectionsQuery =
        EF.CompileAsyncQuery<CatalogueDb, string, TocEntry>((db, documentKey) => db.TocEntries
            .Where(t => t.DocumentKey == documentKey)
            .OrderBy(t => t.Order));

    // A role with the lists its profile shows, or null.
    public static Task<Role?> RoleAsync(this CatalogueDb db, string slug, CancellationToken cancellationToken) =>
        RoleQuery(db, slug, cancellationToken);

    public static async Task<RolePage> PageAsync(this CatalogueDb db, Role role, CancellationToken cancellationToken)
    {
        var related = await RelatedQuery(db, role.Slug).ToListAsync(cancellationToken);
        var sections = await SectionsQuery(db, DocumentKeys.Role(role.Slug)).ToListAsync(cancellationToken);
        var text = await TextQuery(db, role.Slug, role.CategorySlug, cancellationToken);
        return new RolePage(role, text.BodyHtml, text.CategoryTitle, related, sections);
    }

    private sealed record RoleTextAndCategory(string BodyHtml, string CategoryTitle);
}
