using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Planner;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models;

// A clinical job as the planner pages show it: what it is and what it pays now (newest OEWS release).
public sealed record PlannerJob(string Slug, string Title, string One, string Label, ClinicalBackground Background, string SocCode, string OnetCode, int? PayMedian, int? PayP25);

// One move on a planner page, with every reason the page gives for its place.
public sealed record MoveRow(
    string Slug, string Title, string Summary, MoveFit Fit, int FitRank, LicenceUse? Licence,
    double? SkillsMatch, string? SkillsFrom, IReadOnlyList<string> Bring, IReadOnlyList<string> Gaps, string? RelatedTier,
    int? PayMedian, int? PayP25, string PaySocCode, int MonthsMin, int MonthsMax, string RouteSummary, IReadOnlyList<RouteRule> Rules,
    string? Why, string? Bridge, RemoteWork Remote, PatientContact Contact,
    // The backgrounds whose licence the role requires, said when the reader's job is not one of them.
    IReadOnlyList<ClinicalBackground> LicensedFrom) : IMoveKeys;

public sealed record PlannerPage(PlannerJob Job, MoveOrder Order, IReadOnlyList<MoveRow> Moves, int Strong, int Possible, Paging Paging, bool JobRated, DataRelease Release)
{
    public string UrlFor(MoveOrder order, int page = 1) => SitePaths.FromJob(Job.Slug, order, page);
}

public sealed record PlannerPrintPage(PlannerPage Plan, string CanonicalUrl, string QrSvg, DateOnly PrintedOn);

// The hub: every clinical job with how many strong routes its page lists.
public sealed record PlannerHubEntry(string Slug, string Title, string Label, ClinicalBackground Background, int? PayMedian, int Strong, int Possible);

public sealed record FromClinicalPage(Document Document, IReadOnlyList<PlannerHubEntry> Jobs, DataRelease Release);

public sealed record MoveReasons(MoveRow Move, PlannerJob Job, DataRelease Release);
