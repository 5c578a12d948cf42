using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Catalogue;

// Projections shared by more than one page, so a role card is queried the same way everywhere.
public static class CatalogueQueries
{
    public static IQueryable<RoleCard> AsCards(this IQueryable<Role> roles) => roles
        .OrderBy(r => r.Title)
        .Select(r => new RoleCard(r.Slug, r.Title, r.Summary, r.PatientContact, r.Remote, r.EntryEducation));

    public static async Task<IReadOnlyList<CategorySection>> CategorySectionsAsync(this CatalogueDb db, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.OrderBy(c => c.Order).ThenBy(c => c.Title)
            .Select(c => new { c.Slug, c.Title, c.Summary })
            .ToListAsync(cancellationToken);
        var roles = await db.Roles
            .OrderBy(r => r.Title)
            .Select(r => new { r.CategorySlug, Card = new RoleCard(r.Slug, r.Title, r.Summary, r.PatientContact, r.Remote, r.EntryEducation) })
            .ToListAsync(cancellationToken);
        var byCategory = roles.ToLookup(r => r.CategorySlug, r => r.Card);
        return categories.Select(c => new CategorySection(c.Slug, c.Title, c.Summary, byCategory[c.Slug].ToList())).ToList();
    }
}
