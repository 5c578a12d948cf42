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
    public required bool PayReference { get; init; }
    public required string DescriptionHtml { get; init; }
    public required string FactsJson { get; init; }
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
