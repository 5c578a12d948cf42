namespace NonClinicalGuide.Tests;

public class PayGrowthTests(TestSite site)
{
    [Fact]
    public async Task Chart_DrawsRolesWithFigures_AsServerSideSvg()
    {
        var (_, body) = await site.GetAsync("/roles/pay-and-growth");

        Assert.Contains("<svg class=\"bar\"", body);
        Assert.Contains("$41,230", body);
        Assert.Contains("\u22123%", body);
    }

    [Fact]
    public async Task Chart_ListsRolesWithoutFigures_InsteadOfDrawingThemAsZero()
    {
        var (_, body) = await site.GetAsync("/roles/pay-and-growth");
        var notPublished = body[body.IndexOf("id=\"no-figures\"", StringComparison.Ordinal)..body.IndexOf("id=\"figures-table\"", StringComparison.Ordinal)];
        var chart = body[..body.IndexOf("id=\"no-figures\"", StringComparison.Ordinal)];

        Assert.Contains("href=\"/roles/beta-analyst\"", notPublished);
        Assert.DoesNotContain("Beta analyst", chart);
    }

    [Fact]
    public async Task Table_GivesEachFigureWithItsPeriodAndSource()
    {
        var (_, body) = await site.GetAsync("/roles/pay-and-growth");

        Assert.Contains("$41,230 (May 2024)", body);
        Assert.Contains("\u22123% (2024–34)", body);
        Assert.Contains("<a href=\"https://www.bls.gov/ooh/test-clerks.htm\">Test Handbook</a>", body);
    }
}
