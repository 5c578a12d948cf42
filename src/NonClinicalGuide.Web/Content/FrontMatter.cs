using NonClinicalGuide.Web.Vocabulary;
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
    // The official occupations whose figures the page shows, the first being the role's own (cards, sorting).
    public required List<OccupationLinkFrontMatter> Occupations { get; init; }
    public List<CertificationFrontMatter> Certifications { get; init; } = [];
    public List<ClinicalPathwayFrontMatter> ClinicalPathways { get; init; } = [];

    // What it takes to get in, for someone coming from a clinical job, with the sourced rules behind it.
    public required RouteInFrontMatter RouteIn { get; init; }
    public required List<string> Related { get; init; }
    public List<string> Aliases { get; init; } = [];
    public required DateOnly LastReviewed { get; init; }
}

// How a role relates to an official occupation. Editors know this; every figure comes from data/.
public sealed record OccupationLinkFrontMatter
{
    // The SOC code BLS publishes figures under (OEWS and the projections), e.g. 29-2072.
    public required string Soc { get; init; }

    // The O*NET-SOC code for the occupation's description, titles, skills and job zone, e.g. 29-2072.00.
    public required string Onet { get; init; }

    public required OccupationRelation Relation { get; init; }

    // Required unless the relation is exact: which people the figures count, in plain words.
    public string? Note { get; init; }
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

    // Whether the role requires, values or does not need the licence this background holds.
    public required LicenceUse Licence { get; init; }
    public required string Why { get; init; }
    public required string Bridge { get; init; }
}

// The route into a role: the typical time (months, fewest and most) and what it takes, in plain words,
// with the certification rules, costs and times it rests on, each with its source and the day it was read.
public sealed record RouteInFrontMatter
{
    public required List<int> Months { get; init; }
    public required string Summary { get; init; }
    public required List<RouteRuleFrontMatter> Rules { get; init; }
}

public sealed record RouteRuleFrontMatter
{
    public required string Says { get; init; }
    public required string Source { get; init; }
    public required string Url { get; init; }
    public required DateOnly Checked { get; init; }
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

// The guide's headline: projected growth of the occupation groups named (summary rows of the projections
// table, e.g. 29-0000 and 31-0000), added together from data/.
public sealed record HeadlineFigureFrontMatter
{
    public required string Claim { get; init; }
    public required List<string> Occupations { get; init; }
}

// A clinical job people move from (content/clinical-jobs/<slug>.md): its official occupation and how the
// site names one of its workers ("a registered nurse").
public sealed record ClinicalJobFrontMatter
{
    public required string Title { get; init; }
    public required string One { get; init; }

    // A short label for charts and tight tables: "RN", "LPN/LVN".
    public required string Label { get; init; }

    public required string Soc { get; init; }
    public required string Onet { get; init; }
    public required int Order { get; init; }

    // Which roles' clinical_pathways speak to this job (registered nurses and LPNs are both "nurse").
    public required ClinicalBackground Background { get; init; }

    // Drawn as a reference line on the pay chart, so readers see what they earn now beside each role.
    public bool PayReference { get; init; }
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
