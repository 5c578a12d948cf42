namespace NonClinicalGuide.Tests;

// Each editor mistake is reported as content/<file>:<line>: <message>, and all of them at once.
public class ContentErrorTests
{
    [Theory]
    [InlineData("roles/alpha-clerk.md", "category: office-work", "category: office-wrk", "content/roles/alpha-clerk.md:3: unknown category 'office-wrk'")]
    [InlineData("roles/alpha-clerk.md", "related: [beta-analyst]", "related: [beta-analyst, delta-nobody]", "content/roles/alpha-clerk.md:23: related role 'delta-nobody' does not exist")]
    [InlineData("roles/alpha-clerk.md", "summary: Alpha clerks file test papers.\n", "", "content/roles/alpha-clerk.md:1: missing required field 'summary'")]
    [InlineData("roles/alpha-clerk.md", "patient_contact: daily", "patient_contact: sometimes", "content/roles/alpha-clerk.md:5: 'sometimes' is not one of the words 'patient_contact' takes: none, occasional, daily")]
    [InlineData("roles/alpha-clerk.md", "last_reviewed: 2026-11-01", "last_reviewed: 1 Nov 2026", "content/roles/alpha-clerk.md:25: 'last_reviewed' should be a date written YYYY-MM-DD, not '1 Nov 2026'")]
    [InlineData("roles/alpha-clerk.md", "    relation: exact", "    relation: same", "content/roles/alpha-clerk.md:14: 'same' is not one of the words 'occupations.relation' takes: exact, part-of, closest")]
    [InlineData("roles/alpha-clerk.md", "remote: on-site", "remote: on-site\nremot: often-remote", "content/roles/alpha-clerk.md:7: unknown field 'remot'")]
    [InlineData("roles/alpha-clerk.md", "skills: [Filing, Greeting]", "skills: [Filing, Greeting", "content/roles/alpha-clerk.md:10: the front matter is not valid YAML: a [list] or {block} is left open")]
    [InlineData("roles/alpha-clerk.md", "aliases: [old-alpha-clerk]", "aliases: [beta-analyst]", "content/roles/alpha-clerk.md:24: alias 'beta-analyst' is already claimed by content/roles/beta-analyst.md")]
    [InlineData("roles/alpha-clerk.md", "months: [0, 3]", "months: [12, 6]", "content/roles/alpha-clerk.md:27: route_in.months should be two whole numbers of months, fewest then most")]
    [InlineData("roles/alpha-clerk.md", "months: [0, 3]", "months: [3]", "content/roles/alpha-clerk.md:27: route_in.months should be two whole numbers of months, fewest then most")]
    [InlineData("roles/alpha-clerk.md", "url: https://example.org/alpha-clerk", "url: example.org/alpha-clerk", "content/roles/alpha-clerk.md:32: route_in rule source 'example.org/alpha-clerk' should be the full address")]
    [InlineData("roles/alpha-clerk.md", "    licence: not-needed\n", "", "content/roles/alpha-clerk.md:19: missing required field 'clinical_pathways.licence'")]
    [InlineData("roles/alpha-clerk.md", "licence: not-needed", "licence: maybe", "content/roles/alpha-clerk.md:20: 'maybe' is not one of the words 'clinical_pathways.licence' takes: required, valued, not-needed")]
    [InlineData("roles/alpha-clerk.md", "## The honest downsides\n", "", "content/roles/alpha-clerk.md:46: missing section '## The honest downsides'")]
    [InlineData("roles/alpha-clerk.md", "    relation: exact", "    relation: exact\nfacts:\n  median_pay: 41230", "content/roles/alpha-clerk.md:15: figures are no longer typed in content: remove 'facts'")]
    [InlineData("roles/alpha-clerk.md", "  - soc: 43-4171", "  - soc: 43-4171x", "content/roles/alpha-clerk.md:12: '43-4171x' is not a SOC code")]
    [InlineData("roles/alpha-clerk.md", "    onet: 43-4171.00", "    onet: 43-4051.00", "content/roles/alpha-clerk.md:13: O*NET occupation 43-4051.00 does not belong to SOC 43-4171")]
    [InlineData("roles/beta-analyst.md", "    note: Test analysts are counted among computer systems analysts.\n", "", "content/roles/beta-analyst.md:12: the relation to 15-1211 is part-of, so a note must say in plain words whom its figures count")]
    [InlineData("roles/beta-analyst.md", "---\ntitle", "title", "content/roles/beta-analyst.md:1: the file must start with a line '---'")]
    [InlineData("faq.md", "{#second-question}", "", "content/faq.md:10: a question needs a stable anchor")]
    [InlineData("roles/alpha-clerk.md", "    bridge: Alpha bridge text.\n", "    bridge: Alpha bridge text.\n  - from: medical-assistant\n    licence: valued\n    why: Again.\n    bridge: Again.\n", "content/roles/alpha-clerk.md:19: clinical_pathways lists 'medical-assistant' twice: one pathway per background")]
    [InlineData("clinical-jobs/test-assistants.md", "order: 2", "order: 1", "content/clinical-jobs/test-nurses.md:7: order 1 is also the order of content/clinical-jobs/test-assistants.md: each clinical job needs its own place")]
    [InlineData("faq.md", "{#second-question}", "{#first-question}", "content/faq.md:10: the anchor 'first-question' is used by an earlier question")]
    public void BrokenFile_IsReportedWithFileAndLine(string file, string find, string replace, string expected)
    {
        var content = TestPaths.CopyOfTestContent();
        var path = Path.Combine(content, file);
        var original = File.ReadAllText(path);
        Assert.Contains(find, original);
        File.WriteAllText(path, original.Replace(find, replace));

        var (_, errors) = ContentLoader.Load(content);

        Assert.True(errors.Any(error => error.ToString().StartsWith(expected, StringComparison.Ordinal)),
            $"expected a line starting '{expected}', got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    // Editors fix a batch at a time: every mistake in a file is listed, not only the first.
    [Fact]
    public void FileWithSeveralMistakes_ListsEachAtItsLine()
    {
        var content = TestPaths.CopyOfTestContent();
        var path = Path.Combine(content, "roles", "alpha-clerk.md");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("title: Alpha clerk", "titel: Alpha clerk", StringComparison.Ordinal)
            .Replace("patient_contact: daily", "patient_contact: sometimes", StringComparison.Ordinal)
            .Replace("remote: on-site", "remote: someday", StringComparison.Ordinal)
            .Replace("entry_education: high-school", "entry_education: high-school\nmood: cheerful", StringComparison.Ordinal));

        var (_, errors) = ContentLoader.Load(content);

        Assert.Equal(
        [
            "content/roles/alpha-clerk.md:2: unknown field 'titel': did you mean 'title'?",
            "content/roles/alpha-clerk.md:5: 'sometimes' is not one of the words 'patient_contact' takes: none, occasional, daily",
            "content/roles/alpha-clerk.md:6: 'someday' is not one of the words 'remote' takes: on-site, hybrid-possible, often-remote",
            "content/roles/alpha-clerk.md:8: unknown field 'mood' (a typo? see content/README.md for the fields)",
        ], errors.Select(e => e.ToString()));
    }

    // One broken role file is one problem: the links other pages make to it are not reported as broken too.
    [Fact]
    public void BrokenRoleFile_AddsNoBrokenLinkErrorsElsewhere()
    {
        var content = TestPaths.CopyOfTestContent();
        var path = Path.Combine(content, "roles", "alpha-clerk.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("remote: on-site", "remote: someday", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(content, "guide.md"), "\nSee [the alpha role](/roles/alpha-clerk#what-they-do).\n");

        var findings = ContentAudit.Run(content, TestPaths.RealData, new DateOnly(2026, 11, 27));

        Assert.Equal(["content/roles/alpha-clerk.md:6: 'someday' is not one of the words 'remote' takes: on-site, hybrid-possible, often-remote"],
            findings.Select(f => f.ToString()));
    }

    [Fact]
    public void DuplicateRoleFile_CannotClaimAnotherRolesSlug()
    {
        var content = TestPaths.CopyOfTestContent();
        var beta = File.ReadAllText(Path.Combine(content, "roles", "beta-analyst.md"));
        File.WriteAllText(Path.Combine(content, "roles", "beta-analyst-2.md"), beta.Replace("related: [alpha-clerk]", "related: [alpha-clerk]\naliases: [beta-analyst]"));

        var (_, errors) = ContentLoader.Load(content);

        Assert.Contains(errors, error => error.ToString().StartsWith("content/roles/beta-analyst-2.md:", StringComparison.Ordinal)
            && error.Message.Contains("'beta-analyst' is already claimed", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralMistakes_AreAllReportedTogether()
    {
        var content = TestPaths.CopyOfTestContent();
        Replace(content, "roles/alpha-clerk.md", "category: office-work", "category: nowhere");
        Replace(content, "roles/beta-analyst.md", "related: [alpha-clerk]", "related: [nobody]");
        File.Delete(Path.Combine(content, "comparison.md"));

        var (_, errors) = ContentLoader.Load(content);

        Assert.Equal(3, errors.Count);
        Assert.Equal(["content/comparison.md", "content/roles/alpha-clerk.md", "content/roles/beta-analyst.md"], errors.Select(e => e.File));
    }

    [Fact]
    public void TestContent_LoadsWithoutErrors()
    {
        var (loaded, errors) = ContentLoader.Load(TestPaths.TestContent);

        Assert.Empty(errors);
        Assert.Equal(3, loaded!.Roles.Count);
    }

    private static void Replace(string content, string file, string find, string replace)
    {
        var path = Path.Combine(content, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(find, replace));
    }
}
