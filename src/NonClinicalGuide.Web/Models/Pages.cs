using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;

namespace NonClinicalGuide.Web.Models;

// View models: one record per page, holding only what that page shows.

public sealed record Crumb(string Text, string? Url);

public sealed record RoleCard(string Slug, string Title, string Summary, string CategorySlug, PatientContact PatientContact, RemoteWork Remote, EducationLevel EntryEducation);

public sealed record CategorySection(string Slug, string Title, IReadOnlyList<RoleCard> Roles);

public sealed record CategorySummary(string Slug, string Title, string Summary, int RoleCount);

public sealed record GuidePage(Document Document, IReadOnlyList<TocEntry> Toc, IReadOnlyList<KeyPoint> KeyPoints, HeadlineFigure Figure, IReadOnlyList<CategorySummary> Categories);

// One option of a <select>: the value in the URL and the text people read.
public sealed record Choice(string Value, string Text);

public sealed record RoleListPage(RoleFilter Filter, IReadOnlyList<Choice> CategoryChoices, IReadOnlyList<CategorySection> Categories, Paging Paging);

public sealed record CategoryPage(Category Category, IReadOnlyList<RoleCard> Roles);

public sealed record RolePage(Role Role, string BodyHtml, string CategoryTitle, IReadOnlyList<RoleCard> Related, IReadOnlyList<TocEntry> Sections);

public sealed record ComparisonPage(Document Document, IReadOnlyList<ComparisonRow> Rows);

public sealed record FaqPage(Document Document, IReadOnlyList<FaqEntry> Entries);

public sealed record ErrorPage(int StatusCode, string Title, string Message);

public sealed record PathwayEntry(string RoleSlug, string RoleTitle, string RoleSummary, string Why, string Bridge);

public sealed record BackgroundSection(ClinicalBackground Background, string Anchor, IReadOnlyList<PathwayEntry> Roles);

public sealed record FromClinicalPage(Document Document, IReadOnlyList<BackgroundSection> Backgrounds);

public sealed record CompareColumn(Role Role, string CategoryTitle);

public sealed record RoleComparePage(IReadOnlyList<CompareColumn> Columns, IReadOnlyList<Choice> AllRoles, string? Problem);

public sealed record FigureRow(string Slug, string Title, int? MedianPay, string? PayPeriod, int? GrowthPercent, string? GrowthPeriod, string? Source, string? SourceUrl, string OccupationTitle);

public sealed record PayGrowthPage(IReadOnlyList<FigureRow> Rows)
{
    public IReadOnlyList<FigureRow> WithPay => Rows.Where(r => r.MedianPay is not null).OrderByDescending(r => r.MedianPay).ToList();

    public IReadOnlyList<FigureRow> WithGrowth => Rows.Where(r => r.GrowthPercent is not null).OrderByDescending(r => r.GrowthPercent).ThenBy(r => r.Title).ToList();

    public IReadOnlyList<FigureRow> WithoutFigures => Rows.Where(r => r.MedianPay is null && r.GrowthPercent is null).ToList();
}

public sealed record FitFinderPage(NonClinicalGuide.Web.FitFinder.FitAnswers? Answers, IReadOnlyList<NonClinicalGuide.Web.FitFinder.FitResult> Results, int GoodFits);

public sealed record RolePrintPage(Role Role, string WayInHtml, string CanonicalUrl, string QrSvg, DateOnly PrintedOn);
