using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models;

// View models: one record per page, holding only what that page shows.

public sealed record Crumb(string Text, string? Url);

// A role in a list: what it is, and its pay as median and 10th-90th percentile range (null where not published).
public sealed record RoleCard(
    string Slug, string Title, string Summary, string CategorySlug, PatientContact PatientContact, RemoteWork Remote, EducationLevel EntryEducation,
    int? PayMedian, int? PayLow, int? PayHigh, bool PayHighAtLeast);

public sealed record CategorySection(string Slug, string Title, IReadOnlyList<RoleCard> Roles);

public sealed record CategorySummary(string Slug, string Title, string Summary, int RoleCount);

public sealed record GuidePage(Document Document, IReadOnlyList<TocEntry> Toc, IReadOnlyList<KeyPoint> KeyPoints, Headline Figure, IReadOnlyList<CategorySummary> Categories);

// The guide's headline figure: projected growth of occupation groups added together, with the parts shown.
public sealed record Headline(string Claim, IReadOnlyList<HeadlinePart> Parts, DataRelease Release)
{
    public int EmploymentBase => Parts.Sum(p => p.EmploymentBase);

    public int EmploymentTarget => Parts.Sum(p => p.EmploymentTarget);

    public int Change => EmploymentTarget - EmploymentBase;

    public double ChangePercent => EmploymentBase == 0 ? 0 : 100.0 * Change / EmploymentBase;

    public int OpeningsPerYear => Parts.Sum(p => p.OpeningsPerYear);
}

// One option of a <select>: the value in the URL and the text people read.
public sealed record Choice(string Value, string Text);

public sealed record RoleListPage(RoleFilter Filter, IReadOnlyList<Choice> CategoryChoices, IReadOnlyList<CategorySection> Categories, Paging Paging);

public sealed record CategoryPage(Category Category, IReadOnlyList<RoleCard> Roles);

public sealed record RolePage(Role Role, string BodyHtml, string CategoryTitle, IReadOnlyList<RoleCard> Related, IReadOnlyList<TocEntry> Sections, IReadOnlyList<OccupationFacts> Facts, DataRelease Release);

public sealed record ComparisonPage(Document Document, IReadOnlyList<ComparisonRow> Rows);

public sealed record FaqPage(Document Document, IReadOnlyList<FaqEntry> Entries);

public sealed record SourcesPage(Document Document, DataRelease Release, IReadOnlyList<DataFileEntry> Files);

public sealed record ErrorPage(int StatusCode, string Title, string Message);


public sealed record CompareColumn(Role Role, string CategoryTitle, IReadOnlyList<OccupationFacts> Facts);

public sealed record RoleComparePage(IReadOnlyList<CompareColumn> Columns, IReadOnlyList<Choice> AllRoles, string? Problem, DataRelease Release);

// A row of the pay chart: a role (or, as a reference line, a clinical job) with its own occupation's figures.
public sealed record PayChartRow(string Slug, string Title, OccupationFacts Facts, string? Label = null);

public sealed record PayGrowthPage(IReadOnlyList<PayChartRow> Roles, IReadOnlyList<PayChartRow> References, DataRelease Release)
{
    public IReadOnlyList<PayChartRow> WithPay => Roles.Where(r => r.Facts.Annual.Median is not null).OrderByDescending(r => r.Facts.Annual.Median).ThenBy(r => r.Title).ToList();

    public IReadOnlyList<PayChartRow> WithGrowth => Roles.Where(r => r.Facts.GrowthPercent is not null).OrderByDescending(r => r.Facts.GrowthPercent).ThenBy(r => r.Title).ToList();

    public IReadOnlyList<PayChartRow> WithoutPay => Roles.Where(r => r.Facts.Annual.Median is null).ToList();
}

public sealed record FitFinderPage(
    NonClinicalGuide.Web.Models.FitFinder.FitAnswers? Answers, IReadOnlyList<NonClinicalGuide.Web.Models.FitFinder.FitResult> Results, Paging Paging,
    int Strong, int Possible, IReadOnlyList<ClinicalJobLink> FromJobs);

// The quick-facts box: the role's editorial facts and every official figure of the occupations it names.
public sealed record RouteInBox(Role Role, IReadOnlyList<ClinicalJobLink> Jobs);

public sealed record QuickFactsBox(Role Role, IReadOnlyList<OccupationFacts> Facts, DataRelease Release);

public sealed record RolePrintPage(Role Role, string WayInHtml, string CanonicalUrl, string QrSvg, DateOnly PrintedOn, IReadOnlyList<OccupationFacts> Facts, DataRelease Release);
