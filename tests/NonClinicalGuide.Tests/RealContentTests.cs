using NonClinicalGuide.Web.Content;

namespace NonClinicalGuide.Tests;

// Builds the site's real content/, so a mistake an editor commits fails CI with its file and line.
public class RealContentTests
{
    [Fact]
    public void RealContent_LoadsWithoutErrors()
    {
        var (loaded, errors) = ContentLoader.Load(TestPaths.RealContent);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotNull(loaded);
    }

    [Fact]
    public void RealContent_HasTheGuidesRolesCategoriesQuestionsAndFeatures()
    {
        var (loaded, _) = ContentLoader.Load(TestPaths.RealContent);

        Assert.True(loaded!.Roles.Count >= 20, $"only {loaded.Roles.Count} roles");
        Assert.Equal(["administrative-and-operational", "health-information-and-technology", "patient-support-and-advocacy"],
            loaded.Categories.Select(c => c.Source.Slug).Order());
        Assert.Equal(7, loaded.Faq.Entries.Count);
        Assert.Equal(["Primary function", "Patient interaction", "Required credentials", "Work-life balance", "Skill focus", "Work environment"],
            loaded.Comparison.Meta.Rows.Select(r => r.Feature));
        Assert.Equal(6, loaded.Guide.Meta.KeyPoints.Count);
        foreach (var slug in new[]
        {
            "healthcare-administrators-and-executives", "medical-receptionists-and-schedulers", "human-resources-managers",
            "facilities-and-equipment-managers", "medical-billers-and-coders", "medical-records-and-health-information-technicians",
            "health-informatics-specialists", "information-security-analysts", "patient-advocates", "case-managers-non-clinical",
            "health-educators", "medical-writers", "it-support-staff", "administrative-assistants",
        })
        {
            Assert.Contains(loaded.Roles, role => role.Source.Slug == slug);
        }
    }

    [Fact]
    public void RealGuide_UsesTheSourcedGrowthFigure_NotTheArticlesWrongOne()
    {
        var (loaded, _) = ContentLoader.Load(TestPaths.RealContent);
        var figure = loaded!.Guide.Meta.HeadlineFigure;

        Assert.Equal("13%", figure.Value);
        Assert.Equal("2021–31", figure.Period);
        Assert.Contains("BLS", figure.Source);
    }
}
