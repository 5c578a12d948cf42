using Microsoft.AspNetCore.Routing.Template;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers.Queries;

public enum PageKind
{
    Role,
    RolePrint,
    Category,
    FromJob,
    FromJobPrint,
    Any,
}

// An address that found no page, read as the kind of page it was meant to be (by the site's own route
// templates) and the slug typed for it. Only plain addresses are read: anything long, encoded, with control
// characters, letters outside ASCII or "..", is no one's typo, and comparing it would be work for nothing.
public sealed record MissedAddress(PageKind Kind, string Slug)
{
    public const int MaxSlugLength = 100;

    private static readonly (PageKind Kind, TemplateMatcher Matcher)[] Templates =
    [
        (PageKind.Role, Matcher(SitePaths.RoleTemplate)),
        (PageKind.RolePrint, Matcher(SitePaths.RolePrintTemplate)),
        (PageKind.Category, Matcher(SitePaths.CategoryTemplate)),
        (PageKind.FromJob, Matcher(SitePaths.FromJobTemplate)),
        (PageKind.FromJobPrint, Matcher(SitePaths.FromJobPrintTemplate)),
    ];

    // The slug's words, for the search box.
    public string Words => Slug.Replace('-', ' ');

    public static MissedAddress? Read(string? path)
    {
        if (path is null || path.Length > 3 * MaxSlugLength || path.Contains("..", StringComparison.Ordinal)
            || !path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
        {
            return null;
        }

        var plain = path.ToLowerInvariant().TrimEnd('/');
        var (kind, typed) = (PageKind.Any, plain[(plain.LastIndexOf('/') + 1)..]);
        foreach (var template in Templates)
        {
            if (SlugIn(template.Matcher, plain) is { } slugOfKind)
            {
                (kind, typed) = (template.Kind, slugOfKind);
                break;
            }
        }

        // "medical_coder" and "alpha-clerk.md" are slugs too, spelt with other separators.
        var slug = typed.Replace('_', '-').Replace('.', '-').Trim('-');
        return slug.Length > MaxSlugLength ? null : new MissedAddress(kind, slug);
    }

    private static string? SlugIn(TemplateMatcher matcher, string path)
    {
        var values = new RouteValueDictionary();
        return matcher.TryMatch(path, values) ? values["slug"] as string : null;
    }

    private static TemplateMatcher Matcher(string template) => new(TemplateParser.Parse(template.TrimStart('/')), new RouteValueDictionary());
}
