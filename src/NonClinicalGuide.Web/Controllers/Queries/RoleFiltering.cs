using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers.Queries;

public static class RoleFiltering
{
    private const string RolesInListOrder = "SELECT * FROM \"Roles\" INDEXED BY \"" + CatalogueDb.ListOrderIndex + "\"";

    // The roles a filter allows, in the order of the list (category, then title). SQLite's planner would rather
    // sort every match than walk the display-order index; told to walk it, a page costs the same whether the
    // catalogue holds twenty roles or ten thousand.
    public static IQueryable<Role> MatchingInListOrder(this CatalogueDb db, RoleFilter filter) =>
        db.Roles.FromSqlRaw(RolesInListOrder).Matching(filter).OrderBy(r => r.CategoryOrder).ThenBy(r => r.Title);

    // Each filter narrows the query in SQL, on indexed columns; only the page being shown is loaded.
    public static IQueryable<Role> Matching(this IQueryable<Role> roles, RoleFilter filter)
    {
        if (filter.Category is { } category)
        {
            roles = roles.Where(r => r.CategorySlug == category);
        }

        if (filter.Contact is { } contact)
        {
            roles = roles.Where(r => r.PatientContact == contact);
        }

        // "Hybrid possible" means at least some home working, so often-remote roles qualify too.
        if (filter.Remote is { } remote)
        {
            roles = remote == RemoteWork.HybridPossible
                ? roles.Where(r => r.Remote == RemoteWork.HybridPossible || r.Remote == RemoteWork.OftenRemote)
                : roles.Where(r => r.Remote == remote);
        }

        // Education is "what you have": roles you could enter with it, so anything at or below that level.
        if (filter.Education is { } education)
        {
            roles = roles.Where(r => r.EntryEducation <= education);
        }

        return roles;
    }
}
