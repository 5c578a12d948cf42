using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Catalogue;

// Rows of the derived catalogue. Everything here can be rebuilt from content/ at any time.

public sealed class Category
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required int Order { get; init; }
    public required string DescriptionHtml { get; init; }
}

public sealed class Role
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string CategorySlug { get; init; }
    // The category's position, copied here so lists can be read in display order straight from an index.
    public required int CategoryOrder { get; init; }
    public required string Summary { get; init; }
    public required PatientContact PatientContact { get; init; }
    public required RemoteWork Remote { get; init; }
    public required EducationLevel EntryEducation { get; init; }
    public required List<Interest> Interests { get; init; }
    public required List<string> Settings { get; init; }
    public required List<string> Skills { get; init; }
    // The role's own occupation (the first it names) and its newest figures, copied here so that cards,
    // lists and sorting read one row: median and the 10th-90th percentile range of annual pay, projected
    // growth. The full figures of every occupation a role names are in Occupations.
    public required string PaySocCode { get; init; }
    public int? PayMedian { get; init; }
    public int? PayLow { get; init; }
    public int? PayHigh { get; init; }
    public bool PayHighAtLeast { get; init; }
    public double? GrowthPercent { get; init; }
    public required DateOnly LastReviewed { get; init; }

    // The route in (route_in in the role's file): typical months, fewest and most, and what it takes.
    public required int RouteMonthsMin { get; init; }
    public required int RouteMonthsMax { get; init; }
    public required string RouteSummary { get; init; }
    public List<Certification> Certifications { get; init; } = [];
    public List<RouteRule> RouteRules { get; init; } = [];
    public List<ClinicalPathway> ClinicalPathways { get; init; } = [];
    public List<RoleOccupation> Occupations { get; init; } = [];
}

// A role's long texts live apart from the role row, so filtering and sorting roles reads small rows only.
public sealed class RoleText
{
    public required string Slug { get; init; }
    public required string BodyHtml { get; init; }
    public required string WayInHtml { get; init; }

    // The official facts of the role's occupations (OccupationFactsJson), worked out when the catalogue is built.
    public required string FactsJson { get; init; }
}

public sealed class Certification
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required int Order { get; init; }
    public required string Name { get; init; }
    public required string Body { get; init; }
    public string? Note { get; init; }
}

// A certification rule, cost or time the route into a role rests on, with its source and the day it was read.
public sealed class RouteRule
{
    public required string RoleSlug { get; init; }
    public required int Order { get; init; }
    public required string Says { get; init; }
    public required string Source { get; init; }
    public required string Url { get; init; }
    public required DateOnly Checked { get; init; }
}

public sealed class ClinicalPathway
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required ClinicalBackground From { get; init; }
    public required LicenceUse Licence { get; init; }
    public required string Why { get; init; }
    public required string Bridge { get; init; }
}

public sealed class RoleRelation
{
    public required string RoleSlug { get; init; }
    public required string RelatedSlug { get; init; }
    public required int Order { get; init; }
}

public sealed class RoleAlias
{
    public required string Alias { get; init; }
    public required string RoleSlug { get; init; }
}

// The guide, the FAQ and the comparison: one row each, keyed by name.
public sealed class Document
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public string? Summary { get; init; }
    public required string BodyHtml { get; init; }
    public required DateOnly LastReviewed { get; init; }
}

public sealed class TocEntry
{
    public int Id { get; init; }
    public required string DocumentKey { get; init; }
    public required int Order { get; init; }
    public required string Anchor { get; init; }
    public required string Text { get; init; }
}

public sealed class KeyPoint
{
    public int Id { get; init; }
    public required int Order { get; init; }
    public required string Title { get; init; }
    public required string TextHtml { get; init; }
}

// The guide's headline: projected growth of a few occupation groups added together (HeadlineParts).
public sealed class HeadlineFigure
{
    public int Id { get; init; }
    public required string Claim { get; init; }
}

public sealed class HeadlinePart
{
    public required int Order { get; init; }
    public required string SocCode { get; init; }
    public required string Title { get; init; }
    public required int EmploymentBase { get; init; }
    public required int EmploymentTarget { get; init; }
    public required int OpeningsPerYear { get; init; }
}

public sealed class FaqEntry
{
    public int Id { get; init; }
    public required int Order { get; init; }
    public required string Anchor { get; init; }
    public required string Question { get; init; }
    public required string AnswerHtml { get; init; }
}

public sealed class ComparisonRow
{
    public int Id { get; init; }
    public required int Order { get; init; }
    public required string Feature { get; init; }
    public required string ClinicalHtml { get; init; }
    public required string NonClinicalHtml { get; init; }
}
