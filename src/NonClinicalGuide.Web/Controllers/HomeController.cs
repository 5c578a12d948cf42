using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// The front door: what the site is, the three ways in, every role by category with its pay range, then the
// guide's summary with a link to the whole guide at its own address.
public sealed class HomeController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    [HttpGet(SitePaths.Home)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var guide = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Guide, cancellationToken);
        var keyPoints = await db.KeyPoints.OrderBy(k => k.Order).ToListAsync(cancellationToken);
        var categories = await db.CategorySummariesAsync(cancellationToken);
        var roles = await db.Roles.OrderBy(r => r.Title).AsCards().ToListAsync(cancellationToken);
        var shelves = categories
            .Select(category => new CategoryShelf(category, roles.Where(r => r.CategorySlug == category.Slug).ToList()))
            .ToList();
        return View(new HomePage(guide, keyPoints, shelves, catalogue.ClinicalJobs, roles.Count, catalogue.Release));
    }
}
