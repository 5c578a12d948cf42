namespace NonClinicalGuide.Web.Api;

// The open-data shapes: the same facts as the pages, each figure with its period and source.

public sealed record ApiRoleSummary(string Slug, string Title, string Category, string Summary, string Url, string PatientContact, string Remote, string EntryEducation);

// A figure with its release and source. AtLeast: BLS publishes only that this wage is its top code or more.
public sealed record ApiFigure(decimal Value, string Unit, string Period, string Source, string SourceUrl, bool AtLeast = false);

// A text fact from an official source (the typical entry education, for example).
public sealed record ApiText(string Value, string Period, string Source, string SourceUrl);

public sealed record ApiPercentiles(ApiFigure? P10, ApiFigure? P25, ApiFigure? Median, ApiFigure? P75, ApiFigure? P90);

public sealed record ApiPayPoint(string Period, decimal? MedianAnnual, bool AtLeast);

public sealed record ApiOccupation(
    string Soc, string Title, string OnetSoc, string OnetTitle, string Relation, string? Note, string BlsUrl, string OnetUrl,
    ApiPercentiles AnnualPay, ApiPercentiles HourlyPay, ApiFigure? Employment, ApiFigure? ProjectedGrowth, ApiFigure? AnnualOpenings,
    ApiText? TypicalEducation, ApiText? WorkExperience, ApiText? OnTheJobTraining, ApiText? JobZone, IReadOnlyList<ApiPayPoint> MedianPayHistory);

public sealed record ApiCertification(string Name, string Body, string? Note);

// Licence: whether the role requires, values or does not need the licence this background holds.
public sealed record ApiPathway(string From, string Licence, string Why, string Bridge);

// The route in: typical months (fewest, most) for someone coming from a clinical job, and the sourced rules.
public sealed record ApiRouteIn(int MonthsMin, int MonthsMax, string Summary, IReadOnlyList<ApiRouteRule> Rules);

public sealed record ApiRouteRule(string Says, string Source, string SourceUrl, string Checked);

public sealed record ApiRole(
    string Slug, string Title, string Category, string Summary, string Url,
    string PatientContact, string Remote, string EntryEducation, IReadOnlyList<string> Interests,
    ApiFigure? MedianPay, ApiFigure? ProjectedGrowth, ApiFigure? Jobs, string? TypicalEducation,
    IReadOnlyList<ApiOccupation> Occupations, IReadOnlyList<ApiCertification> Certifications, IReadOnlyList<string> Settings, IReadOnlyList<string> Skills,
    IReadOnlyList<ApiPathway> FromClinical, ApiRouteIn RouteIn, IReadOnlyList<string> Related, string LastReviewed, string Credit);

public sealed record ApiCategory(string Slug, string Title, string Summary, string Url, int Roles);
