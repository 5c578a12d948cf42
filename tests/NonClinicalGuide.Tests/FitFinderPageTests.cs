using System.Net;

namespace NonClinicalGuide.Tests;

public class FitFinderPageTests(TestSite site)
{
    [Fact]
    public async Task WithoutAnswers_ShowsTheQuestionsAndHowWeScore()
    {
        var (response, body) = await site.GetAsync("/find-your-role");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1. How much do you want to work with patients?", body);
        Assert.Contains("6. Are you coming from a clinical job?", body);
        Assert.Contains("How we score", body);
        Assert.DoesNotContain("Roles that fit your answers", body);
    }

    [Fact]
    public async Task Answers_RankRolesAndSayWhyEachFits()
    {
        var (_, body) = await site.GetAsync("/find-your-role?contact=daily&remote=on-site&education=high-school&study=none&interest=people&from=medical-assistant");

        Assert.Contains("Roles that fit your answers", body);
        Assert.Contains("href=\"/roles/alpha-clerk\"", body);
        Assert.Contains("A natural move for medical assistants: Alpha why text.", body);
        Assert.Contains("Patient contact is daily, as you wanted.", body);
        Assert.Contains("1 role fits well", body);
        Assert.DoesNotContain("href=\"/roles/beta-analyst\"", body);
    }

    [Fact]
    public async Task AnswersNothingFits_SaysSoHonestly()
    {
        var (_, body) = await site.FollowAsync("/find-your-role?remote=must&education=high-school&study=none");

        Assert.Contains("No role fits all of your answers.", body);
    }

    [Fact]
    public async Task Answers_AreKeptInTheForm_SoTheLinkCanBeShared()
    {
        var (_, body) = await site.GetAsync("/find-your-role?contact=some&remote=like&education=bachelor&study=short&interest=data&from=none");

        Assert.Contains("id=\"contact-some\" value=\"some\" checked=\"checked\"", body);
        Assert.Contains("id=\"interest-data\" value=\"data\" checked=\"checked\"", body);
        Assert.Contains("<option value=\"bachelor\" selected=\"selected\">", body);
    }

    [Theory]
    [InlineData("?education=phd")]
    [InlineData("?education=bachelor&remote=sometimes")]
    [InlineData("?education=bachelor&interest=money")]
    [InlineData("?education=bachelor&from=surgeon")]
    public async Task UnknownAnswers_Are400WithAnExplanation(string query)
    {
        var (response, body) = await site.FollowAsync("/find-your-role" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("We could not read those answers", body);
    }
}
