using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// More roles ticked than fit side by side: the page corrects it where it is, over the real guide's roles
// (the test content has only three).
public partial class RoleCompareOverFourTests(RealSiteFixture real)
{
    private static readonly string[] Ticked =
        ["medical-writers", "health-educators", "medical-secretaries", "practice-managers", "patient-advocates", "it-support-staff"];

    private static string Compare(params string[] slugs) => "/roles/compare?roles=" + string.Join(",", slugs);

    [Fact]
    public async Task MoreThanFour_ShowsTheFirstFour_AndNamesTheOnesLeftOut()
    {
        var (response, body) = await real.GetAsync(Compare(Ticked));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ticked[..4], Columns(body));
        Assert.Contains("Four roles at most", body);
        Assert.Contains("You chose 6 roles.", body);
        Assert.Contains("<a href=\"/roles/patient-advocates\">Patient advocates</a>: compare it in place of", body);
        Assert.Contains("<a href=\"/roles/it-support-staff\">IT support staff</a>: compare it in place of", body);
    }

    [Fact]
    public async Task MoreThanFour_OffersEachLeftOutRoleInPlaceOfEachShown_AndTheLeftOutTogether()
    {
        var (_, body) = await real.GetAsync(Compare(Ticked));

        Assert.Contains($"<a href=\"{Compare("medical-writers", "health-educators", "patient-advocates", "practice-managers")}\"><span class=\"visually-hidden\">Compare Patient advocates in place of </span>Medical secretaries</a>", body);
        Assert.Contains($"<a href=\"{Compare("it-support-staff", "health-educators", "medical-secretaries", "practice-managers")}\"><span class=\"visually-hidden\">Compare IT support staff in place of </span>Medical writers</a>", body);
        Assert.Contains($"<a href=\"{Compare("patient-advocates", "it-support-staff")}\">Compare the left-out roles instead</a>", body);
    }

    [Fact]
    public async Task MoreThanFour_NamesTheFourShownAsItsCanonicalAddress()
    {
        var (_, body) = await real.GetAsync(Compare(Ticked));

        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicUrl}{Compare(Ticked[..4])}\">", body);
    }

    // The roles list sends its ticks as repeated parameters, in the order of the page: the page lands on its
    // one address with the roles in that order, still saying what it left out.
    [Fact]
    public async Task MoreThanFour_TickedOnTheRolesList_KeepsTheOrderTicked_AndTheCorrection()
    {
        var ticked = new[] { "practice-managers", "medical-writers", "patient-advocates", "health-educators", "it-support-staff" };

        var (response, body) = await real.FollowAsync("/roles/compare?" + string.Join("&", ticked.Select(slug => "roles=" + slug)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Compare(ticked), response.RequestMessage?.RequestUri?.PathAndQuery);
        Assert.Equal(ticked[..4], Columns(body));
        Assert.Contains("<a href=\"/roles/it-support-staff\">IT support staff</a>: compare it in place of", body);
    }

    [Fact]
    public async Task FourOrFewer_SayNothingOfLeftOutRoles_AndAreTheirOwnCanonicalAddress()
    {
        var (_, body) = await real.GetAsync(Compare(Ticked[..4]));

        Assert.DoesNotContain("Four roles at most", body);
        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicUrl}{Compare(Ticked[..4])}\">", body);
    }

    private static string[] Columns(string body) => [.. Column().Matches(body).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<th scope=\"col\"><a href=\"/roles/([a-z0-9-]+)\">")]
    private static partial Regex Column();
}
