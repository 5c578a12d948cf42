using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

public sealed class GuideController(CatalogueDb db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Guide, cancellationToken);
        var toc = await db.TocEntries.Where(t => t.DocumentKey == DocumentKeys.Guide).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var keyPoints = await db.KeyPoints.OrderBy(k => k.Order).ToListAsync(cancellationToken);
        var figure = await db.HeadlineFigures.SingleAsync(cancellationToken);
        var categories = await db.CategorySummariesAsync(cancellationToken);
        return View(new GuidePage(document, toc, keyPoints, figure, categories));
    }
}
