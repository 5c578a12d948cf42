using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Catalogue;

// The official figures, as imported from data/ by the catalogue build. Nothing here is typed by an editor.

// An official occupation a role names, in the role's order, with how the role relates to it.
public sealed class RoleOccupation
{
    public required string RoleSlug { get; init; }
    public required int Order { get; init; }
    public required string SocCode { get; init; }
    public required string OnetCode { get; init; }
    public required OccupationRelation Relation { get; init; }
    public string? Note { get; init; }
}

// A BLS occupation (SOC code): the newest OEWS release's employment and wages, and the projections. A wage
// BLS does not publish is null; AtLeastFrom is the lowest percentile BLS publishes only as "the top code or
// more" ('#'): 75 means the 75th and 90th are at least the release's top code.
public sealed class Occupation
{
    public required string SocCode { get; init; }
    public required string Title { get; init; }
    public int? Employment { get; init; }
    public double? HourlyMean { get; init; }
    public int? AnnualMean { get; init; }
    public double? HourlyP10 { get; init; }
    public double? HourlyP25 { get; init; }
    public double? HourlyMedian { get; init; }
    public double? HourlyP75 { get; init; }
    public double? HourlyP90 { get; init; }
    public int? AnnualP10 { get; init; }
    public int? AnnualP25 { get; init; }
    public int? AnnualMedian { get; init; }
    public int? AnnualP75 { get; init; }
    public int? AnnualP90 { get; init; }
    public int? AtLeastFrom { get; init; }
    public bool AnnualOnly { get; init; }
    public bool HourlyOnly { get; init; }
    public string? ProjectionTitle { get; init; }
    public int? EmploymentBase { get; init; }
    public int? EmploymentTarget { get; init; }
    public double? GrowthPercent { get; init; }
    public int? OpeningsPerYear { get; init; }
    public string? TypicalEducation { get; init; }
    public string? WorkExperience { get; init; }
    public string? OnTheJobTraining { get; init; }
}

// The annual median in each OEWS release present, for the pay-over-time chart.
public sealed class PayHistoryPoint
{
    public required string SocCode { get; init; }
    public required int Year { get; init; }
    public int? AnnualMedian { get; init; }
    public double? HourlyMedian { get; init; }
    public bool AtLeast { get; init; }
}

// An O*NET occupation: its own title and description, and its job zone.
public sealed class OnetProfile
{
    public required string OnetCode { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int? JobZone { get; init; }
    public string? JobZoneName { get; init; }
}

// A clinical job people move from (content/clinical-jobs), with its official occupation.
public sealed class ClinicalJob
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string One { get; init; }
    public required string Label { get; init; }
    public required string SocCode { get; init; }
    public required string OnetCode { get; init; }
    public required int Order { get; init; }
    public required ClinicalBackground Background { get; init; }
    public required bool PayReference { get; init; }
    public required string DescriptionHtml { get; init; }
    public required string FactsJson { get; init; }
}

// A move from a clinical job to a role, as the planner judged it when the catalogue was built
// (Planner/CareerMoveScorer): the fit in words and the reasons, from the content and the official data.
public sealed class CareerMove
{
    public required string JobSlug { get; init; }
    public required string RoleSlug { get; init; }
    public required MoveFit Fit { get; init; }

    // Position in the best-fit order of this job's list (0 first).
    public required int FitRank { get; init; }

    // What the role makes of the job's licence, where the role's profile describes a route from this background.
    public LicenceUse? Licence { get; init; }

    // Share (0 to 1) of the skill and knowledge level the role needs that the job already has; null when
    // O*NET has not rated one of the two occupations. The rest of the comparison is in SkillOverlaps.
    public double? SkillsMatch { get; init; }

    // The O*NET occupation whose ratings stand for the role in the comparison (see SkillOverlap).
    public string? SkillsOnetCode { get; init; }

    // O*NET's relatedness tier for the pair, where its list of related occupations names it.
    public string? RelatedTier { get; init; }
}

// O*NET's skill and knowledge ratings of two occupations side by side (Planner/CareerMoveScorer.Compare):
// stored once per pair of occupations, which many roles and jobs share.
public sealed class SkillOverlap
{
    public required string FromOnetCode { get; init; }
    public required string ToOnetCode { get; init; }
    public required double Match { get; init; }
    public required List<string> Bring { get; init; }
    public required List<string> Gaps { get; init; }
}

// Which releases the figures come from (one row): every page that shows a figure names its release.
public sealed class DataRelease
{
    public int Id { get; init; }
    public required string OewsLabel { get; init; }
    public required int OewsYear { get; init; }
    public required string OewsFile { get; init; }
    public required double TopCodeHourly { get; init; }
    public required int TopCodeAnnual { get; init; }
    public required string ProjectionsPeriod { get; init; }
    public required int ProjectionsBaseYear { get; init; }
    public required int ProjectionsTargetYear { get; init; }
    public required string ProjectionsFile { get; init; }
    public required string OnetVersion { get; init; }
}

// Every file in data/ with its checksum, for "Where our figures come from".
public sealed class DataFileEntry
{
    public required string Path { get; init; }
    public required string Dataset { get; init; }
    public required string Release { get; init; }
    public required long Bytes { get; init; }
    public required string Sha256 { get; init; }
}
