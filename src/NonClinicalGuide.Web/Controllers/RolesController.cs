using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

public sealed class RolesController(CatalogueDb db) : Controller
{
    [HttpGet("/roles")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var categories = await db.CategorySectionsAsync(cancellationToken);
        return View(new RoleListPage(categories, categories.Sum(c => c.Roles.Count)));
    }

    [HttpGet("/roles/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var role = await db.Roles
            .Include(r => r.Certifications.OrderBy(c => c.Order))
            .Include(r => r.ClinicalPathways)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Slug == slug, cancellationToken);
        if (role is null)
        {
            // A renamed role keeps its old links alive.
            var renamedTo = await db.RoleAliases.Where(a => a.Alias == slug).Select(a => a.RoleSlug).SingleOrDefaultAsync(cancellationToken);
            return renamedTo is null ? NotFound() : RedirectPermanent($"/roles/{renamedTo}");
        }

        var categoryTitle = await db.Categories.Where(c => c.Slug == role.CategorySlug).Select(c => c.Title).SingleAsync(cancellationToken);
        var related = await db.RoleRelations.Where(r => r.RoleSlug == slug)
            .OrderBy(r => r.Order)
            .Join(db.Roles, relation => relation.RelatedSlug, other => other.Slug,
                (_, other) => new RoleCard(other.Slug, other.Title, other.Summary, other.PatientContact, other.Remote, other.EntryEducation))
            .ToListAsync(cancellationToken);
        var sections = await db.TocEntries.Where(t => t.DocumentKey == DocumentKeys.Role(slug)).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        return View(new RolePage(role, categoryTitle, related, sections));
    }
}
