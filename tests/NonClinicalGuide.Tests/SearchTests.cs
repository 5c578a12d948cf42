using System.Net;

namespace NonClinicalGuide.Tests;

public class SearchTests(TestSite site)
{
    [Fact]
    public async Task Search_FindsRolesAndFaqAnswers_EachLabelledWithItsKind_WithHighlightedSnippets()
    {
        var (response, body) = await site.GetAsync("/search?q=answer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p class=\"search-kind\">Question and answer</p>", body);
        Assert.Contains("href=\"/faq#first-question\"", body);
        Assert.Contains("<mark>answer</mark>", body);
    }

    [Fact]
    public async Task Search_MatchesTheStartOfTheLastWord_AsPeopleType()
    {
        var (_, body) = await site.GetAsync("/search?q=analy");

        Assert.Contains("href=\"/roles/beta-analyst\"", body);
        Assert.Contains("<p class=\"search-kind\">Role</p>", body);
    }

    [Fact]
    public async Task Search_RanksTitleMatchesFirst()
    {
        // "clerk" is in Alpha clerk's title and only in the text of the other roles that mention it.
        var (_, body) = await site.GetAsync("/search?q=clerk");
        var results = body[body.IndexOf("search-results\"", StringComparison.Ordinal)..];
        var roles = System.Text.RegularExpressions.Regex.Matches(results, "href=\"/roles/([a-z-]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(roles.Count >= 2, $"the test needs the word in more than one role: {string.Join(", ", roles)}");
        Assert.Equal("alpha-clerk", roles[0]);
    }

    [Fact]
    public async Task Search_WithNoResults_SaysSoAndSuggestsWaysOn()
    {
        var (response, body) = await site.GetAsync("/search?q=zzyzx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No results for “zzyzx”", body);
        Assert.Contains("href=\"/roles\"", body);
        Assert.Contains("href=\"/find-your-role\"", body);
    }

    [Fact]
    public async Task Search_WhenNoPageHasEveryWord_ShowsPagesWithSome()
    {
        var (_, body) = await site.GetAsync("/search?q=clerk+zzyzx");

        Assert.Contains("no page has every word", body);
        Assert.Contains("href=\"/roles/alpha-clerk\"", body);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("-clerk")]
    [InlineData("clerk -")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(clerk analyst, 2)")]
    [InlineData("AND")]
    [InlineData("clerk AND OR NOT")]
    [InlineData("*")]
    [InlineData("clerk*")]
    [InlineData("title:clerk")]
    [InlineData("col:x")]
    [InlineData("{title summary}: clerk")]
    [InlineData("^clerk")]
    [InlineData("clerk + analyst")]
    [InlineData("(((")]
    [InlineData("😀")]
    [InlineData("clerk 😀 analyst")]
    [InlineData("ｃｌｅｒｋ")]
    [InlineData("'; DROP TABLE Roles; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%00")]
    [InlineData("\u0002mark\u0003")]
    public async Task Search_AnyTextAPersonCanType_GetsAnAnswer_NeverAnError(string query)
    {
        var (response, body) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Search</h1>", body);
        Assert.DoesNotContain("<script>alert", body);
        Assert.DoesNotContain("fts5", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_AbsurdlyLongText_Is400_WithAFriendlyPage()
    {
        var (response, body) = await site.GetAsync("/search?q=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That search is too long", body);
    }

    [Fact]
    public async Task Search_WithoutAQuery_ShowsTheSearchBox()
    {
        var (response, body) = await site.GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"q\"", body);
    }
}
