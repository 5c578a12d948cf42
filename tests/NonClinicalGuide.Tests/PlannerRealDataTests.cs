using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// The planner over the real content and data: the lists a nurse and an aide see, and a skills match worked out
// here from O*NET's own files, apart from the app's importer.
public partial class PlannerRealDataTests(RealSiteFixture real)
{
    private static async Task<List<(string Slug, string Text)>> MovesAsync(RealSiteFixture real, string path)
    {
        var (response, body) = await real.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = body.Split("<li class=\"card mb-3 move\">").Skip(1);
        return cards.Select(card => (Move().Match(card).Groups[1].Value, WebUtility.HtmlDecode(card))).ToList();
    }

    [Fact]
    public async Task RegisteredNurses_SeeDocumentationIntegrityUtilizationReviewCaseManagementAndInformaticsNearTheTop_EachWithAPayDifference()
    {
        var moves = await MovesAsync(real, "/from/registered-nurses");
        var top = moves.Take(8).Select(m => m.Slug).ToList();

        Assert.Contains("clinical-documentation-integrity-specialists", top);
        Assert.Contains("utilization-review-specialists", top);
        Assert.Contains("case-managers-non-clinical", top);
        Assert.Contains(top, slug => slug.Contains("informatic", StringComparison.Ordinal));
        Assert.All(moves.Take(8), move => Assert.Matches(@"(less|more) than the typical registered nurse|the same as the typical registered nurse|BLS counts this work with registered nurses", move.Text));
    }

    [Fact]
    public async Task NursingAssistants_SeeRolesThatPayMoreFirst()
    {
        var oews = OfficialWorkbook.Oews(2025);
        var aide = decimal.Parse(oews.Cell("31-1131", "A_MEDIAN"), CultureInfo.InvariantCulture);
        var moves = await MovesAsync(real, "/from/nursing-assistants");

        foreach (var (slug, text) in moves.Take(5))
        {
            var more = PayMore().Match(text);
            Assert.True(more.Success, $"{slug} should pay more than the typical nursing assistant");
            var median = decimal.Parse(Median().Match(text).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            Assert.Equal(Figures.Dollars((median - aide).ToString(CultureInfo.InvariantCulture)), more.Groups[1].Value);
        }
    }

    [Fact]
    public async Task SkillsMatch_OfANurseAndHealthInformatics_IsTheOneWorkedOutFromOnetsFiles()
    {
        var expected = Match(Ratings("29-1141.00"), Ratings("15-1211.01"));
        var moves = await MovesAsync(real, "/from/registered-nurses");
        var text = moves.Single(m => m.Slug == "health-informatics-specialists").Text;

        Assert.Contains($"You already have about <strong>{Math.Round(expected * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)}%</strong> of the level it needs.", text);
    }

    [Theory]
    [InlineData("pay")]
    [InlineData("skills")]
    public async Task Orders_SortByWhatTheySay(string order)
    {
        var moves = await MovesAsync(real, $"/from/registered-nurses?sort={order}");
        var keys = moves.Select(m => order == "pay" ? MedianOf(m.Text) : ShareOf(m.Text)).ToList();

        Assert.Equal(keys.OrderByDescending(k => k), keys);
    }

    [Fact]
    public async Task EveryClinicalJob_HasAPlanner_ListingEveryRole()
    {
        var (content, _) = ContentLoader.Load(TestPaths.RealContent);

        Assert.True(content!.Roles.Count >= 25);
        foreach (var job in content.ClinicalJobs)
        {
            Assert.Equal(content.Roles.Count, (await MovesAsync(real, $"/from/{job.Source.Slug}")).Count);
        }
    }

    private static decimal MedianOf(string text) =>
        Median().Match(text) is { Success: true } m ? decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : -1;

    private static decimal ShareOf(string text) =>
        Share().Match(text) is { Success: true } m ? decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    // importance-weighted share of the level the role needs, over the elements important to the role (>= 3).
    private static double Match(Dictionary<string, (double Importance, double Level)> from, Dictionary<string, (double Importance, double Level)> to)
    {
        double weighted = 0, total = 0;
        foreach (var (element, needed) in to.Where(e => e.Value.Importance >= 3 && e.Value.Level > 0))
        {
            weighted += needed.Importance * Math.Min(from.GetValueOrDefault(element).Level, needed.Level) / needed.Level;
            total += needed.Importance;
        }

        return weighted / total;
    }

    private static Dictionary<string, (double Importance, double Level)> Ratings(string code)
    {
        var ratings = new Dictionary<string, (double Importance, double Level)>();
        foreach (var file in new[] { "Skills.txt", "Knowledge.txt" })
        {
            foreach (var columns in File.ReadLines(Path.Combine(TestPaths.RealData, "onet", "29.3", file)).Skip(1).Select(line => line.Split('\t')).Where(c => c[0] == code))
            {
                var value = double.Parse(columns[6], CultureInfo.InvariantCulture);
                var current = ratings.GetValueOrDefault(columns[2]);
                ratings[columns[2]] = columns[4] == "IM" ? current with { Importance = value } : columns[4] == "LV" ? current with { Level = value } : current;
            }
        }

        return ratings;
    }

    [GeneratedRegex("<h2 class=\"fs-5 card-title mb-1\"><a href=\"/roles/([a-z-]+)\"")]
    private static partial Regex Move();

    [GeneratedRegex(@"Median <strong>\$([\d,]+)</strong> a year")]
    private static partial Regex Median();

    [GeneratedRegex(@"(\$[\d,]+) more than the typical nursing assistant")]
    private static partial Regex PayMore();

    [GeneratedRegex(@"about <strong>(\d+)%</strong> of the level")]
    private static partial Regex Share();
}
