namespace NonClinicalGuide.Tests;

public class QuickFactsTests(TestSite site)
{
    [Theory]
    [InlineData("$41,230 a year", "Median, May 2024")]
    [InlineData("\u22123% (decline)", "Projected change in jobs, 2024–34")]
    [InlineData("123,400", "Employment, 2024")]
    [InlineData("High school diploma or equivalent", "Typical for entry")]
    public async Task RoleWithFigures_ShowsEachFigureWithPeriodAndSource(string figure, string period)
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");
        var box = QuickFactsBox(body);

        Assert.Contains(figure, box);
        Assert.Contains(period, box);
        Assert.Contains("Source: <a href=\"https://www.bls.gov/ooh/test-clerks.htm\">Test Handbook</a>", box);
    }

    [Fact]
    public async Task RoleWithoutFigures_SaysNotPublishedYet_AndLinksTheOccupationPage()
    {
        var (_, body) = await site.GetAsync("/roles/beta-analyst");
        var box = QuickFactsBox(body);

        Assert.Equal(4, CountOf(box, "Not published yet."));
        Assert.Contains("href=\"https://www.onetonline.org/link/summary/15-0002.01\"", box);
        Assert.DoesNotContain("$", box);
    }

    [Fact]
    public async Task QuickFacts_ShowFixedValuesCertificationsAndOccupationCode()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");
        var box = QuickFactsBox(body);

        Assert.Contains("Test Clerk Certificate", box);
        Assert.Contains("from Test Clerk Board", box);
        Assert.Contains("<dd>Daily</dd>", box);
        Assert.Contains("<dd>On-site</dd>", box);
        Assert.Contains("SOC 43-0001 Test Clerks", box);
    }

    [Fact]
    public async Task ParentOccupation_IsSaidToBeTheParent()
    {
        var (_, body) = await site.GetAsync("/roles/beta-analyst");

        Assert.Contains("Figures are for the parent occupation.", QuickFactsBox(body));
    }

    [Fact]
    public async Task FiguresOfAWiderOccupation_AreSaidToBeSo_BeforeTheFigures()
    {
        await using var real = new SiteFactory(TestPaths.RealContent);
        var (_, body) = await real.GetAsync("/roles/case-managers-non-clinical");
        var box = QuickFactsBox(body);

        var notice = box.IndexOf("Closest official match:", StringComparison.Ordinal);
        Assert.True(notice >= 0 && notice < box.IndexOf("Median pay", StringComparison.Ordinal), "the notice comes before the figures");
        Assert.Contains("Social and Human Service Assistants (SOC 21-1093)", box);
    }

    [Fact]
    public async Task CertificationNotes_AreShownWithTheCertification()
    {
        await using var real = new SiteFactory(TestPaths.RealContent);
        var (_, body) = await real.GetAsync("/roles/information-security-analysts");

        Assert.Contains("CISSP", QuickFactsBox(body));
        Assert.Matches(@"CISSP[^<]*<span class=""text-body-secondary"">from [^<]+</span>\s*<span class=""fact-source certification-note"">Requires", QuickFactsBox(body));
    }

    private static string QuickFactsBox(string body)
    {
        var start = body.IndexOf("aria-labelledby=\"quick-facts\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no quick-facts box");
        var end = body.IndexOf("</section>", start, StringComparison.Ordinal);
        return body[start..end];
    }

    private static int CountOf(string text, string value) => text.Split(value).Length - 1;
}
