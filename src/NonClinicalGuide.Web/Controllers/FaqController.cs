using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class FaqController(CatalogueDb db) : Controller
{
    [HttpGet(SitePaths.Faq)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Faq, cancellationToken);
        var entries = await db.FaqEntries.OrderBy(e => e.Order).ToListAsync(cancellationToken);
        return View(new FaqPage(document, entries));
    }
}
