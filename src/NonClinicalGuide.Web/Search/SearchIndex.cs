using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Search;

public sealed record SearchHit(SearchKind Kind, string Url, string Title, string Summary, string Snippet, double Rank);

// Full-text search in the catalogue with SQLite FTS5: bm25 ranking that weighs titles over summaries over
// body text, and highlighted snippets. Two tables hold the same rows: one stems words with porter ("coding"
// finds "coder"), one keeps them whole, because porter also stems a half-typed word ("analy" becomes
// "anali") and would then miss "analyst" in a prefix search.
public static class SearchIndex
{
    private static readonly string[] Tables = ["SearchIndex", "SearchPrefix"];

    // Snippet markers that cannot occur in content text; replaced by <mark> after HTML-encoding.
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public static void Create(SqliteConnection connection, IEnumerable<SearchDocument> documents)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            // Each table ranks with bm25 weighted title 10, summary 4, body 1, through its "rank" column.
            create.CommandText = """
                CREATE VIRTUAL TABLE SearchIndex USING fts5(kind UNINDEXED, url UNINDEXED, title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2');
                INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('rank', 'bm25(0, 0, 10.0, 4.0, 1.0)');
                CREATE VIRTUAL TABLE SearchPrefix USING fts5(kind UNINDEXED, url UNINDEXED, title, summary, body, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO SearchPrefix (SearchPrefix, rank) VALUES ('rank', 'bm25(0, 0, 10.0, 4.0, 1.0)');
                """;
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = string.Join(";", Tables.Select(table =>
            $"INSERT INTO {table} (kind, url, title, summary, body) VALUES ($kind, $url, $title, $summary, $body)"));
        var parameters = new[] { "$kind", "$url", "$title", "$summary", "$body" }.Select(name =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var document in documents)
        {
            parameters[0].Value = (int)document.Kind;
            parameters[1].Value = document.Url;
            parameters[2].Value = document.Title;
            parameters[3].Value = document.Summary;
            parameters[4].Value = document.Body;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    // Whole words are looked up stemmed, and the words as typed (last one as a prefix) unstemmed; a page
    // found both ways keeps its better rank. When whole words already fill the page, the second lookup is
    // skipped: it exists for half-typed words, which find little in the stemmed table.
    public static async Task<IReadOnlyList<SearchHit>> QueryAsync(
        CatalogueDb db, IReadOnlyList<string> terms, bool anyTerm, int limit, CancellationToken cancellationToken)
    {
        var stemmed = await QueryTableAsync(db, "SearchIndex", SearchQuery.Expression(terms, anyTerm, lastIsPrefix: false), limit, cancellationToken);
        var asTyped = stemmed.Count >= limit
            ? []
            : await QueryTableAsync(db, "SearchPrefix", SearchQuery.Expression(terms, anyTerm, lastIsPrefix: true), limit, cancellationToken);
        return stemmed.Concat(asTyped)
            .GroupBy(hit => hit.Url)
            .Select(group => group.MinBy(hit => hit.Rank)!)
            .OrderBy(hit => hit.Rank)
            .Take(limit)
            .ToList();
    }

    // Ranks every match first (cheap), then makes snippets (dear) only for the ones shown.
    private static async Task<List<SearchHit>> QueryTableAsync(CatalogueDb db, string table, string match, int limit, CancellationToken cancellationToken)
    {
        // The table name is one of two constants, never user input; the MATCH text is a parameter.
        var sql = $"""
            SELECT kind AS Kind, url AS Url, title AS Title, summary AS Summary,
                   snippet({table}, 4, @start, @end, '…', 16) AS Snippet, rank AS Rank
            FROM {table}
            WHERE {table} MATCH @match
              AND rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH @match ORDER BY rank LIMIT @limit)
            ORDER BY rank
            """;
        return await db.Database.SqlQueryRaw<SearchHit>(sql,
                new SqliteParameter("@start", MarkStart.ToString()),
                new SqliteParameter("@end", MarkEnd.ToString()),
                new SqliteParameter("@match", match),
                new SqliteParameter("@limit", limit))
            .ToListAsync(cancellationToken);
    }
}
