using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

public sealed class PayGrowthController(CatalogueDb db) : Controller
{
    [HttpGet("/roles/pay-and-growth")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.OrderBy(r => r.Title).Select(r => new { r.Slug, r.Title }).ToListAsync(cancellationToken);
        var facts = await db.FactsOfRolesAsync(roles.Select(r => r.Slug).ToList(), cancellationToken);
        var references = await db.ClinicalJobs.Where(j => j.PayReference).OrderBy(j => j.Order)
            .Select(j => new { j.Slug, j.Title, j.Short, j.SocCode, j.OnetCode }).ToListAsync(cancellationToken);
        var referenceFacts = await db.FactsOfOccupationsAsync(references.Select(r => (r.SocCode, r.OnetCode)).ToList(), cancellationToken);
        return View(new PayGrowthPage(
            roles.Select(r => new PayChartRow(r.Slug, r.Title, facts[r.Slug][0])).ToList(),
            references.Zip(referenceFacts, (job, jobFacts) => new PayChartRow(job.Slug, job.Title, jobFacts, job.Short)).ToList(),
            await db.ReleaseAsync(cancellationToken)));
    }
}
