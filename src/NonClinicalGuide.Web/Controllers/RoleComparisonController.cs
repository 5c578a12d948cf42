using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// Two to four roles side by side at a stable address: /roles/compare?roles=a,b,c
public sealed class RoleComparisonController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    public const int MaxRoles = 4;

    // Above this many roles, drop-down lists get too long to use (and to send); the chooser points to the
    // roles list, where roles are ticked for comparison.
    public const int ChooserLimit = 200;

    // A page of the roles list is the most anyone can tick at once; an address naming more is cut to that.
    private const int MaxTicked = RolesController.PageSize;

    private const string RolesKey = "roles";

    [HttpGet(SitePaths.CompareRoles)]
    [PageQuery(RolesKey)]
    [RenderCap]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Read from the query string as sent, not Request.Query: the render cache, building its key, sorts a
        // repeated parameter's values in place, and the roles list sends its ticks as repeated parameters in
        // the order they appear on the page, which is the order "the first four" means.
        var slugs = QueryHelpers.ParseQuery(Request.QueryString.Value).GetValueOrDefault(RolesKey).OfType<string>()
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTicked)
            .ToList();
        if (this.RedirectUnlessAt(slugs.Count == 0 ? SitePaths.CompareRoles : SitePaths.Compare(slugs)) is { } canonical)
        {
            return canonical;
        }

        var titles = await db.Roles.Where(r => slugs.Contains(r.Slug)).ToDictionaryAsync(r => r.Slug, r => r.Title, cancellationToken);
        if (titles.Count < slugs.Count)
        {
            // Renamed roles keep shared comparison links working: redirect to the current names.
            var missing = slugs.Except(titles.Keys).ToList();
            var aliases = await db.RoleAliases.Where(a => missing.Contains(a.Alias)).ToDictionaryAsync(a => a.Alias, a => a.RoleSlug, cancellationToken);
            if (aliases.Count < missing.Count)
            {
                return NotFound();
            }

            return RedirectPermanent(SitePaths.Compare(slugs.Select(s => aliases.GetValueOrDefault(s, s))));
        }

        // More than fit side by side: the page stays at the address asked for, to say what it left out and
        // offer swaps, while its canonical link names the four it shows.
        var shown = slugs.Take(MaxRoles).ToList();
        var leftOut = slugs.Skip(MaxRoles).Select(slug => new Choice(slug, titles[slug])).ToList();
        if (leftOut.Count > 0)
        {
            SiteUrls.Shows(HttpContext, SitePaths.Compare(shown));
        }

        var found = await db.Roles.Where(r => shown.Contains(r.Slug)).WithDetails().ToListAsync(cancellationToken);
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Title, cancellationToken);
        var facts = await db.FactsOfRolesAsync(shown, cancellationToken);
        var columns = shown.Select(slug => found.Single(r => r.Slug == slug))
            .Select(role => new CompareColumn(role, categories[role.CategorySlug], facts[role.Slug]))
            .ToList();
        // One role chosen: its related roles are the likeliest to compare it with.
        var related = shown.Count == 1
            ? await db.RoleRelations.Where(r => r.RoleSlug == shown[0]).OrderBy(r => r.Order).Select(r => r.RelatedSlug).Take(MaxRoles - 1).ToListAsync(cancellationToken)
            : [];
        var allRoles = await db.Roles.CountAsync(cancellationToken) <= ChooserLimit
            ? await db.Roles.OrderBy(r => r.Title).Select(r => new Choice(r.Slug, r.Title)).ToListAsync(cancellationToken)
            : [];
        return View(new RoleComparePage(columns, leftOut, related, allRoles, catalogue.Release));
    }
}
