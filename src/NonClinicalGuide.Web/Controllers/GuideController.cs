using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class GuideController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    [HttpGet(SitePaths.Guide)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Guide, cancellationToken);
        var toc = await db.TocEntries.Where(t => t.DocumentKey == DocumentKeys.Guide).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var keyPoints = await db.KeyPoints.OrderBy(k => k.Order).ToListAsync(cancellationToken);
        var claim = await db.HeadlineFigures.Select(f => f.Claim).SingleAsync(cancellationToken);
        var parts = await db.HeadlineParts.OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var figure = new Headline(claim, parts, catalogue.Release);
        var categories = await db.CategorySummariesAsync(cancellationToken);
        return View(new GuidePage(document, toc, keyPoints, figure, categories));
    }
}
