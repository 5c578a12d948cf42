using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Search;

// Tier 0: the title or summary has the words; tier 1: only the text does. Lower rank is better.
public sealed record SearchHit(SearchKind Kind, string Url, string Title, string Summary, string Snippet, int Tier, double Rank);

// Full-text search in the catalogue with SQLite FTS5: bm25 ranking that weighs titles over summaries over
// body text, and highlighted snippets. Two tables hold the same rows: one stems words with porter ("coding"
// finds "coder"), one keeps them whole, because porter also stems a half-typed word ("analy" becomes
// "anali") and would then miss "analyst" in a prefix search.
public static class SearchIndex
{
    // The two tables, as Build.SearchIndexWriter creates them.
    public const string StemmedTable = "SearchIndex";
    public const string AsTypedTable = "SearchPrefix";

    // Snippet markers that cannot occur in content text; replaced by <mark> after HTML-encoding.
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    // How many matches, at most, each lookup ranks. Ranking scores every row it is given, so without a
    // bound a common word in a large catalogue would score thousands; with it, a search costs the same
    // whatever the size. The real catalogue has far fewer pages than this, so there every match is ranked.
    public const int Candidates = 200;

    // Whole words are looked up stemmed, and the words as typed (last one as a prefix) unstemmed; a page
    // found both ways keeps its better place. When whole words already fill the page, the second lookup is
    // skipped: it exists for half-typed words, which find little in the stemmed table. Snippets (dear: FTS5
    // reads the whole text for each) are made last, only for the pages shown, each by the lookup that found it.
    public static async Task<IReadOnlyList<SearchHit>> QueryAsync(
        CatalogueDb db, IReadOnlyList<string> terms, bool anyTerm, int limit, CancellationToken cancellationToken)
    {
        var found = await RankAsync(db, new Lookup(StemmedTable, SearchQuery.Expression(terms, anyTerm, lastIsPrefix: false)), limit, cancellationToken);
        if (found.Count < limit)
        {
            found.AddRange(await RankAsync(db, new Lookup(AsTypedTable, SearchQuery.Expression(terms, anyTerm, lastIsPrefix: true)), limit, cancellationToken));
        }

        var shown = found
            .GroupBy(hit => hit.Row.Url)
            .Select(group => group.MinBy(hit => (hit.Row.Tier, hit.Row.Rank))!)
            .OrderBy(hit => hit.Row.Tier).ThenBy(hit => hit.Row.Rank)
            .Take(limit)
            .ToList();
        var snippets = new Dictionary<(Lookup, long), string>();
        foreach (var byLookup in shown.GroupBy(hit => hit.Lookup))
        {
            foreach (var (id, snippet) in await SnippetsAsync(db, byLookup.Key, byLookup.Select(hit => hit.Row.Id).ToList(), cancellationToken))
            {
                snippets[(byLookup.Key, id)] = snippet;
            }
        }

        return shown.Select(hit => new SearchHit(hit.Row.Kind, hit.Row.Url, hit.Row.Title, hit.Row.Summary,
            snippets.GetValueOrDefault((hit.Lookup, hit.Row.Id), ""), hit.Row.Tier, hit.Row.Rank)).ToList();
    }

    // Pages whose title or summary has the words come first (tier 0), then pages that have them anywhere
    // (tier 1); each tier ranks at most Candidates matches by bm25.
    private static async Task<List<Found>> RankAsync(CatalogueDb db, Lookup lookup, int limit, CancellationToken cancellationToken)
    {
        var ranked = await RankTierAsync(db, lookup.Table, $"{{title summary}} : ({lookup.Match})", tier: 0, limit, cancellationToken);
        if (ranked.Count < limit)
        {
            var titled = ranked.Select(row => row.Id).ToHashSet();
            var anywhere = await RankTierAsync(db, lookup.Table, lookup.Match, tier: 1, limit, cancellationToken);
            ranked.AddRange(anywhere.Where(row => !titled.Contains(row.Id)).Take(limit - ranked.Count));
        }

        return ranked.Select(row => new Found(lookup, row)).ToList();
    }

    // The inner LIMIT stops FTS5 after the first Candidates matches (in index order); only those are scored.
    // (Not "ORDER BY rank LIMIT": FTS5 would score every match first.)
    private static Task<List<RankedRow>> RankTierAsync(CatalogueDb db, string table, string match, int tier, int limit, CancellationToken cancellationToken)
    {
        // The table name is one of two constants and the tier a number, never user input; the MATCH text is a parameter.
        var sql = $"""
            SELECT Id, Kind, Url, Title, Summary, {tier} AS Tier, Rank
            FROM (SELECT rowid AS Id, kind AS Kind, url AS Url, title AS Title, summary AS Summary, rank AS Rank
                  FROM {table} WHERE {table} MATCH @match LIMIT @candidates)
            ORDER BY Rank LIMIT @limit
            """;
        return db.Database.SqlQueryRaw<RankedRow>(sql,
            new SqliteParameter("@match", match),
            new SqliteParameter("@candidates", Candidates),
            new SqliteParameter("@limit", limit))
            .ToListAsync(cancellationToken);
    }

    // Without the rank column (asking for it would have FTS5 redo its whole-index statistics), and with the
    // ids tested by SQLite rather than handed to FTS5 ("+rowid"): given them, FTS5 would look the words up
    // afresh for each id, which for a prefix means merging every word that starts with it, each time. The
    // rowid range keeps that one pass short.
    private static async Task<Dictionary<long, string>> SnippetsAsync(CatalogueDb db, Lookup lookup, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var (table, match) = lookup;
        var idParameters = ids.Select((id, i) => new SqliteParameter($"@id{i}", id)).ToList();
        var sql = $"""
            SELECT rowid AS Id, snippet({table}, 4, @start, @end, '…', 16) AS Snippet
            FROM {table}
            WHERE {table} MATCH @match AND rowid BETWEEN @first AND @last
              AND +rowid IN ({string.Join(", ", idParameters.Select(p => p.ParameterName))})
            """;
        var rows = await db.Database.SqlQueryRaw<SnippetRow>(sql,
            [
                new SqliteParameter("@start", MarkStart.ToString()), new SqliteParameter("@end", MarkEnd.ToString()), new SqliteParameter("@match", match),
                new SqliteParameter("@first", ids.Min()), new SqliteParameter("@last", ids.Max()), .. idParameters,
            ])
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(row => row.Id, row => row.Snippet);
    }

    // A table and the MATCH expression it is asked; the table is one of two constants, never user input.
    private sealed record Lookup(string Table, string Match);

    private sealed record Found(Lookup Lookup, RankedRow Row);

    private sealed record RankedRow(long Id, SearchKind Kind, string Url, string Title, string Summary, int Tier, double Rank);

    private sealed record SnippetRow(long Id, string Snippet);
}
