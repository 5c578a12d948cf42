using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace NonClinicalGuide.Web.Vocabulary;

// Every address of the site, built in one place: the routes of the controllers use these, and so do the
// views, the sitemap, the editors' link check, the warm-up, the tests and the scripts (through `pages`).
public static class SitePaths
{
    public const string Home = "/";
    public const string Guide = "/guide";
    public const string Roles = "/roles";
    public const string CompareRoles = "/roles/compare";
    public const string PayAndGrowth = "/roles/pay-and-growth";
    public const string Categories = "/categories";
    public const string ClinicalVsNonClinical = "/compare";
    public const string Faq = "/faq";
    public const string FromClinical = "/from-clinical";
    public const string FindYourRole = "/find-your-role";
    public const string Accessibility = "/accessibility";
    public const string Sources = "/sources";
    public const string Glossary = "/glossary";
    public const string Search = "/search";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    public const string RoleTemplate = "/roles/{slug}";
    public const string RolePrintTemplate = "/roles/{slug}/print";
    public const string CategoryTemplate = "/categories/{slug}";
    public const string FromJobTemplate = "/from/{slug}";
    public const string FromJobPrintTemplate = "/from/{slug}/print";

    public static string Role(string slug) => $"/roles/{slug}";

    // The slug of a role's address, or null for any other address.
    public static string? RoleSlug(string path) =>
        path.StartsWith("/roles/", StringComparison.Ordinal) && path.IndexOfAny(['/', '?', '#'], "/roles/".Length) < 0 && path.Length > "/roles/".Length
            ? path["/roles/".Length..]
            : null;

    public static string RolePrint(string slug) => $"/roles/{slug}/print";

    public static string Category(string slug) => $"/categories/{slug}";

    // A planner page: best fit first unless the reader chose another order; page 1 unless later.
    public static string FromJob(string slug, MoveOrder order = MoveOrder.Fit, int page = 1) =>
        $"/from/{slug}{Query(order, page)}";

    public static string FromJobPrint(string slug, MoveOrder order = MoveOrder.Fit) => $"/from/{slug}/print{Query(order, 1)}";

    private static string Query(MoveOrder order, int page) =>
        (order, page) switch
        {
            (MoveOrder.Fit, 1) => "",
            (MoveOrder.Fit, _) => $"?page={page}",
            (_, 1) => $"?sort={FixedValueNames.Of(order)}",
            _ => $"?sort={FixedValueNames.Of(order)}&page={page}",
        };

    public static string FaqAnswer(string anchor) => $"{Faq}#{anchor}";

    public static string GuideSection(string anchor) => $"{Guide}#{anchor}";

    public static string GlossaryTerm(string anchor) => $"{Glossary}#{anchor}";

    public static string FromClinicalSection(string anchor) => $"{FromClinical}#{anchor}";

    public static string Compare(IEnumerable<string> slugs) => $"{CompareRoles}?roles={string.Join(",", slugs)}";

    public static string SearchFor(string query) => $"{Search}?q={Uri.EscapeDataString(query)}";

    // Every GET route of the controllers, as written in their attributes (the route table is built from them).
    public static IReadOnlyList<string> RouteTemplates { get; } = typeof(SitePaths).Assembly.GetTypes()
        .Where(type => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsAbstract)
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .SelectMany(method => method.GetCustomAttributes<HttpGetAttribute>())
            .Select(get => Combine(type.GetCustomAttribute<RouteAttribute>()?.Template, get.Template)))
        .Where(path => path is not null)
        .Select(path => path!)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    // Every address the site answers without a parameter, so a page added to a controller is listed without more work.
    public static IReadOnlyList<string> FixedPages { get; } = RouteTemplates.Where(path => !path.Contains('{', StringComparison.Ordinal)).ToList();

    // The pages a search engine should know of: the fixed pages that are HTML a reader lands on (not the API,
    // files, search results or an empty comparison).
    public static IReadOnlyList<string> IndexablePages { get; } = FixedPages
        .Where(path => !path.StartsWith("/api", StringComparison.Ordinal) && !path.Contains('.', StringComparison.Ordinal)
            && path is not Search and not CompareRoles and not Categories)
        .ToList();

    // One address of every kind of page, for checks that should see each kind once: the warm-up, the
    // browser tests, the page audits and the load scripts. The slugs are a role, a category and a clinical job
    // that exist.
    public static IReadOnlyList<string> Examples(string role, string relatedRole, string category, string clinicalJob) =>
    [
        .. IndexablePages,
        Role(role),
        RolePrint(role),
        Category(category),
        FromJob(clinicalJob),
        FromJob(clinicalJob, MoveOrder.Time),
        FromJobPrint(clinicalJob),
        SearchFor("remote coding"),
        $"{Roles}?remote=hybrid-possible&education=associate",
        Compare([role, relatedRole]),
        $"{FindYourRole}?contact=none&remote=must&education=high-school&study=short&interest=data&from=nurse",
    ];

    private static string? Combine(string? prefix, string? template) =>
        template is null ? null
        : template.StartsWith('/') || prefix is null ? template
        : $"/{prefix.Trim('/')}/{template}".TrimEnd('/');
}
