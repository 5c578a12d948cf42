using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// Two to four roles side by side at a stable address: /roles/compare?roles=a,b,c
public sealed class RoleComparisonController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    public const int MaxRoles = 4;

    // Above this many roles, drop-down lists get too long to use (and to send); the chooser points to the
    // roles list, where roles are ticked for comparison.
    public const int ChooserLimit = 200;

    [HttpGet(SitePaths.CompareRoles)]
    [RenderCap]
    public async Task<IActionResult> Index([FromQuery(Name = "roles")] string[]? roles, CancellationToken cancellationToken)
    {
        var slugs = (roles ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (slugs.Count > MaxRoles)
        {
            return this.BadRequestPage("Too many roles to compare", $"Choose up to {MaxRoles} roles: a table wider than that is hard to read.");
        }

        if (this.RedirectUnlessAt(slugs.Count == 0 ? SitePaths.CompareRoles : SitePaths.Compare(slugs)) is { } canonical)
        {
            return canonical;
        }

        var found = await db.Roles.Where(r => slugs.Contains(r.Slug))
            .WithDetails()
            .ToListAsync(cancellationToken);
        if (found.Count < slugs.Count)
        {
            // Renamed roles keep shared comparison links working: redirect to the current names.
            var missing = slugs.Except(found.Select(r => r.Slug)).ToList();
            var aliases = await db.RoleAliases.Where(a => missing.Contains(a.Alias)).ToDictionaryAsync(a => a.Alias, a => a.RoleSlug, cancellationToken);
            if (aliases.Count < missing.Count)
            {
                return NotFound();
            }

            return RedirectPermanent(SitePaths.Compare(slugs.Select(s => aliases.GetValueOrDefault(s, s))));
        }

        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Title, cancellationToken);
        var facts = await db.FactsOfRolesAsync(slugs, cancellationToken);
        var columns = slugs.Select(slug => found.Single(r => r.Slug == slug))
            .Select(role => new CompareColumn(role, categories[role.CategorySlug], facts[role.Slug]))
            .ToList();
        var allRoles = await db.Roles.CountAsync(cancellationToken) <= ChooserLimit
            ? await db.Roles.OrderBy(r => r.Title).Select(r => new Choice(r.Slug, r.Title)).ToListAsync(cancellationToken)
            : [];
        return View(new RoleComparePage(columns, allRoles, columns.Count < 2 ? "Choose at least two roles to compare." : null, catalogue.Release));
    }
}
