using NonClinicalGuide.Web.Content;

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
    public required string OccupationCode { get; init; }
    public required string OccupationTitle { get; init; }
    public required string OnetCode { get; init; }
    public required OccupationMatch OccupationMatch { get; init; }
    public string? OccupationNote { get; init; }
    public string? BlsUrl { get; init; }
    public required string OnetUrl { get; init; }
    public string? FactsSource { get; init; }
    public string? FactsSourceUrl { get; init; }
    public int? MedianPay { get; init; }
    public string? PayPeriod { get; init; }
    public int? GrowthPercent { get; init; }
    public string? GrowthPeriod { get; init; }
    public string? GrowthLabel { get; init; }
    public int? Jobs { get; init; }
    public string? JobsPeriod { get; init; }
    public string? TypicalEducation { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public List<Certification> Certifications { get; init; } = [];
    public List<ClinicalPathway> ClinicalPathways { get; init; } = [];
}

// A role's long texts live apart from the role row, so filtering and sorting roles reads small rows only.
public sealed class RoleText
{
    public required string Slug { get; init; }
    public required string BodyHtml { get; init; }
    public required string WayInHtml { get; init; }
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

public sealed class ClinicalPathway
{
    public int Id { get; init; }
    public required string RoleSlug { get; init; }
    public required ClinicalBackground From { get; init; }
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

public sealed class HeadlineFigure
{
    public int Id { get; init; }
    public required string Value { get; init; }
    public required string Claim { get; init; }
    public required string Period { get; init; }
    public required string Source { get; init; }
    public required string SourceUrl { get; init; }
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
