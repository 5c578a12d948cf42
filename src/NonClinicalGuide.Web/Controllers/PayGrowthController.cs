using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

public sealed class PayGrowthController(CatalogueDb db) : Controller
{
    [HttpGet("/roles/pay-and-growth")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Roles.OrderBy(r => r.Title)
            .Select(r => new FigureRow(r.Slug, r.Title, r.MedianPay, r.PayPeriod, r.GrowthPercent, r.GrowthPeriod, r.FactsSource, r.FactsSourceUrl, r.OccupationTitle))
            .ToListAsync(cancellationToken);
        return View(new PayGrowthPage(rows));
    }
}
