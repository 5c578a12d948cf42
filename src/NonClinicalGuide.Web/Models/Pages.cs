using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;

namespace NonClinicalGuide.Web.Models;

// View models: one record per page, holding only what that page shows.

public sealed record Crumb(string Text, string? Url);

public sealed record RoleCard(string Slug, string Title, string Summary, PatientContact PatientContact, RemoteWork Remote, EducationLevel EntryEducation);

public sealed record CategorySection(string Slug, string Title, string Summary, IReadOnlyList<RoleCard> Roles);

public sealed record GuidePage(Document Document, IReadOnlyList<TocEntry> Toc, IReadOnlyList<KeyPoint> KeyPoints, HeadlineFigure Figure, IReadOnlyList<CategorySection> Categories);

public sealed record RoleListPage(IReadOnlyList<CategorySection> Categories, int RoleCount);

public sealed record CategoryPage(Category Category, IReadOnlyList<RoleCard> Roles);

public sealed record RolePage(Role Role, string CategoryTitle, IReadOnlyList<RoleCard> Related, IReadOnlyList<TocEntry> Sections);

public sealed record ComparisonPage(Document Document, IReadOnlyList<ComparisonRow> Rows);

public sealed record FaqPage(Document Document, IReadOnlyList<FaqEntry> Entries);

public sealed record ErrorPage(int StatusCode, string Title, string Message);

public sealed record PathwayEntry(string RoleSlug, string RoleTitle, string RoleSummary, string Why, string Bridge);

public sealed record BackgroundSection(ClinicalBackground Background, string Anchor, IReadOnlyList<PathwayEntry> Roles);

public sealed record FromClinicalPage(Document Document, IReadOnlyList<BackgroundSection> Backgrounds);
