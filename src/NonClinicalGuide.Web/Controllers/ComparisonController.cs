using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class ComparisonController(CatalogueDb db) : Controller
{
    [HttpGet(SitePaths.ClinicalVsNonClinical)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Comparison, cancellationToken);
        var rows = await db.ComparisonRows.OrderBy(r => r.Order).ToListAsync(cancellationToken);
        return View(new ComparisonPage(document, rows));
    }
}
