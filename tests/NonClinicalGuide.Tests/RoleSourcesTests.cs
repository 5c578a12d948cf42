using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// A role page lists its sources once, at its foot: every file its figures come from, and no second note on our
// figures from the site footer straight after it.
public partial class RoleSourcesTests(RealSiteFixture real)
{
    [Fact]
    public async Task RolePage_HasOneSourcesSection_ListingEveryOccupationsFiles()
    {
        var (_, body) = await real.GetAsync("/roles/medical-billers-and-coders");

        Assert.Single(SourcesHeading().Matches(body));
        Assert.DoesNotContain(">Our figures</h2>", body);
        var sources = body[body.IndexOf("<h2 id=\"sources\">", StringComparison.Ordinal)..];
        foreach (var expected in new[]
        {
            "https://www.bls.gov/oes/2025/may/oes292072.htm", "https://www.bls.gov/oes/2025/may/oes433021.htm",
            "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
            "https://www.onetonline.org/link/summary/29-2072.00", "https://www.onetonline.org/link/summary/43-3021.00",
            "href=\"/sources\"", "href=\"/glossary\"",
        })
        {
            Assert.Contains(expected, sources);
        }
    }

    [Fact]
    public async Task PagesWithoutSourcesOfTheirOwn_KeepTheFootersNoteOnOurFigures()
    {
        var (_, body) = await real.GetAsync("/faq");

        Assert.Contains(">Our figures</h2>", body);
    }

    [GeneratedRegex(">Sources</h2>")]
    private static partial Regex SourcesHeading();
}
