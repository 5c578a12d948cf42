namespace NonClinicalGuide.Web.Content;

// Typed front matter: YamlDotNet maps snake_case keys onto these records and enforces the required members.

public sealed record CategoryFrontMatter
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required int Order { get; init; }
}

public sealed record RoleFrontMatter
{
    public required string Title { get; init; }
    public required string Category { get; init; }
    public required string Summary { get; init; }
    public required PatientContact PatientContact { get; init; }
    public required RemoteWork Remote { get; init; }
    public required EducationLevel EntryEducation { get; init; }
    public required List<Interest> Interests { get; init; }
    public required List<string> Settings { get; init; }
    public required List<string> Skills { get; init; }
    public required OccupationFrontMatter Occupation { get; init; }
    public RoleFactsFrontMatter? Facts { get; init; }
    public List<CertificationFrontMatter> Certifications { get; init; } = [];
    public List<ClinicalPathwayFrontMatter> ClinicalPathways { get; init; } = [];
    public required List<string> Related { get; init; }
    public List<string> Aliases { get; init; } = [];
    public required DateOnly LastReviewed { get; init; }
}

public sealed record OccupationFrontMatter
{
    public required string Code { get; init; }
    public required string Title { get; init; }
    public required string OnetCode { get; init; }
    public required OccupationMatch Match { get; init; }
    public string? Note { get; init; }
    public string? BlsUrl { get; init; }
    public required string OnetUrl { get; init; }
}

public sealed record RoleFactsFrontMatter
{
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }
    public int? MedianPay { get; init; }
    public string? PayPeriod { get; init; }
    public int? GrowthPercent { get; init; }
    public string? GrowthPeriod { get; init; }
    public string? GrowthLabel { get; init; }
    public int? Jobs { get; init; }
    public string? JobsPeriod { get; init; }
    public string? TypicalEducation { get; init; }
}

public sealed record CertificationFrontMatter
{
    public required string Name { get; init; }
    public required string Body { get; init; }
    public string? Note { get; init; }
}

public sealed record ClinicalPathwayFrontMatter
{
    public required ClinicalBackground From { get; init; }
    public required string Why { get; init; }
    public required string Bridge { get; init; }
}

public sealed record GuideFrontMatter
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Summary { get; init; }
    public required List<KeyPointFrontMatter> KeyPoints { get; init; }
    public required HeadlineFigureFrontMatter HeadlineFigure { get; init; }
    public required DateOnly LastReviewed { get; init; }
}

public sealed record KeyPointFrontMatter
{
    public required string Title { get; init; }
    public required string Text { get; init; }
}

public sealed record HeadlineFigureFrontMatter
{
    public required string Value { get; init; }
    public required string Claim { get; init; }
    public required string Period { get; init; }
    public required string Source { get; init; }
    public required string SourceUrl { get; init; }
}

// A page that is mostly generated (the FAQ list, /from-clinical) but keeps its title and intro in content.
public sealed record PageFrontMatter
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required DateOnly LastReviewed { get; init; }
}

public sealed record ComparisonFrontMatter
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public required List<ComparisonRowFrontMatter> Rows { get; init; }
}

public sealed record ComparisonRowFrontMatter
{
    public required string Feature { get; init; }
    public required string Clinical { get; init; }
    public required string NonClinical { get; init; }
}
