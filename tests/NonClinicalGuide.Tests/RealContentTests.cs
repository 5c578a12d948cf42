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
    public void RealGuide_AddsUpTheHealthcareGroupsOfTheProjections()
    {
        var (loaded, _) = ContentLoader.Load(TestPaths.RealContent);

        Assert.Equal(["29-0000", "31-0000"], loaded!.Guide.Meta.HeadlineFigure.Occupations);
    }

    // Every figure comes from data/: no pay, percentage or head count typed into a page's text or front matter.
    [Fact]
    public void RealContent_HasNoTypedFigures()
    {
        var typed = new System.Text.RegularExpressions.Regex(@"\$\s?\d|\d\s?%|\b\d{1,3}(,\d{3})+\b|\b\d+(\.\d+)? (million|thousand)\b");
        // Certification rules (route_in.rules) may quote a fee or an hour count: each carries its source and date.
        var (content, _) = ContentLoader.Load(TestPaths.RealContent);
        var sourced = content!.Roles.SelectMany(role => role.Meta.RouteIn.Rules).Select(rule => Words(rule.Says)).ToList();
        var found = Directory.EnumerateFiles(TestPaths.RealContent, "*.md", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != "README.md")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => typed.IsMatch(x.line))
            .Where(x => !sourced.Any(says => says.Contains(Words(x.line.Trim().TrimStart('-', ' ').Replace("says: ", "", StringComparison.Ordinal).Replace(">-", "", StringComparison.Ordinal)), StringComparison.Ordinal)))
            // The guide quotes the original article's claim in order to say it was not what BLS published.
            .Where(x => !x.line.Contains("the one this site grew from", StringComparison.Ordinal))
            // Zooming to 200% is an accessibility fact, not a figure.
            .Where(x => !x.line.Contains("zoomed to 200%", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(TestPaths.RealContent, x.file)}:{x.number}: {x.line.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
