using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Api;

// Read-only JSON for anyone who wants the catalogue's facts; errors are RFC 9457 problem details.
[ApiController]
[Route("api")]
public sealed class ApiController(CatalogueDb db, CatalogueSnapshot catalogue) : ControllerBase
{
    [HttpGet("roles")]
    public async Task<IReadOnlyList<ApiRoleSummary>> Roles(CancellationToken cancellationToken)
    {
        var baseUrl = SiteUrls.Base(HttpContext);
        var roles = await db.Roles.OrderBy(r => r.Title)
            .Select(r => new { r.Slug, r.Title, r.CategorySlug, r.Summary, r.PatientContact, r.Remote, r.EntryEducation })
            .ToListAsync(cancellationToken);
        return roles.Select(r => new ApiRoleSummary(r.Slug, r.Title, r.CategorySlug, r.Summary, baseUrl + SitePaths.Role(r.Slug),
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
        var release = catalogue.Release;
        var occupations = (await db.FactsOfRolesAsync([slug], cancellationToken))[slug].Select(facts => Occupation(facts, release)).ToList();
        var own = occupations[0];

        return new ApiRole(
            role.Slug, role.Title, role.CategorySlug, role.Summary, SiteUrls.Absolute(HttpContext, SitePaths.Role(role.Slug)),
            FixedValueNames.Of(role.PatientContact), FixedValueNames.Of(role.Remote), FixedValueNames.Of(role.EntryEducation),
            role.Interests.Select(FixedValueNames.Of).ToList(),
            own.AnnualPay.Median, own.ProjectedGrowth, own.Employment, own.TypicalEducation?.Value,
            occupations,
            role.Certifications.Select(c => new ApiCertification(c.Name, c.Body, c.Note)).ToList(),
            role.Settings, role.Skills,
            role.ClinicalPathways.Select(p => new ApiPathway(FixedValueNames.Of(p.From), FixedValueNames.Of(p.Licence), p.Why, p.Bridge)).ToList(),
            new ApiRouteIn(role.RouteMonthsMin, role.RouteMonthsMax, role.RouteSummary,
                role.RouteRules.Select(r => new ApiRouteRule(r.Says, r.Source, r.Url, Labels.IsoDate(r.Checked))).ToList()),
            related,
            Labels.IsoDate(role.LastReviewed),
            FigureSources.OnetCredit(release.OnetVersion) + " " + FigureSources.OnetModified);
    }

    // Every figure of one occupation, each carrying its release and the page it comes from.
    private static ApiOccupation Occupation(OccupationFacts facts, DataRelease release)
    {
        var oews = FigureSources.Oews(release);
        var oewsUrl = FigureSources.OewsUrl(release, facts.SocCode);
        var projections = FigureSources.Projections(release);
        ApiFigure? Wage(double? value, PayScale scale, int percentile, string unit) =>
            value is { } v ? new ApiFigure((decimal)v, unit, release.OewsLabel, oews, oewsUrl, scale.IsAtLeast(percentile)) : null;
        ApiPercentiles Percentiles(PayScale scale, string unit) => new(
            Wage(scale.P10, scale, 10, unit), Wage(scale.P25, scale, 25, unit), Wage(scale.Median, scale, 50, unit),
            Wage(scale.P75, scale, 75, unit), Wage(scale.P90, scale, 90, unit));
        ApiText? Projected(string? value) => value is null ? null : new ApiText(value, release.ProjectionsPeriod, projections, FigureSources.ProjectionsUrl);

        return new ApiOccupation(
            facts.SocCode, facts.Title, facts.OnetCode, facts.OnetTitle, FixedValueNames.Of(facts.Relation), facts.Note, oewsUrl, FigureSources.OnetUrl(facts.OnetCode),
            Percentiles(facts.Annual, "USD per year"), Percentiles(facts.Hourly, "USD per hour"),
            facts.Employment is { } jobs ? new ApiFigure(jobs, "jobs", release.OewsLabel, oews, oewsUrl) : null,
            facts.GrowthPercent is { } growth ? new ApiFigure((decimal)growth, "percent change in employment", release.ProjectionsPeriod, projections, FigureSources.ProjectionsUrl) : null,
            facts.OpeningsPerYear is { } openings ? new ApiFigure(openings, "openings a year, on average", release.ProjectionsPeriod, projections, FigureSources.ProjectionsUrl) : null,
            Projected(facts.TypicalEducation), Projected(facts.WorkExperience), Projected(facts.OnTheJobTraining),
            facts.JobZone is { } zone ? new ApiText($"{zone}: {facts.JobZoneName}", $"O*NET {release.OnetVersion}", FigureSources.Onet(release), FigureSources.OnetUrl(facts.OnetCode)) : null,
            facts.History.Select(point => new ApiPayPoint($"May {point.Year}", point.Median, point.AtLeast)).ToList());
    }

    [HttpGet("categories")]
    public async Task<IReadOnlyList<ApiCategory>> Categories(CancellationToken cancellationToken)
    {
        var baseUrl = SiteUrls.Base(HttpContext);
        var categories = await db.CategorySummariesAsync(cancellationToken);
        return categories.Select(c => new ApiCategory(c.Slug, c.Title, c.Summary, baseUrl + SitePaths.Category(c.Slug), c.RoleCount)).ToList();
    }
}
