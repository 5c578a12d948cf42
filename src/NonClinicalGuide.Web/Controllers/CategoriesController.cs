using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class CategoriesController(CatalogueDb db) : Controller
{
    [HttpGet(SitePaths.Categories)]
    public IActionResult Index() => RedirectPermanent(SitePaths.Roles);

    [HttpGet(SitePaths.CategoryTemplate)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (category is null)
        {
            return NotFound();
        }

        var roles = await db.Roles.Where(r => r.CategorySlug == slug).OrderBy(r => r.Title).AsCards().ToListAsync(cancellationToken);
        return View(new CategoryPage(category, roles));
    }
}
