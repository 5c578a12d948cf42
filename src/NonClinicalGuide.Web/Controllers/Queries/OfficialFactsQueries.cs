using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Controllers.Queries;

// The official facts of roles and clinical jobs, as the catalogue build worked them out (OccupationFactsJson).
public static class OfficialFactsQueries
{
    // Each role's occupations in its own order.
    public static async Task<Dictionary<string, IReadOnlyList<OccupationFacts>>> FactsOfRolesAsync(this CatalogueDb db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var rows = await db.RoleTexts.Where(t => slugs.Contains(t.Slug)).Select(t => new { t.Slug, t.FactsJson }).ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Slug, row => OccupationFactsJson.Parse(row.FactsJson), StringComparer.Ordinal);
    }

    // The clinical jobs people move from, in their order, each with its occupation's facts.
    public static async Task<IReadOnlyList<(ClinicalJob Job, OccupationFacts Facts)>> ClinicalJobsAsync(this CatalogueDb db, bool payReferencesOnly, CancellationToken cancellationToken)
    {
        var jobs = await db.ClinicalJobs.Where(j => !payReferencesOnly || j.PayReference).OrderBy(j => j.Order).ToListAsync(cancellationToken);
        return jobs.Select(job => (job, OccupationFactsJson.Parse(job.FactsJson)[0])).ToList();
    }
}
