using Microsoft.Playwright;
using NonClinicalGuide.Tests;
using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Controllers;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.BrowserTests;

// One address per kind of page the site has; every browser check runs over all of them.
public static class PageTypes
{
    private static readonly ContentSet Content = ContentLoader.Load(TestPaths.RealContent).Content!;

    // The 404 page, plain and with the roles nearest a mistyped role address.
    public static readonly string[] NotFound = ["/no-such-page", SitePaths.Role(Content.Roles[0].Source.Slug[..^2])];

    // The site's own list of page kinds (the same the warm-up and the page audits use), the 404 pages, and a
    // comparison of more roles than it shows (which says what it left out).
    public static readonly string[] Paths =
    [
        .. PagesCommand.ExamplesFor(Content),
        .. NotFound,
        SitePaths.Compare(Content.Roles.Take(RoleComparisonController.MaxRoles + 2).Select(role => role.Source.Slug)),
    ];

    public static readonly int[] Widths = [390, 1280];

    public static TheoryData<string, int, ColorScheme> PathsAtEachWidthAndScheme()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var path in Paths)
        {
            foreach (var width in Widths)
            {
                data.Add(path, width, ColorScheme.Light);
                data.Add(path, width, ColorScheme.Dark);
            }
        }

        return data;
    }
}
