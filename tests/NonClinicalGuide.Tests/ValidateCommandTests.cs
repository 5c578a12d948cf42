using System.Diagnostics;
using NonClinicalGuide.Web.Content;

namespace NonClinicalGuide.Tests;

public class ValidateCommandTests
{
    private static string Mistakes => Path.Combine(AppContext.BaseDirectory, "TestContentWithMistakes");

    [Fact]
    public void Audit_OfTheFixtureWithMistakes_ReportsEachOneAtItsFileAndLine()
    {
        var findings = ContentAudit.Run(Mistakes, new DateOnly(2026, 11, 27)).Select(f => f.ToString()).ToList();

        Assert.Equal(
        [
            "TestContentWithMistakes/guide.md:24: broken link: no page at /roles/delta-nobody",
            "TestContentWithMistakes/guide.md:25: broken link: /faq has no section #no-such-answer",
            "TestContentWithMistakes/roles/alpha-clerk.md:21: facts.median_pay needs facts.pay_period: a figure is never shown without its period",
            "TestContentWithMistakes/roles/beta-analyst.md:19: warning: last reviewed 2024-01-15, more than 18 months ago: check the facts against role-facts and update the date",
            "TestContentWithMistakes/roles/gamma-hostile.md:4: unknown field 'sumary' (a typo? see content/README.md for the fields)",
        ], findings);
    }

    [Fact]
    public void Audit_OfTheTestContent_FindsNothing()
    {
        Assert.Empty(ContentAudit.Run(TestPaths.TestContent, new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void Audit_OfTheRealContent_FindsNoErrors()
    {
        var errors = ContentAudit.Run(TestPaths.RealContent, DateOnly.FromDateTime(DateTime.UtcNow)).Where(f => f.Severity == Severity.Error).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task ValidateCommand_RunsWithoutTheServer_AndExitsNonZeroOnErrors()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "NonClinicalGuide.Web.dll");
        var (exitCode, output) = await RunAsync(app, "validate", Mistakes);

        Assert.Equal(1, exitCode);
        Assert.Contains("TestContentWithMistakes/roles/gamma-hostile.md:4: unknown field 'sumary'", output);
        Assert.Contains(": 4 error(s), 1 warning(s)", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task ValidateCommand_OnGoodContent_ExitsZero()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "NonClinicalGuide.Web.dll");
        var (exitCode, output) = await RunAsync(app, "validate", TestPaths.TestContent);

        Assert.Equal(0, exitCode);
        Assert.Contains(": 0 error(s), 0 warning(s)", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string app, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
