namespace NonClinicalGuide.Tests;

public class PayGrowthTests(TestSite site)
{
    [Fact]
    public async Task Chart_DrawsEachRolesRange_FromTheWorkbook_AsServerSideSvg()
    {
        var oews = OfficialWorkbook.Oews(2025);
        var (_, body) = await site.GetAsync("/roles/pay-and-growth");

        Assert.Contains("<svg class=\"range-row\"", body);
        Assert.Contains($"{Figures.Dollars(oews.Cell("43-4171", "A_MEDIAN"))} median, {Figures.Dollars(oews.Cell("43-4171", "A_PCT10"))}–{Figures.Dollars(oews.Cell("43-4171", "A_PCT90"))}", body);
    }

    [Fact]
    public async Task Chart_HasReferenceLinesForTheClinicalJobsPeopleLeave()
    {
        var oews = OfficialWorkbook.Oews(2025);
        var (_, body) = await site.GetAsync("/roles/pay-and-growth");

        Assert.Contains($"TN: typical test nurses, {Figures.Dollars(oews.Cell("29-1141", "A_MEDIAN"))}", body);
        Assert.Contains("class=\"reference-line\"", body);
    }

    [Fact]
    public async Task Table_GivesEachFigureWithItsRelease()
    {
        var oews = OfficialWorkbook.Oews(2025);
        var (_, body) = await site.GetAsync("/roles/pay-and-growth");
        var table = body[body.IndexOf("id=\"figures-table\"", StringComparison.Ordinal)..];

        Assert.Contains($"<td>{Figures.Dollars(oews.Cell("15-1212", "A_MEDIAN"))}</td>", table);
        Assert.Contains("BLS Occupational Employment and Wage Statistics, May 2025", table);
        Assert.Contains("BLS Employment Projections 2024–34, Table 1.2", table);
        Assert.Contains("Test nurses <span class=\"fw-normal\">(clinical, for comparison)</span>", table);
    }
}
