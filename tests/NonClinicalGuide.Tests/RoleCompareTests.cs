using System.Net;

namespace NonClinicalGuide.Tests;

public class RoleCompareTests(TestSite site)
{
    [Fact]
    public async Task Compare_ThreeRoles_ShowsThemSideBySideInTheOrderGiven()
    {
        var (response, body) = await site.GetAsync("/roles/compare?roles=gamma-hostile,alpha-clerk,beta-analyst");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gamma = body.IndexOf("<th scope=\"col\"><a href=\"/roles/gamma-hostile\">", StringComparison.Ordinal);
        var alpha = body.IndexOf("<th scope=\"col\"><a href=\"/roles/alpha-clerk\">", StringComparison.Ordinal);
        var beta = body.IndexOf("<th scope=\"col\"><a href=\"/roles/beta-analyst\">", StringComparison.Ordinal);
        Assert.True(gamma > 0 && gamma < alpha && alpha < beta, "columns follow the address");
        Assert.Contains($"{Figures.Dollars(OfficialWorkbook.Oews(2025).Cell("43-4171", "A_MEDIAN"))} median", body);
        Assert.Contains($"{Figures.Dollars(OfficialWorkbook.Oews(2025).Cell("15-1211", "A_MEDIAN"))} median", body);
        Assert.Contains("Medical assistants:</strong> Alpha bridge text.", body);
    }

    [Fact]
    public async Task Compare_AcceptsRepeatedParameters_AsAFormSendsThem_AndLandsOnTheSharedAddress()
    {
        var (response, body) = await site.FollowAsync("/roles/compare?roles=alpha-clerk&roles=beta-analyst");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/roles/compare?roles=alpha-clerk,beta-analyst", response.RequestMessage?.RequestUri?.PathAndQuery);
        Assert.Contains("Compare: Alpha clerk, Beta analyst", body);
    }

    [Fact]
    public async Task Compare_WithFewerThanTwoRoles_OffersAChooser()
    {
        var (response, body) = await site.GetAsync("/roles/compare?roles=alpha-clerk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose at least two roles to compare.", body);
        Assert.Contains("<select id=\"compare-role-1\" name=\"roles\"", body);
    }

    [Fact]
    public async Task Compare_WithMoreThanFour_Is400()
    {
        var (response, _) = await site.GetAsync("/roles/compare?roles=a,b,c,d,e");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Compare_WithAnUnknownRole_Is404()
    {
        var (response, _) = await site.GetAsync("/roles/compare?roles=alpha-clerk,nobody");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Compare_WithARenamedRole_RedirectsToTheCurrentNames()
    {
        var (response, _) = await site.GetAsync("/roles/compare?roles=old-alpha-clerk,beta-analyst");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/roles/compare?roles=alpha-clerk,beta-analyst", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RolePage_OffersCompareWithItsRelatedRoles()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Contains("Compare with…", body);
        Assert.Contains("<input type=\"hidden\" name=\"roles\" value=\"alpha-clerk\">", body);
        Assert.Contains("<option value=\"beta-analyst\">Beta analyst</option>", body);
    }
}
