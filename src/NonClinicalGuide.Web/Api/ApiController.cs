using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Seo;

namespace NonClinicalGuide.Web.Api;

// Read-only JSON for anyone who wants the catalogue's facts; errors are RFC 9457 problem details.
[ApiController]
[Route("api")]
[ResponseCache(Duration = 300, Location = ResponseCacheLocation.Any)]
public sealed class ApiController(CatalogueDb db) : ControllerBase
{
    [HttpGet("roles")]
    public async Task<IReadOnlyList<ApiRoleSummary>> Roles(CancellationToken cancellationToken)
    {
        var baseUrl = SiteUrls.Base(HttpContext);
        var roles = await db.Roles.OrderBy(r => r.Title)
            .Select(r => new { r.Slug, r.Title, r.CategorySlug, r.Summary, r.PatientContact, r.Remote, r.EntryEducation })
            .ToListAsync(cancellationToken);
        return roles.Select(r => new ApiRoleSummary(r.Slug, r.Title, r.CategorySlug, r.Summary, $"{baseUrl}/roles/{r.Slug}",
            FixedValueNames.Of(r.PatientContact), FixedValueNames.Of(r.Remote), FixedValueNames.Of(r.EntryEducation))).ToList();
    }

    [HttpGet("roles/{slug}")]
    public async Task<ActionResult<ApiRole>> Role(string slug, CancellationToken cancellationToken)
    {
        var role = await db.RoleAsync(slug, cancellationToken);
        if (role is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such role", detail: $"There is no role '{slug}'. GET /api/roles lists them all.");
        }

        var related = await db.RoleRelations.Where(r => r.RoleSlug == slug).OrderBy(r => r.Order).Select(r => r.RelatedSlug).ToListAsync(cancellationToken);
        ApiFigure? Figure(decimal? value, string unit, string? period) =>
            value is { } v && period is not null ? new ApiFigure(v, unit, period, role.FactsSource!, role.FactsSourceUrl!) : null;

        return new ApiRole(
            role.Slug, role.Title, role.CategorySlug, role.Summary, SiteUrls.Absolute(HttpContext, $"/roles/{role.Slug}"),
            FixedValueNames.Of(role.PatientContact), FixedValueNames.Of(role.Remote), FixedValueNames.Of(role.EntryEducation),
            role.Interests.Select(FixedValueNames.Of).ToList(),
            Figure(role.MedianPay, "USD per year (median)", role.PayPeriod),
            Figure(role.GrowthPercent, "percent change in jobs", role.GrowthPeriod),
            Figure(role.Jobs, "jobs", role.JobsPeriod),
            role.TypicalEducation,
            new ApiOccupation(role.OccupationCode, role.OccupationTitle, role.OnetCode, FixedValueNames.Of(role.OccupationMatch), role.OccupationNote, role.BlsUrl, role.OnetUrl),
            role.Certifications.Select(c => new ApiCertification(c.Name, c.Body, c.Note)).ToList(),
            role.Settings, role.Skills,
            role.ClinicalPathways.Select(p => new ApiPathway(FixedValueNames.Of(p.From), p.Why, p.Bridge)).ToList(),
            related,
            Labels.IsoDate(role.LastReviewed));
    }

    [HttpGet("categories")]
    public async Task<IReadOnlyList<ApiCategory>> Categories(CancellationToken cancellationToken)
    {
        var baseUrl = SiteUrls.Base(HttpContext);
        var categories = await db.CategorySummariesAsync(cancellationToken);
        return categories.Select(c => new ApiCategory(c.Slug, c.Title, c.Summary, $"{baseUrl}/categories/{c.Slug}", c.RoleCount)).ToList();
    }
}
