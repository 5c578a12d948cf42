using AngleSharp.Html.Parser;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Tests;

// What search makes of the words people type, on the test content: a slip corrected, an intent turned into the
// /roles filter, a clinical job's everyday titles finding its planner, a way out of a clinical job.
public class SearchUnderstandingTests(TestSite site)
{
    [Fact]
    public async Task AWordThatFindsNothing_IsCorrected_AndThePageSaysSoWithAWayBack()
    {
        var (body, results) = await SearchAsync("analist");

        Assert.Contains("Showing results for", body);
        Assert.Contains($"href=\"{SitePaths.SearchFor("analyst")}\"", body);
        Assert.Contains("href=\"/search?q=analist&amp;exact=1\"", body);
        Assert.Equal(SitePaths.Role("beta-analyst"), results[0]);
    }

    [Fact]
    public async Task AMisspeltIntentWord_IsReadAsTheIntent()
    {
        var (body, results) = await SearchAsync("salery");

        Assert.Contains("Showing results for", body);
        Assert.Equal(SitePaths.PayAndGrowth, results[0]);
    }

    [Fact]
    public async Task Remote_FiltersRolesAsTheRolesPageDoes_AndLinksToThatFilter()
    {
        var (body, results) = await SearchAsync("remote analyst");
        var filterUrl = new RoleFilter(null, null, RemoteWork.OftenRemote, null, 1).ToUrl();

        Assert.Contains("Showing roles that are often remote first", body);
        Assert.Contains($"href=\"{filterUrl.Replace("&", "&amp;", StringComparison.Ordinal)}\"", body);
        Assert.Equal(SitePaths.Role("beta-analyst"), results[0]);
        Assert.DoesNotContain(SitePaths.Role("alpha-clerk"), results);
    }

    [Theory]
    [InlineData("jobs with no patient contact")]
    [InlineData("what jobs are not patient facing")]
    public async Task IntentsWithOnlyQuestionWordsLeft_ListTheRolesTheFilterAllows_AndNothingElse(string query)
    {
        var (body, results) = await SearchAsync(query);

        Assert.Contains("Showing roles with no patient contact:", body);
        Assert.Equal([SitePaths.Role("beta-analyst")], results);
    }

    [Fact]
    public async Task AClinicalJobTitleFromOnet_FindsThePlannerOfThatJob()
    {
        // "Charge Nurse" is one of O*NET's alternate titles of registered nurses (29-1141.00), the occupation of
        // the test nurses; the test content never says it.
        var (_, results) = await SearchAsync("charge nurse");

        Assert.Equal(SitePaths.FromJob("test-nurses"), results[0]);
    }

    [Fact]
    public async Task LeavingAClinicalJob_PutsThePagesForThatJobFirst_AndSaysSo()
    {
        var (body, results) = await SearchAsync("leaving charge nurse");

        Assert.Contains("Pages for moving on from a clinical job come first", body);
        Assert.Contains($"href=\"{SitePaths.FromClinical}\"", body);
        Assert.Equal(SitePaths.FromJob("test-nurses"), results[0]);
    }

    [Fact]
    public async Task ACareerChange_WithoutAJobNamed_LeadsWithTheFromClinicalPage()
    {
        var (_, results) = await SearchAsync("career change");

        Assert.Equal(SitePaths.FromClinical, results[0]);
    }

    [Theory]
    [InlineData("registered nurse", "a registered nurse")]
    [InlineData("emergency medical technician", "an emergency medical technician")]
    public void APlannerNamesTheJobWithTheRightArticle(string one, string expected) =>
        Assert.Equal(expected, PlannerWords.WithArticle(one));

    private async Task<(string Body, List<string> Results)> SearchAsync(string query)
    {
        var (_, body) = await site.GetAsync(SitePaths.SearchFor(query));
        var results = new HtmlParser().ParseDocument(body).QuerySelectorAll(".search-results > li h2 a[href]")
            .Select(link => link.GetAttribute("href")!)
            .ToList();
        return (body, results);
    }
}

// The same on the real content, where O*NET gives clinical jobs titles that name non-clinical work ("Nurse
// Receptionist", "RN Case Manager" are titles of registered nurses).
public class RealSearchUnderstandingTests(RealSiteFixture site)
{
    [Theory]
    [InlineData("receptionist")]
    [InlineData("case manager")]
    [InlineData("I'm a receptionist")]
    public async Task AWordOfAClinicalJobsTitle_DoesNotPutThatJobsPlannerAmongTheFirstResults(string query)
    {
        var (_, body) = await site.GetAsync(SitePaths.SearchFor(query));
        var first = new HtmlParser().ParseDocument(body).QuerySelectorAll(".search-results > li h2 a[href]")
            .Select(link => link.GetAttribute("href")!).Take(3).ToList();

        Assert.Equal(3, first.Count);
        Assert.DoesNotContain(first, url => url.StartsWith(SitePaths.FromJob(""), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nurse receptionist", "registered-nurses")]
    [InlineData("CNA", "nursing-assistants")]
    public async Task AClinicalJobsWholeTitle_OrItsShortName_FindsItsPlannerFirst(string query, string job)
    {
        var (_, body) = await site.GetAsync(SitePaths.SearchFor(query));
        var first = new HtmlParser().ParseDocument(body).QuerySelector(".search-results > li h2 a[href]")?.GetAttribute("href");

        Assert.Equal(SitePaths.FromJob(job), first);
    }
}
