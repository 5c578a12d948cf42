using System.Net;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// The planner over the test content: which moves it lists, how, and what it refuses.
public class PlannerPageTests(TestSite site)
{
    [Fact]
    public async Task Hub_ListsEveryClinicalJob_LinkingToItsPlanner()
    {
        var (response, body) = await site.GetAsync("/from-clinical");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test intro for clinical staff.", body);
        Assert.Contains("href=\"/from/test-nurses\"", body);
        Assert.Contains("href=\"/from/test-assistants\"", body);
    }

    [Fact]
    public async Task EverySectionOfTheHubThatSearchLinksTo_IsAnAnchorOnTheHub()
    {
        var (_, hub) = await site.GetAsync("/from-clinical");
        var linked = new List<string>();
        foreach (var query in new[] { "nurse", "nurses", "medical assistant", "clinical" })
        {
            var (_, results) = await site.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
            linked.AddRange(Regex.Matches(results, "href=\"/from-clinical#([a-z-]+)\"").Select(m => m.Groups[1].Value));
        }

        Assert.NotEmpty(linked);
        Assert.All(linked.Distinct(), anchor => Assert.Contains($"id=\"{anchor}\"", hub));
    }

    [Fact]
    public async Task JobPage_PutsTheRoleWhoseProfileDescribesTheRouteFirst_WithItsReasons()
    {
        var (response, body) = await site.GetAsync("/from/test-nurses");
        var text = WebUtility.HtmlDecode(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("I'm a test nurse: where can I go?", text);
        var beta = text.IndexOf("href=\"/roles/beta-analyst\"", StringComparison.Ordinal);
        Assert.True(beta > 0 && beta < text.IndexOf("href=\"/roles/alpha-clerk\"", StringComparison.Ordinal));
        Assert.Contains(">Strong fit</span>", text);
        Assert.Contains("Valued: employers prefer it", text);
        Assert.Contains("Test nurses know the test records.", text);
        Assert.Contains("A test analytics course.", text);
        Assert.Contains("6 to 18 months.", text);
        Assert.Contains("href=\"https://example.org/beta-analyst\"", text);
        Assert.Contains("than the typical test nurse", text);
    }

    [Fact]
    public async Task JobPage_IsOneOfManyOrders_EachAGetAddress()
    {
        var (_, fit) = await site.GetAsync("/from/test-assistants");
        var (_, time) = await site.GetAsync("/from/test-assistants?sort=time");

        Assert.Contains("href=\"/from/test-assistants?sort=time\"", fit);
        Assert.Contains("aria-current=\"page\">Quickest to get in", time);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/from/test-assistants?sort=time\"", time);
        // By the fewest months of the route in: alpha (0), gamma (1), beta (6).
        var order = Regex.Matches(time, "<h2 class=\"fs-5 card-title mb-1\"><a href=\"/roles/([a-z-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["alpha-clerk", "gamma-hostile", "beta-analyst"], order);
    }

    [Theory]
    [InlineData("/from/test-nurses?sort=salary", HttpStatusCode.BadRequest)]
    [InlineData("/from/test-nurses?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/from/test-nurses?page=2", HttpStatusCode.NotFound)]
    [InlineData("/from/surgeons", HttpStatusCode.NotFound)]
    [InlineData("/from/surgeons/print", HttpStatusCode.NotFound)]
    public async Task OddAddresses_GetAClearAnswer(string path, HttpStatusCode expected)
    {
        var (response, _) = await site.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Handout_IsATableOfTheBestMoves_WithTheAddressOfTheFullList()
    {
        var (response, body) = await site.GetAsync("/from/test-nurses/print?sort=pay");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<table class=\"table table-sm handout-table\">", body);
        Assert.Equal(3, Regex.Count(body, "<th scope=\"row\">"));
        Assert.Contains("http://localhost/from/test-nurses?sort=pay", body);
        Assert.Contains("<svg", body);
    }

    [Fact]
    public async Task RolePage_ShowsTheRouteIn_WithItsSources_AndLinksToThePlannerOfEachBackground()
    {
        var (_, body) = await site.GetAsync("/roles/beta-analyst");

        Assert.Contains("<h2 id=\"route-in\">The route in</h2>", body);
        Assert.Contains("<strong>6 to 18 months</strong>", body);
        Assert.Contains("href=\"https://example.org/beta-analyst\"", body);
        Assert.Contains("href=\"/from/test-nurses\"", body);
        Assert.DoesNotContain("href=\"/from/test-assistants\"", body);
    }
}
