using System.Net;
using System.Text.RegularExpressions;
using NonClinicalGuide.Web.Controllers;

namespace NonClinicalGuide.Tests;

// More roles than fit one page of /roles: the test content plus 27 copies of Beta analyst (29 data-work roles,
// 1 office-work role), so the list runs to two pages of RolesController.PageSize.
public sealed partial class RolePagingTests : IAsyncLifetime
{
    private SiteFactory _site = null!;

    public ValueTask InitializeAsync()
    {
        var content = TestPaths.CopyOfTestContent();
        var beta = File.ReadAllText(Path.Combine(content, "roles", "beta-analyst.md"));
        for (var i = 1; i <= 27; i++)
        {
            File.WriteAllText(Path.Combine(content, "roles", $"copy-{i:00}.md"), beta.Replace("title: Beta analyst", $"title: Copy {i:00}"));
        }

        _site = new SiteFactory(content);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task RoleList_InTwoPages_ListsEveryRoleOnce_InCategoryThenTitleOrder()
    {
        var (_, first) = await _site.GetAsync("/roles");
        var (_, second) = await _site.GetAsync("/roles?page=2");
        var all = ListedRoles(first).Concat(ListedRoles(second)).ToList();

        Assert.Equal(RolesController.PageSize, ListedRoles(first).Count);
        Assert.Equal(30 - RolesController.PageSize, ListedRoles(second).Count);
        // Office work (category order 1) first, then data work by title: Beta analyst, Copy 01 … Copy 27, Gamma hostile.
        Assert.Equal(["alpha-clerk", "beta-analyst", .. Enumerable.Range(1, 27).Select(i => $"copy-{i:00}"), "gamma-hostile"], all);
        Assert.Contains("href=\"/roles?page=2\" rel=\"next\"", first);
        Assert.Contains("href=\"/roles\" rel=\"prev\"", second);
        Assert.DoesNotContain("rel=\"next\"", second);
    }

    [Fact]
    public async Task PageBeyondTheEnd_IsNotFound()
    {
        var (response, _) = await _site.GetAsync("/roles?page=3");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FilteredList_PagesToo_AndKeepsItsFilter()
    {
        var (_, first) = await _site.GetAsync("/roles?category=data-work");
        var (_, second) = await _site.GetAsync("/roles?category=data-work&page=2");

        Assert.Equal(RolesController.PageSize, ListedRoles(first).Count);
        Assert.Equal(29 - RolesController.PageSize, ListedRoles(second).Count);
        Assert.Contains("href=\"/roles?category=data-work&amp;page=2\" rel=\"next\"", first);
    }

    private static List<string> ListedRoles(string body) =>
        RoleLink().Matches(body[body.IndexOf("<main", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex(@"<h3 class=""card-title""><a href=""/roles/([a-z0-9-]+)"">")]
    private static partial Regex RoleLink();
}
