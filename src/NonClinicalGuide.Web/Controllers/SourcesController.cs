using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// "Where our figures come from": the editors' explanation, and every file in data/ with its release and checksum.
public sealed class SourcesController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    [HttpGet(SitePaths.Sources)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Sources, cancellationToken);
        var files = await db.DataFiles.OrderBy(f => f.Path).ToListAsync(cancellationToken);
        return View(new SourcesPage(document, catalogue.Release, files));
    }
}
