using System.Diagnostics;

namespace NonClinicalGuide.Tests;

public class ValidateCommandTests
{
    private static string Mistakes => Path.Combine(AppContext.BaseDirectory, "TestContentWithMistakes");

    [Fact]
    public void Audit_OfTheFixtureWithMistakes_ReportsEachOneAtItsFileAndLine()
    {
        var findings = ContentAudit.Run(Mistakes, TestPaths.RealData, new DateOnly(2026, 11, 27)).Select(f => f.ToString()).ToList();

        Assert.Equal(
        [
            "TestContentWithMistakes/guide.md:21: broken link: no page at /roles/delta-nobody",
            "TestContentWithMistakes/guide.md:22: broken link: /faq has no section #no-such-answer",
            "TestContentWithMistakes/roles/alpha-clerk.md:12: SOC 29-2012 is not in data/bls/oews/national_M2025_dl.xlsx (OEWS May 2025). BLS publishes it only as part of 29-2010 (Clinical Laboratory Technologists and Technicians): use that code.",
            "TestContentWithMistakes/roles/beta-analyst.md:17: warning: last reviewed 2024-01-15, more than 18 months ago: read the page again against its sources and update the date",
            "TestContentWithMistakes/roles/epsilon-typed.md:15: figures are no longer typed in content: remove 'facts'. Pay, jobs, openings, growth and education come from the official files in data/ for the role's occupations (see content/README.md)",
            "TestContentWithMistakes/roles/gamma-hostile.md:4: unknown field 'sumary': did you mean 'summary'?",
        ], findings);
    }

    [Fact]
    public void Audit_OfTheTestContent_FindsNothing()
    {
        Assert.Empty(ContentAudit.Run(TestPaths.TestContent, TestPaths.RealData, new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void Audit_OfTheRealContent_FindsNoErrors()
    {
        var errors = ContentAudit.Run(TestPaths.RealContent, TestPaths.RealData, DateOnly.FromDateTime(DateTime.UtcNow)).Where(f => f.Severity == Severity.Error).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Audit_WarnsWhenTheNewestOewsReleaseIsMoreThan18MonthsOld()
    {
        Assert.Empty(ContentAudit.Run(TestPaths.TestContent, TestPaths.RealData, new DateOnly(2026, 11, 30)));

        var finding = Assert.Single(ContentAudit.Run(TestPaths.TestContent, TestPaths.RealData, new DateOnly(2026, 12, 1)));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("data/bls/oews/national_M2025_dl.xlsx:1: warning: the newest OEWS release here is May 2025, more than 18 months ago", finding.ToString());
    }

    // An editor's new release: a workbook for the next May (made here from May 2025 with one median changed),
    // and validate says which figures change.
    [Fact]
    public async Task ValidateCommand_WithANewRelease_PrintsWhatChangesForEachRole()
    {
        var data = TestPaths.CopyOfRealData();
        var next = Path.Combine(data, "bls", "oews", "national_M2026_dl.xlsx");
        var book = OfficialWorkbook.Oews(2025);
        var median = decimal.Parse(book.Cell("43-4171", "A_MEDIAN"), System.Globalization.CultureInfo.InvariantCulture);
        var hourly = decimal.Parse(book.Cell("43-4171", "H_MEDIAN"), System.Globalization.CultureInfo.InvariantCulture);
        book.WithNumber("43-4171", "A_MEDIAN", median + 2080).WithNumber("43-4171", "H_MEDIAN", hourly + 1).SaveAs(next);
        RenameSheets(next, 2025, 2026);

        var app = Path.Combine(AppContext.BaseDirectory, "NonClinicalGuide.Web.dll");
        var (exitCode, output) = await RunAsync(app, "validate", TestPaths.TestContent, $"--Catalogue:OfficialDataPath={data}");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Official data: OEWS May 2026 (data/bls/oews/national_M2026_dl.xlsx)", output);
        Assert.Contains($"alpha-clerk (43-4171 Receptionists and Information Clerks): {Figures.Dollars(median.ToString(System.Globalization.CultureInfo.InvariantCulture))} -> {Figures.Dollars((median + 2080).ToString(System.Globalization.CultureInfo.InvariantCulture))}", output);
    }

    [Fact]
    public async Task ValidateCommand_RunsWithoutTheServer_AndExitsNonZeroOnErrors()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "NonClinicalGuide.Web.dll");
        var (exitCode, output) = await RunAsync(app, "validate", Mistakes, $"--Catalogue:OfficialDataPath={TestPaths.RealData}");

        Assert.Equal(1, exitCode);
        Assert.Contains("TestContentWithMistakes/roles/gamma-hostile.md:4: unknown field 'sumary'", output);
        Assert.Matches(@": 5 error\(s\), [12] warning\(s\)", output);
        Assert.Single(WarningLines(output), line => !IsAboutTheReleasesAge(line));
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task ValidateCommand_OnGoodContent_ExitsZero()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "NonClinicalGuide.Web.dll");
        var (exitCode, output) = await RunAsync(app, "validate", TestPaths.TestContent, $"--Catalogue:OfficialDataPath={TestPaths.RealData}");

        Assert.Equal(0, exitCode);
        Assert.Matches(@": 0 error\(s\), [01] warning\(s\)", output);
        Assert.All(WarningLines(output), line => Assert.True(IsAboutTheReleasesAge(line), line));
    }

    // A process runs on today's date, and from 18 months after May 2025 the data's newest release is old enough
    // to be warned about (the day is pinned in the audit's own tests above): that warning is allowed, no other.
    private static IEnumerable<string> WarningLines(string output) =>
        output.Split('\n').Where(line => line.Contains(": warning: ", StringComparison.Ordinal));

    private static bool IsAboutTheReleasesAge(string line) => line.Contains(": warning: the newest OEWS release here is", StringComparison.Ordinal);

    // The workbook's sheet and its notes name the release; a new year's file names its own.
    private static void RenameSheets(string path, int from, int to)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        foreach (var part in new[] { "xl/workbook.xml", "xl/sharedStrings.xml" })
        {
            var entry = zip.GetEntry(part)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(text.Replace($"national_M{from}_dl", $"national_M{to}_dl", StringComparison.Ordinal).Replace($"May {from} OEWS Estimates", $"May {to} OEWS Estimates", StringComparison.Ordinal));
        }
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
