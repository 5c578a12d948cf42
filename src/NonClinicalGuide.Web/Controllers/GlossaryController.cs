using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// "Official terms in plain words": the editors' introduction and the glossary the quick facts link to.
public sealed class GlossaryController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    [HttpGet(SitePaths.Glossary)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.Glossary, cancellationToken);
        return View(new GlossaryPage(document, Glossary.Groups, catalogue.Release));
    }
}
