using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class AccessibilityController(CatalogueDb db) : Controller
{
    [HttpGet(SitePaths.Accessibility)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Accessibility, cancellationToken));
}
