using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Controllers.Queries;

// Projections shared by more than one page, so a role card is queried the same way everywhere.
public static class CatalogueQueries
{
    private static readonly Expression<Func<Role, RoleCard>> ToCard =
        r => new RoleCard(r.Slug, r.Title, r.Summary, r.CategorySlug, r.PatientContact, r.Remote, r.EntryEducation, r.PayMedian, r.PayLow, r.PayHigh, r.PayHighAtLeast);

    public static IQueryable<RoleCard> AsCards(this IQueryable<Role> roles) => roles.Select(ToCard);

    // Roles with the lists their profiles show (RolePageQueries.RoleAsync is the same for one role, compiled).
    // One joined query: a role has a handful of certifications and pathways, so the rows it multiplies cost
    // less than two more round trips.
    public static IQueryable<Role> WithDetails(this IQueryable<Role> roles) => roles
        .Include(r => r.Certifications.OrderBy(c => c.Order))
        .Include(r => r.ClinicalPathways.OrderBy(p => p.Id))
        .Include(r => r.RouteRules.OrderBy(rule => rule.Order))
        .AsSingleQuery();

    // Category cards with how many roles each has: counted in SQL, so the guide does not grow with the roles.
    public static async Task<IReadOnlyList<CategorySummary>> CategorySummariesAsync(this CatalogueDb db, CancellationToken cancellationToken)
    {
        var counts = await db.Roles.GroupBy(r => r.CategorySlug).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var categories = await db.Categories.OrderBy(c => c.Order).ThenBy(c => c.Title)
            .Select(c => new { c.Slug, c.Title, c.Summary })
            .ToListAsync(cancellationToken);
        return categories.Select(c => new CategorySummary(c.Slug, c.Title, c.Summary, counts.GetValueOrDefault(c.Slug))).ToList();
    }
}
