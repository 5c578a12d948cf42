namespace NonClinicalGuide.Web.Api;

// The open-data shapes: the same facts as the pages, each figure with its period and source.

public sealed record ApiRoleSummary(string Slug, string Title, string Category, string Summary, string Url, string PatientContact, string Remote, string EntryEducation);

public sealed record ApiFigure(decimal Value, string Unit, string Period, string Source, string SourceUrl);

public sealed record ApiOccupation(string Soc, string Title, string OnetSoc, string Match, string? Note, string? BlsUrl, string OnetUrl);

public sealed record ApiCertification(string Name, string Body, string? Note);

public sealed record ApiPathway(string From, string Why, string Bridge);

public sealed record ApiRole(
    string Slug, string Title, string Category, string Summary, string Url,
    string PatientContact, string Remote, string EntryEducation, IReadOnlyList<string> Interests,
    ApiFigure? MedianPay, ApiFigure? ProjectedGrowth, ApiFigure? Jobs, string? TypicalEducation,
    ApiOccupation Occupation, IReadOnlyList<ApiCertification> Certifications, IReadOnlyList<string> Settings, IReadOnlyList<string> Skills,
    IReadOnlyList<ApiPathway> FromClinical, IReadOnlyList<string> Related, string LastReviewed);

public sealed record ApiCategory(string Slug, string Title, string Summary, string Url, int Roles);
