using System.Net;

namespace NonClinicalGuide.Tests;

public class FromClinicalTests(TestSite site)
{
    [Fact]
    public async Task FromClinical_ListsEachBackgroundWithItsRolesWhyAndBridge()
    {
        var (response, body) = await site.GetAsync("/from-clinical");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test intro for clinical staff.", body);
        Assert.Contains("<h2 id=\"medical-assistant\">Medical assistants</h2>", body);
        Assert.Contains("href=\"/roles/alpha-clerk\">Alpha clerk</a>", body);
        Assert.Contains("Alpha why text.", body);
        Assert.Contains("Alpha bridge text.", body);
    }

    [Fact]
    public async Task FromClinical_LeavesOutBackgroundsNoRoleNames()
    {
        var (_, body) = await site.GetAsync("/from-clinical");

        Assert.DoesNotContain("id=\"nurse\"", body);
        Assert.DoesNotContain("id=\"paramedic\"", body);
    }

    [Fact]
    public async Task FromClinical_OverRealContent_ShowsEveryPathwayTheRoleFilesDeclare()
    {
        var (content, _) = ContentLoader.Load(TestPaths.RealContent);
        await using var real = new SiteFactory(TestPaths.RealContent);
        var (_, body) = await real.GetAsync("/from-clinical");
        var decoded = WebUtility.HtmlDecode(body);

        var pathways = content!.Roles.SelectMany(role => role.Meta.ClinicalPathways.Select(p => (role.Meta.Title, p.Why, p.Bridge))).ToList();
        Assert.NotEmpty(pathways);
        foreach (var (title, why, bridge) in pathways)
        {
            Assert.Contains(title, decoded);
            Assert.Contains(why, decoded);
            Assert.Contains(bridge, decoded);
        }
    }
}
