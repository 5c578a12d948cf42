using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Planner;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers.Queries;

// The planner's reads: a job's moves are judged when the catalogue is built (CareerMoves), so a page reads the
// small sort keys of all of them, orders them (CareerMoveScorer.Order) and fetches the details of one page.
public static class PlannerQueries
{
    public static Task<PlannerJob?> PlannerJobAsync(this CatalogueDb db, string slug, CancellationToken cancellationToken) =>
        (from job in db.ClinicalJobs
         where job.Slug == slug
         join occupation in db.Occupations on job.SocCode equals occupation.SocCode into pay
         from occupation in pay.DefaultIfEmpty()
         select new PlannerJob(job.Slug, job.Title, job.One, job.Label, job.Background, job.SocCode, job.OnetCode,
             occupation == null ? null : occupation.AnnualMedian, occupation == null ? null : occupation.AnnualP25))
        .SingleOrDefaultAsync(cancellationToken);

    public static async Task<IReadOnlyList<MoveKeys>> MoveKeysAsync(this CatalogueDb db, string jobSlug, CancellationToken cancellationToken) =>
        await (from move in db.CareerMoves
               where move.JobSlug == jobSlug
               join role in db.Roles on move.RoleSlug equals role.Slug
               select new MoveKeys(role.Slug, role.Title, move.Fit, move.FitRank, move.Licence, move.SkillsMatch, role.PayMedian, role.RouteMonthsMin, role.RouteMonthsMax))
            .ToListAsync(cancellationToken);

    // The full rows of the moves named, in the order given.
    public static async Task<IReadOnlyList<MoveRow>> MoveRowsAsync(this CatalogueDb db, PlannerJob job, IReadOnlyList<MoveKeys> keys, CancellationToken cancellationToken)
    {
        var slugs = keys.Select(k => k.Slug).ToList();
        var roles = await db.Roles.Where(r => slugs.Contains(r.Slug))
            .Select(r => new { r.Slug, r.Summary, r.PaySocCode, r.RouteSummary, r.Remote, r.PatientContact })
            .ToDictionaryAsync(r => r.Slug, cancellationToken);
        var moves = await db.CareerMoves.Where(m => m.JobSlug == job.Slug && slugs.Contains(m.RoleSlug))
            .ToDictionaryAsync(m => m.RoleSlug, cancellationToken);
        var paySocs = roles.Values.Select(r => r.PaySocCode).Distinct().ToList();
        var newcomerPay = await db.Occupations.Where(o => paySocs.Contains(o.SocCode))
            .ToDictionaryAsync(o => o.SocCode, o => o.AnnualP25, cancellationToken);
        var pathways = await db.ClinicalPathways.Where(p => slugs.Contains(p.RoleSlug) && p.From == job.Background)
            .ToDictionaryAsync(p => p.RoleSlug, cancellationToken);
        var licensed = (await db.ClinicalPathways.Where(p => slugs.Contains(p.RoleSlug) && p.Licence == LicenceUse.Required)
            .Select(p => new { p.RoleSlug, p.From }).ToListAsync(cancellationToken)).ToLookup(p => p.RoleSlug, p => p.From);
        var rules = (await db.RouteRules.Where(r => slugs.Contains(r.RoleSlug)).OrderBy(r => r.Order).ToListAsync(cancellationToken))
            .ToLookup(r => r.RoleSlug);
        var skillCodes = moves.Values.Select(m => m.SkillsOnetCode).OfType<string>().Distinct().ToList();
        var overlaps = await db.SkillOverlaps.Where(o => o.FromOnetCode == job.OnetCode && skillCodes.Contains(o.ToOnetCode))
            .ToDictionaryAsync(o => o.ToOnetCode, cancellationToken);
        var skillTitles = await db.OnetProfiles.Where(p => skillCodes.Contains(p.OnetCode))
            .ToDictionaryAsync(p => p.OnetCode, p => p.Title, cancellationToken);

        return keys.Select(key =>
        {
            var role = roles[key.Slug];
            var move = moves[key.Slug];
            var overlap = move.SkillsOnetCode is { } code ? overlaps.GetValueOrDefault(code) : null;
            var pathway = pathways.GetValueOrDefault(key.Slug);
            return new MoveRow(
                key.Slug, key.Title, role.Summary, key.Fit, key.FitRank, key.Licence,
                key.SkillsMatch, move.SkillsOnetCode is { } skills ? skillTitles.GetValueOrDefault(skills) : null,
                overlap?.Bring ?? [], overlap?.Gaps ?? [], move.RelatedTier,
                key.PayMedian, newcomerPay.GetValueOrDefault(role.PaySocCode), role.PaySocCode, key.MonthsMin, key.MonthsMax, role.RouteSummary,
                rules[key.Slug].ToList(), pathway?.Why, pathway?.Bridge, role.Remote, role.PatientContact,
                pathway is null ? licensed[key.Slug].Order().ToList() : []);
        }).ToList();
    }

    // For the hub: how many strong and possible moves each job has.
    public static async Task<IReadOnlyList<PlannerHubEntry>> PlannerHubAsync(this CatalogueDb db, CancellationToken cancellationToken)
    {
        var counts = await db.CareerMoves.GroupBy(m => new { m.JobSlug, m.Fit }).Select(g => new { g.Key.JobSlug, g.Key.Fit, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var jobs = await (from job in db.ClinicalJobs
                          join occupation in db.Occupations on job.SocCode equals occupation.SocCode into pay
                          from occupation in pay.DefaultIfEmpty()
                          orderby job.Order
                          select new { job.Slug, job.Title, job.Label, job.Background, Median = occupation == null ? null : occupation.AnnualMedian })
            .ToListAsync(cancellationToken);
        int Count(string slug, MoveFit fit) => counts.Where(c => c.JobSlug == slug && c.Fit == fit).Sum(c => c.Count);
        return jobs.Select(j => new PlannerHubEntry(j.Slug, j.Title, j.Label, j.Background, j.Median, Count(j.Slug, MoveFit.Strong), Count(j.Slug, MoveFit.Possible))).ToList();
    }
}

// What the orders need of a move, read for every move of a job (a few small columns).
public sealed record MoveKeys(string Slug, string Title, MoveFit Fit, int FitRank, LicenceUse? Licence, double? SkillsMatch, int? PayMedian, int MonthsMin, int MonthsMax) : IMoveKeys;
