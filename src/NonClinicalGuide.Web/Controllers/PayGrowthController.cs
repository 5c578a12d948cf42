using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class PayGrowthController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    [HttpGet(SitePaths.PayAndGrowth)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.OrderBy(r => r.Title)
            .Join(db.RoleTexts, r => r.Slug, t => t.Slug, (r, t) => new { r.Slug, r.Title, t.FactsJson })
            .ToListAsync(cancellationToken);
        var references = await db.ClinicalJobsAsync(payReferencesOnly: true, cancellationToken);
        return View(new PayGrowthPage(
            roles.Select(r => new PayChartRow(r.Slug, r.Title, OccupationFactsJson.Parse(r.FactsJson)[0])).ToList(),
            references.Select(r => new PayChartRow(r.Job.Slug, r.Job.Title, r.Facts, r.Job.Label)).ToList(),
            catalogue.Release));
    }
}
