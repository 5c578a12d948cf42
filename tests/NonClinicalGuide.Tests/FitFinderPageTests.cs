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
        Assert.Contains("How we judge a fit", body);
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
        Assert.Contains("1 strong fit and 0 possible fits", body);
        Assert.DoesNotContain("points", body);
    }

    // "16 roles fit well" used to show 8: every role is listed, in the order of its label, with its pay.
    [Fact]
    public async Task Answers_ListEveryRole_StrongFirst_EachWithItsLabelAndPay()
    {
        var (_, body) = await site.GetAsync("/find-your-role?contact=daily&remote=on-site&education=associate&study=none&interest=people&from=none");
        var decoded = System.Net.WebUtility.HtmlDecode(body);

        var alpha = decoded.IndexOf("href=\"/roles/alpha-clerk\"", StringComparison.Ordinal);
        var gamma = decoded.IndexOf("href=\"/roles/gamma-hostile\"", StringComparison.Ordinal);
        var beta = decoded.IndexOf("href=\"/roles/beta-analyst\"", StringComparison.Ordinal);
        Assert.True(alpha >= 0 && alpha < gamma && gamma < beta, "alpha (strong), then gamma (possible), then beta (unlikely)");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(decoded, "median a year"));
        Assert.Contains(">Strong fit</span>", decoded);
        Assert.Contains(">Possible fit</span>", decoded);
        Assert.Contains(">Unlikely fit</span>", decoded);
    }

    // "No preference" everywhere used to say nothing fitted well.
    [Fact]
    public async Task NoPreferenceAnywhere_CallsEveryRoleWithinReachAStrongFit()
    {
        var (_, body) = await site.GetAsync("/find-your-role?contact=any&remote=any&education=master&study=none&from=none");

        Assert.Contains("3 strong fits and 0 possible fits", body);
        Assert.DoesNotContain("Nothing fits", body);
    }

    [Fact]
    public async Task Clinicians_ArePointedToThePlannerForTheirJob()
    {
        var (_, body) = await site.FollowAsync("/find-your-role?education=bachelor&from=nurse");

        Assert.Contains("href=\"/from/test-nurses\"", body);
        Assert.DoesNotContain("href=\"/from/test-assistants\"", body);
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
