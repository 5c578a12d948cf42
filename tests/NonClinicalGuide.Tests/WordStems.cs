using Microsoft.Data.Sqlite;

namespace NonClinicalGuide.Tests;

// Words reduced to the stems the search index gives them ("coding" and "codes" to "code", "registrar" stays), by
// SQLite's own porter tokenizer: the reference PorterStemmer is checked against.
public static class WordStems
{
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"""
                CREATE VIRTUAL TABLE Stems USING fts5(word, tokenize = '{SearchIndex.StemmedTokenizer}');
                CREATE VIRTUAL TABLE StemTerms USING fts5vocab(Stems, 'instance');
                """;
            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO Stems (rowid, word) VALUES ($id, $word)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var word = insert.Parameters.Add("$word", SqliteType.Text);
            for (var i = 0; i < distinct.Count; i++)
            {
                id.Value = i;
                word.Value = distinct[i];
                insert.ExecuteNonQuery();
            }
        }

        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT doc, term FROM StemTerms";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                stems.TryAdd(distinct[reader.GetInt32(0)], reader.GetString(1));
            }
        }

        transaction.Commit();
        return stems;
    }
}
