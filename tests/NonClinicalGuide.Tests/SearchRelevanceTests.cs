using System.Globalization;
using AngleSharp.Html.Parser;

namespace NonClinicalGuide.Tests;

// The relevance set (SearchRelevance/queries.tsv): what visitors type and the page that should answer it, run
// against the real content as a visitor sees the results page (in the order it lists them). Prints the
// figures and every miss; fails when fewer than nine queries in ten find their page where they should.
//   cd tests/NonClinicalGuide.Tests/bin/Debug/net10.0 && dotnet NonClinicalGuide.Tests.dll -class "*SearchRelevanceTests" -showLiveOutput
public class SearchRelevanceTests(RealSiteFixture site)
{
    private const double Target = 0.9;

    [Fact]
    public async Task RelevanceSet_NineQueriesInTen_FindTheirPageWhereTheyShould()
    {
        var results = new List<Judged>();
        foreach (var query in RelevanceQuery.ReadAll())
        {
            var (_, body) = await site.GetAsync("/search?q=" + Uri.EscapeDataString(query.Text));
            results.Add(new Judged(query, ResultUrls(body)));
        }

        var report = RelevanceReport.Of(results);
        TestContext.Current.TestOutputHelper?.WriteLine(report.Details);
        Console.WriteLine(report.Summary);

        Assert.True(report.MetRate >= Target, report.Summary + Environment.NewLine + report.Details);
    }

    // The address of each result, in the order the page shows them.
    private static List<string> ResultUrls(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".search-results > li")
            .Select(item => item.QuerySelector("a[href]")?.GetAttribute("href") ?? "")
            .ToList();
}

public sealed record RelevanceQuery(string Text, IReadOnlyList<string> Expected, int Within, string Kind, int Line)
{
    public static string File => Path.Combine(AppContext.BaseDirectory, "SearchRelevance", "queries.tsv");

    public static IReadOnlyList<RelevanceQuery> ReadAll() =>
        System.IO.File.ReadLines(File)
            .Select((line, i) => (line, number: i + 1))
            .Where(x => x.line.Length > 0 && !x.line.StartsWith('#') && !x.line.StartsWith("query\t", StringComparison.Ordinal))
            .Select(x => Parse(x.line, x.number))
            .ToList();

    private static RelevanceQuery Parse(string line, int number)
    {
        var cells = line.Split('\t');
        if (cells.Length != 4 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var within) || within is not (1 or 3))
        {
            throw new FormatException($"queries.tsv:{number}: expected 'query<TAB>page[|page…]<TAB>1 or 3<TAB>kind', got \"{line}\"");
        }

        return new RelevanceQuery(cells[0], cells[1].Split('|').Select(Address).ToList(), within, cells[3], number);
    }

    // "{guide}#anchor" is a section of the guide, wherever the guide's address is.
    private static string Address(string expected) =>
        expected.StartsWith(GuideToken + "#", StringComparison.Ordinal) ? SitePaths.GuideSection(expected[(GuideToken.Length + 1)..]) : expected;

    private const string GuideToken = "{guide}";

    // A path without a fragment stands for the whole page, so any of its sections answers it too.
    public bool IsAnsweredBy(string url) =>
        Expected.Any(expected => url == expected || (!expected.Contains('#', StringComparison.Ordinal) && url.StartsWith(expected + "#", StringComparison.Ordinal)));
}

public sealed record Judged(RelevanceQuery Query, IReadOnlyList<string> Urls)
{
    // 1-based place of the first result that answers the query, or null.
    public int? Rank { get; } = Urls.Select((url, i) => (Url: url, Place: i + 1)).FirstOrDefault(x => Query.IsAnsweredBy(x.Url)).Place is > 0 and var place ? place : null;

    public bool Met => Rank is { } rank && rank <= Query.Within;
}

// precision@3: the share of the first three results that answer the query, averaged (one right page per query
// caps it near a third; the top-3 rate is the figure to read). MRR: the mean of 1/rank of the first right result
// (0 when none). Top-3 rate: queries with a right page in the first three. Met: queries whose right page is
// where the set asks (first, or in the first three).
public sealed record RelevanceReport(int Queries, double PrecisionAt3, double MeanReciprocalRank, double Top3Rate, double Top1Rate, double MetRate, string Details)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"search relevance: {Queries} queries, P@3 {PrecisionAt3:0.000}, MRR {MeanReciprocalRank:0.000}, top-3 {Top3Rate:P1}, top-1 {Top1Rate:P1}, where the set asks {MetRate:P1} (target {0.9:P0})");

    public static RelevanceReport Of(IReadOnlyList<Judged> results)
    {
        double Mean(Func<Judged, double> f) => results.Count == 0 ? 0 : results.Average(f);
        var details = string.Join(Environment.NewLine, results.Select(Line));
        return new RelevanceReport(
            results.Count,
            Mean(r => r.Urls.Take(3).Count(r.Query.IsAnsweredBy) / 3.0),
            Mean(r => r.Rank is { } rank ? 1.0 / rank : 0),
            Mean(r => r.Rank is <= 3 ? 1 : 0),
            Mean(r => r.Rank is 1 ? 1 : 0),
            Mean(r => r.Met ? 1 : 0),
            details);
    }

    private static string Line(Judged r)
    {
        var rank = r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var line = $"{(r.Met ? "ok  " : "MISS")} {rank,2}/{r.Query.Within} [{r.Query.Kind}] \"{r.Query.Text}\" -> {string.Join(" | ", r.Query.Expected)}";
        return r.Met ? line : $"{line}{Environment.NewLine}          shown: {string.Join(", ", r.Urls.Take(5).DefaultIfEmpty("(nothing)"))}";
    }
}
