using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class RolesController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    // Enough for every role of the real catalogue on one page; short enough to read on a phone.
    public const int PageSize = 24;

    [HttpGet(SitePaths.Roles)]
    [PageQuery(RoleFilter.CategoryKey, RoleFilter.ContactKey, RoleFilter.RemoteKey, RoleFilter.EducationKey, RoleFilter.PageKey)]
    [RenderCap]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var filter = RoleFilter.TryParse(Request.Query, out var problem);
        if (filter is null)
        {
            return this.BadRequestPage("That filter is not one we know", problem!);
        }

        if (this.RedirectUnlessAt(filter.ToUrl()) is { } canonical)
        {
            return canonical;
        }

        var categories = await db.Categories.OrderBy(c => c.Order).ThenBy(c => c.Title)
            .Select(c => new Choice(c.Slug, c.Title)).ToListAsync(cancellationToken);
        var matching = db.Roles.Matching(filter);
        var paging = new Paging(filter.Page, PageSize, await matching.CountAsync(cancellationToken));
        if (paging.IsBeyondTheEnd && paging.Total > 0)
        {
            return NotFound();
        }

        var roles = await db.MatchingInListOrder(filter)
            .Skip(paging.Skip).Take(PageSize)
            .AsCards()
            .ToListAsync(cancellationToken);
        var byCategory = roles.ToLookup(r => r.CategorySlug);
        var sections = categories
            .Select(c => new CategorySection(c.Value, c.Text, byCategory[c.Value].ToList()))
            .Where(section => section.Roles.Count > 0)
            .ToList();
        return View(new RoleListPage(filter, categories, sections, paging));
    }

    // A one-page sheet a counsellor can print and hand out: quick facts, the way in, sources and a QR code.
    [HttpGet(SitePaths.RolePrintTemplate)]
    public async Task<IActionResult> Print(string slug, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var role = await db.RoleAsync(slug, cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        var wayIn = await db.RoleTexts.Where(t => t.Slug == slug).Select(t => t.WayInHtml).SingleAsync(cancellationToken);
        var url = SiteUrls.Absolute(HttpContext, SitePaths.Role(slug));
        var facts = await db.FactsOfRolesAsync([slug], cancellationToken);
        return View(new RolePrintPage(role, wayIn, url, QrCode.Svg(url), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), facts[slug], catalogue.Release));
    }

    [HttpGet(SitePaths.RoleTemplate)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var role = await db.RoleAsync(slug, cancellationToken);
        if (role is null)
        {
            // A renamed role keeps its old links alive.
            var renamedTo = await db.RoleAliases.Where(a => a.Alias == slug).Select(a => a.RoleSlug).SingleOrDefaultAsync(cancellationToken);
            return renamedTo is null ? NotFound() : RedirectPermanent(SitePaths.Role(renamedTo));
        }

        return View(await db.PageAsync(role, catalogue.Release, cancellationToken));
    }
}
