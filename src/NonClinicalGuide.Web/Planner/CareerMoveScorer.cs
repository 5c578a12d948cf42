using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Planner;

// The one place that judges a move from a clinical job to a non-clinical role, and orders a list of them.
// Every rule here is one the planner page explains in words (Views/Planner/_HowWeOrder.cshtml): change one,
// change the other.
public static class CareerMoveScorer
{
    // O*NET rates how important a skill or knowledge area is from 1 to 5; 3 is "important". Below that an
    // element says little about what a job needs, so it is left out of the match, the strengths and the gaps.
    public const decimal Important = 3.0m;

    // Levels run from 0 to 7. A gap smaller than this is within the noise of O*NET's survey ratings.
    public const decimal MeaningfulGap = 0.5m;

    // "You already bring nearly all of it": a move this close counts as possible even when no profile
    // describes it and O*NET does not relate the two occupations.
    public const double NearlyAll = 0.9;

    // "Within a year": a route whose longest typical time is this many months or fewer.
    public const int WithinAYear = 12;

    private const int Listed = 5;

    // How much of the level each important element of the role needs you already have, weighted by how
    // important the element is to the role: sum of importance × min(your level, its level) / its level,
    // over the sum of importance. 1 means you have at least the level of everything that matters there.
    public static double? SkillsMatch(IReadOnlyList<OnetRating> from, IReadOnlyList<OnetRating> to)
    {
        if (from.Count == 0 || to.Count == 0)
        {
            return null;
        }

        var yours = from.ToDictionary(rating => rating.ElementId, rating => rating.Level, StringComparer.Ordinal);
        decimal weighted = 0, total = 0;
        foreach (var needed in to.Where(rating => rating.Importance >= Important && rating.Level > 0))
        {
            var have = yours.GetValueOrDefault(needed.ElementId);
            weighted += needed.Importance * Math.Min(have, needed.Level) / needed.Level;
            total += needed.Importance;
        }

        return total == 0 ? null : (double)(weighted / total);
    }

    // The important elements of the role you already have at its level (most important first), and those it
    // needs at a clearly higher level than your job (largest importance × shortfall first).
    public static SkillComparison Compare(IReadOnlyList<OnetRating> from, IReadOnlyList<OnetRating> to)
    {
        var yours = from.ToDictionary(rating => rating.ElementId, rating => rating.Level, StringComparer.Ordinal);
        var important = to.Where(rating => rating.Importance >= Important).ToList();
        var bring = important
            .Where(rating => yours.GetValueOrDefault(rating.ElementId) >= rating.Level)
            .OrderByDescending(rating => rating.Importance).ThenBy(rating => rating.Name, StringComparer.Ordinal)
            .Take(Listed)
            .Select(rating => rating.Name)
            .ToList();
        // The shortfall is worked out where it is needed rather than carried in a tuple with its rating: LINQ over
        // such a tuple is generic code over a value type that every start compiled afresh (67 methods).
        decimal Shortfall(OnetRating rating) => rating.Level - yours.GetValueOrDefault(rating.ElementId);
        var gaps = important
            .Where(rating => Shortfall(rating) >= MeaningfulGap)
            .OrderByDescending(rating => rating.Importance * Shortfall(rating)).ThenBy(rating => rating.Name, StringComparer.Ordinal)
            .Take(Listed)
            .Select(rating => rating.Name)
            .ToList();
        return new SkillComparison(SkillsMatch(from, to), bring, gaps);
    }

    // Strong: the role's profile describes a route from this background. Possible: O*NET lists the two
    // occupations as related, or you already bring nearly all the skill the role needs. Otherwise unlikely.
    public static MoveFit Fit(bool pathway, string? relatedTier, double? skillsMatch) =>
        pathway ? MoveFit.Strong
        : relatedTier is not null || skillsMatch >= NearlyAll ? MoveFit.Possible
        : MoveFit.Unlikely;

    // Best fit first: by fit; then roles that require, then value, your licence; then roles you could move into
    // within a year; then roles that pay at least what you earn now; then by skills match; then by pay; then by
    // title, so the order never depends on chance.
    public static IReadOnlyList<T> InBestFitOrder<T>(IEnumerable<T> moves, int? payNow) where T : IMoveKeys =>
        moves.OrderBy(move => move.Fit)
            .ThenBy(move => LicenceRank(move.Licence))
            .ThenBy(move => move.MonthsMax <= WithinAYear ? 0 : 1)
            .ThenBy(move => PaysLess(move.PayMedian, payNow) ? 1 : 0)
            .ThenByDescending(move => move.SkillsMatch ?? -1)
            .ThenByDescending(move => move.PayMedian ?? -1)
            .ThenBy(move => move.Title, StringComparer.Ordinal)
            .ToList();

    // The other orders a reader can choose; ties keep the best-fit order (FitRank).
    public static IReadOnlyList<T> Order<T>(IEnumerable<T> moves, MoveOrder order) where T : IMoveKeys => order switch
    {
        MoveOrder.Pay => moves.OrderByDescending(move => move.PayMedian ?? -1).ThenBy(move => move.FitRank).ToList(),
        MoveOrder.Skills => moves.OrderByDescending(move => move.SkillsMatch ?? -1).ThenBy(move => move.FitRank).ToList(),
        MoveOrder.Time => moves.OrderBy(move => move.MonthsMin).ThenBy(move => move.MonthsMax).ThenBy(move => move.FitRank).ToList(),
        _ => moves.OrderBy(move => move.FitRank).ToList(),
    };

    public static bool PaysLess(int? there, int? now) => there is { } a && now is { } b && a < b;

    private static int LicenceRank(LicenceUse? licence) => licence switch
    {
        LicenceUse.Required => 0,
        LicenceUse.Valued => 1,
        _ => 2,
    };
}

// What a move looks like from each side of the skills and knowledge O*NET rates: the match (null when either
// occupation is not rated), the elements you bring and the gaps, by name.
public sealed record SkillComparison(double? Match, IReadOnlyList<string> Bring, IReadOnlyList<string> Gaps);

// What the orders read from a move, whether it is being judged at build time or shown on a page.
public interface IMoveKeys
{
    string Title { get; }
    MoveFit Fit { get; }
    LicenceUse? Licence { get; }
    double? SkillsMatch { get; }
    int? PayMedian { get; }
    int MonthsMin { get; }
    int MonthsMax { get; }
    int FitRank { get; }
}
