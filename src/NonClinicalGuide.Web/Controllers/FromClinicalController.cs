using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// Drawn entirely from the clinical_pathways of the role files, so the page and the roles never disagree.
public sealed class FromClinicalController(CatalogueDb db) : Controller
{
    [HttpGet(SitePaths.FromClinical)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleAsync(d => d.Key == DocumentKeys.FromClinical, cancellationToken);
        var pathways = await db.ClinicalPathways
            .Join(db.Roles, p => p.RoleSlug, r => r.Slug, (p, r) => new { p.From, Entry = new PathwayEntry(r.Slug, r.Title, r.Summary, p.Why, p.Bridge) })
            .ToListAsync(cancellationToken);
        var byBackground = pathways.ToLookup(p => p.From, p => p.Entry);
        var backgrounds = Enum.GetValues<ClinicalBackground>()
            .Where(byBackground.Contains)
            .Select(background => new BackgroundSection(
                background,
                FixedValueNames.Of(background),
                byBackground[background].OrderBy(e => e.RoleTitle, StringComparer.Ordinal).ToList()))
            .ToList();
        return View(new FromClinicalPage(document, backgrounds));
    }
}
