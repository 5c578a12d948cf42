using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NonClinicalGuide.Tests;

// The index on its own, with more matching pages than a search ranks, which the test content cannot show.
public sealed class SearchIndexTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SearchIndexTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task ATitleMatch_ComesFirst_EvenBehindMoreTextMatchesThanASearchRanks()
    {
        // Index order puts the one page titled "Coder" after every page that only mentions coding.
        var mentions = Enumerable.Range(1, SearchIndex.Candidates * 2).Select(i =>
            new SearchDocument(SearchKind.Role, $"/roles/mention-{i}", $"Role {i}", "Works in an office.", "Some days include coding and billing."));
        var titled = new SearchDocument(SearchKind.Role, "/roles/coder", "Coding clerk", "Works in an office.", "Reads notes all day.");
        await using var db = Index([.. mentions, titled]);

        var hits = (await SiteSearch.RunAsync(db, "coding", literal: false, limit: 20, TestContext.Current.CancellationToken)).Hits;

        Assert.Equal(20, hits.Count);
        Assert.Equal("/roles/coder", hits[0].Url);
        Assert.All(hits.Skip(1), hit => Assert.True(hit.Tier > hits[0].Tier, $"{hit.Url} was found as well as the title match"));
        Assert.Equal(hits.Count, hits.Select(hit => hit.Url).Distinct().Count());
    }

    [Fact]
    public async Task EveryHit_HasASnippetOfItsOwnText_WithTheWordMarked()
    {
        await using var db = Index([
            new SearchDocument(SearchKind.Role, "/roles/a", "Scheduler", "Books appointments.", "Schedulers keep the clinic diary."),
            new SearchDocument(SearchKind.Faq, "/faq#b", "Is the diary hard?", "", "The diary takes a week to learn."),
        ]);

        var hits = (await SiteSearch.RunAsync(db, "diary", literal: false, limit: 20, TestContext.Current.CancellationToken)).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, hit => hit.Url == "/roles/a" && hit.Snippet.Contains($"clinic {SearchIndex.MarkStart}diary{SearchIndex.MarkEnd}", StringComparison.Ordinal));
        Assert.Contains(hits, hit => hit.Url == "/faq#b" && hit.Snippet.Contains($"The {SearchIndex.MarkStart}diary{SearchIndex.MarkEnd} takes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageFoundByItsTitle_ShowsItsOwnText()
    {
        // The title is looked up in the titles table and the text read from the stemmed one: the same page in both.
        await using var db = Index([
            new SearchDocument(SearchKind.Faq, "/faq#weekends", "Weekends", "", "Some schedulers work weekends."),
            new SearchDocument(SearchKind.Role, "/roles/scheduler", "Scheduler", "Books appointments.", "Keeps the clinic diary."),
        ]);

        var hits = (await SiteSearch.RunAsync(db, "scheduler", literal: false, limit: 20, TestContext.Current.CancellationToken)).Hits;

        Assert.Equal(["/roles/scheduler", "/faq#weekends"], hits.Select(hit => hit.Url));
        Assert.Equal("Keeps the clinic diary.", hits[0].Snippet);
        Assert.Equal($"Some {SearchIndex.MarkStart}schedulers{SearchIndex.MarkEnd} work weekends.", hits[1].Snippet);
    }

    private CatalogueDb Index(IEnumerable<SearchDocument> documents)
    {
        SearchIndexWriter.Create(_connection, documents);
        return new CatalogueDb(new DbContextOptionsBuilder<CatalogueDb>().UseSqlite(_connection).Options);
    }
}
