using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

public partial class RoleFilterTests(TestSite site)
{
    [Theory]
    [InlineData("", "alpha-clerk beta-analyst gamma-hostile")]
    [InlineData("?category=data-work", "beta-analyst gamma-hostile")]
    [InlineData("?contact=daily", "alpha-clerk")]
    [InlineData("?remote=on-site", "alpha-clerk")]
    [InlineData("?remote=hybrid-possible", "beta-analyst gamma-hostile")]
    [InlineData("?remote=often-remote", "beta-analyst")]
    [InlineData("?education=high-school", "alpha-clerk")]
    [InlineData("?education=associate", "alpha-clerk gamma-hostile")]
    [InlineData("?category=data-work&contact=none", "beta-analyst")]
    [InlineData("?remote=hybrid-possible&education=associate", "gamma-hostile")]
    [InlineData("?category=&contact=&remote=&education=", "alpha-clerk beta-analyst gamma-hostile")]
    public async Task Filters_CombineIntoTheExpectedRoleSet(string query, string expected)
    {
        // As a browser sends the form (empty fields included), and follows the redirect to the tidy address.
        var (response, body) = await site.FollowAsync("/roles" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Split(' '), ListedRoles(body));
        Assert.Contains($"{expected.Split(' ').Length} role", body);
    }

    [Fact]
    public async Task Filters_ThatMatchNothing_SayNoRolesMatch_WithAWayBack()
    {
        var (response, body) = await site.GetAsync("/roles?remote=often-remote&education=high-school");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No roles match all of these filters", body);
        Assert.Contains("0 roles match", body);
        Assert.Contains("<a href=\"/roles\">Clear filters", body);
        Assert.Empty(ListedRoles(body));
    }

    [Fact]
    public async Task Filters_KeepTheirValuesInTheForm_SoTheUrlCanBeShared()
    {
        var (_, body) = await site.GetAsync("/roles?remote=often-remote");

        Assert.Contains("<option value=\"often-remote\" selected=\"selected\">", body);
    }

    [Theory]
    [InlineData("?remote=banana")]
    [InlineData("?contact=DAILY")]
    [InlineData("?education=phd")]
    [InlineData("?category=../../etc")]
    [InlineData("?page=0")]
    [InlineData("?page=-1")]
    [InlineData("?page=abc")]
    [InlineData("?page=99999999999999999999")]
    public async Task Filters_WithValuesWeDoNotKnow_Are400WithAnExplanation(string query)
    {
        var (response, body) = await site.GetAsync("/roles" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That filter is not one we know", body);
    }

    [Fact]
    public async Task PageBeyondTheEnd_Is404()
    {
        var (response, _) = await site.GetAsync("/roles?page=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string[] ListedRoles(string body) =>
        RoleCardLink().Matches(body).Select(m => m.Groups["slug"].Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex("<h3 class=\"card-title fs-5\"><a href=\"/roles/(?<slug>[a-z-]+)\">")]
    private static partial Regex RoleCardLink();
}
