using Microsoft.AspNetCore.Mvc;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Planner;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// "I'm a ___: where can I go?" Every non-clinical role, judged as a move from one clinical job, in the order
// the reader picks (a GET address, so every view can be shared), and as a printable handout.
public sealed class PlannerController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    // More than the real catalogue's roles, so a job's whole list is one page.
    public const int PageSize = 30;

    // A handout is the best of the list: what fits on one or two printed pages.
    public const int HandoutSize = 12;

    [HttpGet(SitePaths.FromJobTemplate)]
    public async Task<IActionResult> Show(string slug, string? sort, int? page, CancellationToken cancellationToken)
    {
        if (!TryRead(sort, page, out var order, out var pageNumber, out var problem))
        {
            return this.BadRequestPage("That list order is not one we know", problem!);
        }

        // ?sort=fit, ?page=1 and ?sort=PAY are other spellings of one list.
        if (this.RedirectUnlessAt(SitePaths.FromJob(slug, order, pageNumber)) is { } canonical)
        {
            return canonical;
        }

        var plan = await PlanAsync(slug, order, pageNumber, PageSize, cancellationToken);
        return plan is null || plan.Paging.IsBeyondTheEnd ? NotFound() : View(plan);
    }

    [HttpGet(SitePaths.FromJobPrintTemplate)]
    public async Task<IActionResult> Print(string slug, string? sort, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryRead(sort, null, out var order, out _, out var problem))
        {
            return this.BadRequestPage("That list order is not one we know", problem!);
        }

        if (this.RedirectUnlessAt(SitePaths.FromJobPrint(slug, order)) is { } canonical)
        {
            return canonical;
        }

        var plan = await PlanAsync(slug, order, 1, HandoutSize, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var url = SiteUrls.Absolute(HttpContext, SitePaths.FromJob(slug, order));
        return View(new PlannerPrintPage(plan, url, QrCode.Svg(url), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    private async Task<PlannerPage?> PlanAsync(string slug, MoveOrder order, int page, int pageSize, CancellationToken cancellationToken)
    {
        var job = await db.PlannerJobAsync(slug, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var keys = await db.MoveKeysAsync(slug, cancellationToken);
        var paging = new Paging(page, pageSize, keys.Count);
        var shown = CareerMoveScorer.Order(keys, order).Skip(paging.Skip).Take(pageSize).ToList();
        var rows = await db.MoveRowsAsync(job, shown, cancellationToken);
        return new PlannerPage(
            job, order, rows, keys.Count(k => k.Fit == MoveFit.Strong), keys.Count(k => k.Fit == MoveFit.Possible), paging,
            keys.Any(k => k.SkillsMatch is not null), catalogue.Release);
    }

    private static bool TryRead(string? sort, int? page, out MoveOrder order, out int pageNumber, out string? problem)
    {
        order = MoveOrder.Fit;
        pageNumber = page ?? 1;
        problem = null;
        if (sort is not null && !FixedValueNames.TryParse(sort, out order))
        {
            problem = $"Lists can be ordered by {string.Join(", ", FixedValueNames.All<MoveOrder>())}.";
            return false;
        }

        if (pageNumber < 1)
        {
            problem = "Pages are numbered from 1.";
            return false;
        }

        return true;
    }
}
