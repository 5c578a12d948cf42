using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Search;

namespace NonClinicalGuide.Web.Build;

// Creates the catalogue's full-text tables (Search.SearchIndex reads them): one stems words with porter ("coding"
// finds "coder"), one keeps them as typed, because porter also stems a half-typed word ("analy" becomes "anali")
// and would then miss "analyst" in a prefix search, and one stems the titles alone, for quick title lookups.
// Then the vocabulary that spelling suggestions come from (Search.Spelling) and word weights
// (Search.WordWeights): every word of the as-typed table with the number of pages it is on, its trigrams, and the
// number of pages.
public static class SearchIndexWriter
{
    // Each table with its columns and its ranking.
    private static readonly (string Name, IReadOnlyList<string> Columns, string Ranking)[] Tables =
    [
        (SearchIndex.StemmedTable, SearchIndex.Columns, SearchIndex.Ranking),
        (SearchIndex.AsTypedTable, SearchIndex.Columns, SearchIndex.Ranking),
        (SearchIndex.TitlesTable, SearchIndex.TitlesTableColumns, SearchIndex.TitlesRanking),
    ];

    public static void Create(SqliteConnection connection, IEnumerable<SearchDocument> documents)
    {
        using var transaction = connection.BeginTransaction();
        // Each table ranks with bm25 through its "rank" column (SearchIndex.Ranking). The as-typed table keeps
        // which column a word is in but not where (detail = column): every word a search looks up there is a
        // phrase of one token, so positions are never needed, and the table builds faster. (Snippets work from
        // the text itself.) All three merge index segments in bigger, rarer batches than the default (automerge 8,
        // not 4): 12% less build time, the same search time.
        // The titles table searches the title and the job titles only (its summary is stored for the results).
        Execute(connection, transaction, $"""
            CREATE VIRTUAL TABLE {SearchIndex.StemmedTable} USING fts5({Declared(SearchIndex.Columns)}, tokenize = '{SearchIndex.StemmedTokenizer}');
            CREATE VIRTUAL TABLE {SearchIndex.AsTypedTable} USING fts5({Declared(SearchIndex.Columns)}, tokenize = '{SearchIndex.AsTypedTokenizer}', detail = column);
            CREATE VIRTUAL TABLE {SearchIndex.TitlesTable} USING fts5({Declared(SearchIndex.TitlesTableColumns, "summary")}, tokenize = '{SearchIndex.StemmedTokenizer}');
            {string.Concat(Tables.Select(table => $"""
                INSERT INTO {table.Name} ({table.Name}, rank) VALUES ('rank', '{table.Ranking}');
                INSERT INTO {table.Name} ({table.Name}, rank) VALUES ('automerge', 8);
                """))}
            """);

        // A page has the same rowid in every table (SearchIndex reads its text from one of them).
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = string.Join(";", Tables.Select(table =>
            $"INSERT INTO {table.Name} (rowid, {string.Join(", ", table.Columns)}) VALUES ($rowid, {string.Join(", ", table.Columns.Select(column => "$" + column))})"));
        var parameters = SearchIndex.Columns.Prepend("rowid").ToDictionary(column => column, column =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "$" + column;
            insert.Parameters.Add(parameter);
            return parameter;
        });
        var rowid = 0;
        foreach (var document in documents)
        {
            parameters["rowid"].Value = ++rowid;
            parameters["kind"].Value = (int)document.Kind;
            parameters["url"].Value = document.Url;
            parameters["contact"].Value = (object?)(int?)document.Facets?.Contact ?? DBNull.Value;
            parameters["remote"].Value = (object?)(int?)document.Facets?.Remote ?? DBNull.Value;
            parameters["education"].Value = (object?)(int?)document.Facets?.Education ?? DBNull.Value;
            parameters["title"].Value = document.Title;
            parameters["titles"].Value = document.Titles;
            parameters["summary"].Value = document.Summary;
            parameters["body"].Value = document.Body;
            insert.ExecuteNonQuery();
        }

        // Words of letters only and at least three of them (a trigram); numbers are never misspelt words.
        Execute(connection, transaction, $"""
            CREATE VIRTUAL TABLE temp.IndexedWords USING fts5vocab(main, {SearchIndex.AsTypedTable}, 'row');
            CREATE TABLE {Spelling.WordsTable} (word TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO {Spelling.WordsTable} (word, pages)
                SELECT term, doc FROM temp.IndexedWords WHERE length(term) >= 3 AND term NOT GLOB '*[^a-z]*';
            CREATE VIRTUAL TABLE {Spelling.TrigramsTable} USING fts5(word, pages UNINDEXED, tokenize = 'trigram');
            INSERT INTO {Spelling.TrigramsTable} (word, pages) SELECT word, pages FROM {Spelling.WordsTable};
            DROP TABLE temp.IndexedWords;
            CREATE TABLE {WordWeights.TotalTable} (pages INTEGER NOT NULL);
            INSERT INTO {WordWeights.TotalTable} (pages) SELECT count(*) FROM {SearchIndex.StemmedTable};
            """);
        transaction.Commit();
    }

    // The columns before "title" are stored for the results, not searched; so are any named.
    private static string Declared(IReadOnlyList<string> columns, params string[] unsearched) =>
        string.Join(", ", columns.Select((column, i) => i < FirstSearched || unsearched.Contains(column) ? $"{column} UNINDEXED" : column));

    private static readonly int FirstSearched = SearchIndex.Columns.ToList().IndexOf("title");

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
