using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// Official terms in plain words: the glossary page explains every term the role pages show, and a role page says
// each term plainly first, with the official term beside it linked to its explanation.
public partial class GlossaryTests(RealSiteFixture real, TestSite site)
{
    [Fact]
    public async Task GlossaryPage_Answers200_WithTheEditorsTextBreadcrumbsAndCanonicalLink()
    {
        var (response, body) = await site.GetAsync("/glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test glossary text.", body);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/glossary\">", body);
        Assert.Contains("aria-current=\"page\">Test glossary</li>", body);
    }

    // The terms as the official files spell them, read with the tests' own readers, for every role's occupations.
    public static TheoryData<string, string> EveryOfficialTermOfTheCatalogue()
    {
        var projections = OfficialWorkbook.Projections();
        var zones = TabFile("Job Zones.txt").ToDictionary(row => row["O*NET-SOC Code"], row => row["Job Zone"]);
        var zoneNames = TabFile("Job Zone Reference.txt").ToDictionary(row => row["Job Zone"], row => row["Name"]);
        var terms = new SortedSet<(string Group, string Official)>();
        foreach (var (soc, onet) in RoleOccupations())
        {
            terms.Add(("education", projections.Cell(soc, "Typical education needed for entry", "2024 National Employment Matrix code", headingRow: 2)));
            terms.Add(("experience", projections.Cell(soc, "Work experience in a related occupation", "2024 National Employment Matrix code", headingRow: 2)));
            terms.Add(("training", projections.Cell(soc, "Typical on-the-job training", "2024 National Employment Matrix code", headingRow: 2)));
            if (zones.TryGetValue(onet, out var zone))
            {
                terms.Add(("preparation", zoneNames[zone]));
            }
        }

        var data = new TheoryData<string, string>();
        foreach (var (group, official) in terms)
        {
            data.Add(group, official);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryOfficialTermOfTheCatalogue))]
    public async Task GlossaryPage_ExplainsEveryOfficialTermTheRolePagesShow(string group, string official)
    {
        var (_, html) = await real.GetAsync("/glossary");
        var body = WebUtility.HtmlDecode(html);
        var term = Glossary.Groups.Single(g => g.Anchor == group).Find(official);

        Assert.True(term is not null, $"the glossary has no entry for {group} “{official}”");
        Assert.Contains($"<dt id=\"{term.Anchor}\">{official}</dt>", body);
        Assert.Contains($"In plain words: <strong>{term.Plain}.</strong>", body);
    }

    [Fact]
    public async Task RolePage_SaysItsEducationLevelPlainlyFirst_ThenTheBlsTermLinkedToTheGlossary()
    {
        var (_, body) = await real.GetAsync("/roles/medical-billers-and-coders");
        var box = QuickFactsTests.QuickFactsBox(body);
        var plain = box.IndexOf("A certificate or diploma from a course after high school, short of a degree", StringComparison.Ordinal);
        var official = box.IndexOf("<a href=\"/glossary#education-postsecondary-nondegree-award\">Postsecondary nondegree award</a>", StringComparison.Ordinal);

        Assert.True(plain >= 0, "the plain wording is missing");
        Assert.True(official > plain, "the BLS term, linked to the glossary, follows the plain wording");
        Assert.Contains("<a href=\"/glossary#training-moderate-term\">Moderate-term on-the-job training</a>", box);
        var (_, glossary) = await real.GetAsync("/glossary");
        Assert.Contains("id=\"education-postsecondary-nondegree-award\"", glossary);
        Assert.Contains("id=\"training-moderate-term\"", glossary);
    }

    [Fact]
    public void EveryEducationLevelOfTheEditors_IsABlsTermWithPlainWordsAndAMenuName()
    {
        foreach (var level in Enum.GetValues<EducationLevel>())
        {
            var term = Glossary.Of(level);
            Assert.Same(term, Glossary.Education.Find(term.Official));
            Assert.False(string.IsNullOrWhiteSpace(term.MenuName), $"{level} has no name for menus");
        }
    }

    [Fact]
    public void GlossaryAnchors_AreUnique_SoEveryLinkLandsOnOneEntry()
    {
        var anchors = Glossary.Groups.Select(g => g.Anchor).Concat(Glossary.Groups.SelectMany(g => g.Terms).Select(t => t.Anchor)).ToList();

        Assert.Equal(anchors.Count, anchors.Distinct(StringComparer.Ordinal).Count());
    }

    private static IEnumerable<(string Soc, string Onet)> RoleOccupations() =>
        Directory.GetFiles(Path.Combine(TestPaths.RealContent, "roles"), "*.md")
            .SelectMany(file => Occupation().Matches(File.ReadAllText(file)).Select(m => (m.Groups["soc"].Value, m.Groups["onet"].Value)));

    private static IEnumerable<Dictionary<string, string>> TabFile(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RealData, "onet", "29.3", name));
        var headings = lines[0].Split('\t');
        return lines.Skip(1).Select(line => headings.Zip(line.Split('\t')).ToDictionary(pair => pair.First, pair => pair.Second));
    }

    [GeneratedRegex(@"- soc: (?<soc>\S+)\s+onet: (?<onet>\S+)")]
    private static partial Regex Occupation();
}
