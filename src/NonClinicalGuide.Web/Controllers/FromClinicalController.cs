using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// The hub of the planner: its introduction from content/from-clinical.md, then every clinical job in
// content/clinical-jobs with what it pays now and how many roles its page finds a strong route to.
public sealed class FromClinicalController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    [HttpGet(SitePaths.FromClinical)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.FromClinical, cancellationToken);
        return View(new FromClinicalPage(document, await db.PlannerHubAsync(cancellationToken), catalogue.Release));
    }
}
