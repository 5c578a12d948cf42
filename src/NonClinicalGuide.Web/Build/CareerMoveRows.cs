using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Planner;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// Judges every move from a clinical job to a role when the catalogue is built (CareerMoveScorer), so a planner
// page only reads one job's rows in the order the reader asked for. The judging needs no database, so the
// writer runs it beside its other work and adds the rows when they are ready.
public sealed class CareerMoveRows(ContentSet content, OfficialDataSet data)
{
    private readonly Dictionary<OccupationPair, SkillComparison> _overlaps = [];

    public sealed record Judgement(IReadOnlyList<CareerMove> Moves, IReadOnlyList<SkillOverlap> Overlaps);

    public Judgement JudgeAll()
    {
        // A role is compared through its own occupations, leaving out any that is one of the clinical jobs (a
        // utilization review nurse counted with registered nurses): comparing a nurse with nurses' own ratings,
        // or relating an aide to the role because aides are related to nurses, would say nothing about the new
        // work. Its skills are those of the first of the rest that O*NET has rated.
        var clinical = content.ClinicalJobs.Select(job => job.Meta.Onet).ToHashSet(StringComparer.Ordinal);
        var targets = content.Roles.Select(role =>
        {
            var own = role.Meta.Occupations.Select(o => o.Onet).Where(code => !clinical.Contains(code)).ToList();
            return new Target(role, own, own.FirstOrDefault(code => Ratings(code).Count > 0));
        }).ToList();

        var moves = new List<CareerMove>();
        foreach (var job in content.ClinicalJobs)
        {
            var payNow = Median(job.Meta.Soc);
            var judged = targets.Select(target => Judge(job, target.Role, target.Own, target.SkillsCode));
            var ordered = CareerMoveScorer.InBestFitOrder(judged, payNow);
            moves.AddRange(ordered.Select((move, rank) => move.Row(job.Source.Slug, rank)));
        }

        return new Judgement(moves, [.. _overlaps.Select(pair => new SkillOverlap
        {
            FromOnetCode = pair.Key.From, ToOnetCode = pair.Key.To, Match = pair.Value.Match!.Value,
            Bring = pair.Value.Bring.ToList(), Gaps = pair.Value.Gaps.ToList(),
        })]);
    }

    private Judged Judge(LoadedClinicalJob job, LoadedRole role, IReadOnlyList<string> own, string? skillsCode)
    {
        var pathway = role.Meta.ClinicalPathways.FirstOrDefault(p => p.From == job.Meta.Background);
        double? match = null;
        if (skillsCode is not null && Ratings(job.Meta.Onet) is { Count: > 0 } from)
        {
            if (!_overlaps.TryGetValue(new OccupationPair(job.Meta.Onet, skillsCode), out var overlap))
            {
                overlap = CareerMoveScorer.Compare(from, Ratings(skillsCode));
                if (overlap.Match is not null)
                {
                    _overlaps[new OccupationPair(job.Meta.Onet, skillsCode)] = overlap;
                }
            }

            match = overlap.Match;
        }

        var tier = RelatedTiers.Between(data.Onet, job.Meta.Onet, own);
        return new Judged(
            role.Source.Slug, role.Meta.Title, CareerMoveScorer.Fit(pathway is not null, tier, match), pathway?.Licence, match,
            match is null ? null : skillsCode, tier, Median(role.Meta.Occupations[0].Soc), role.Meta.RouteIn.Months[0], role.Meta.RouteIn.Months[^1]);
    }

    // Classes, not tuples: LINQ and dictionaries over tuples are generic code over value types, which the
    // precompiled image lacks and every start compiled afresh.
    private sealed record Target(LoadedRole Role, IReadOnlyList<string> Own, string? SkillsCode);

    private sealed record OccupationPair(string From, string To);

    private IReadOnlyList<OnetRating> Ratings(string onetCode) =>
        data.Onet.Occupations.TryGetValue(onetCode, out var occupation) ? [.. occupation.Skills, .. occupation.Knowledge] : [];

    private int? Median(string soc) =>
        data.Newest.Occupations.TryGetValue(soc, out var row) && row.Annual.Median is { } median ? (int)median.Amount : null;

    private sealed record Judged(
        string Slug, string Title, MoveFit Fit, LicenceUse? Licence, double? SkillsMatch, string? SkillsOnetCode, string? RelatedTier,
        int? PayMedian, int MonthsMin, int MonthsMax) : IMoveKeys
    {
        public int FitRank => 0;

        public CareerMove Row(string jobSlug, int rank) => new()
        {
            JobSlug = jobSlug, RoleSlug = Slug, Fit = Fit, FitRank = rank, Licence = Licence,
            SkillsMatch = SkillsMatch, SkillsOnetCode = SkillsOnetCode, RelatedTier = RelatedTier,
        };
    }
}
