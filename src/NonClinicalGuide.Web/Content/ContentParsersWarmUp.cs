using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// The libraries that turn content into a catalogue (YamlDotNet, Markdig, HtmlSanitizer with AngleSharp,
// SQLite) take about 250 ms to set themselves up in a fresh process, most of it HtmlSanitizer's CSS tables
// and code the JIT has to compile: more than building the catalogue from the real content once they are
// ready. Started first thing, on a thread of its own, that set-up overlaps with building the web host, so
// the catalogue build finds them ready. A dedicated thread, not the thread pool: the build's parallel
// parsing needs the pool's few threads on a small machine.
public static class ContentParsersWarmUp
{
    private static readonly TaskCompletionSource<string> ContentPath = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // First thing in Main: what every build needs, on made-up content, on two threads (the two biggest
    // set-ups, HtmlSanitizer's and AngleSharp's parser's, do not wait for each other).
    public static void Start()
    {
        new Thread(() => Guarded(WarmSanitizer)) { IsBackground = true, Name = "Content parsers warm-up (HTML)" }.Start();
        new Thread(() =>
        {
            // Each step on its own: one that fails must not leave the next undone.
            Guarded(WarmParsers);
            Guarded(WarmSqlite);
            Guarded(WarmRealContent);
        })
        { IsBackground = true, Name = "Content parsers warm-up" }.Start();
    }

    // Once configuration says where the content is: also one real file of each kind, for the parsers'
    // per-type set-up (each kind of front matter is its own set of types to reflect over).
    public static void ContentIsAt(string contentPath) => ContentPath.TrySetResult(contentPath);

    private static void WarmSanitizer() => MarkdownRenderer.RenderRoleBody("## Heading\n\nText and a [link](https://example.org).\n");

    private static void WarmParsers()
    {
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p>Warm-up</p>");
        var errors = new List<ContentError>();
        if (SourceFile.Parse("warm-up.md", "---\ntitle: Warm-up\ndescription: Warm-up\nlast_reviewed: 2026-01-01\n---\nText.\n", errors) is { } page)
        {
            FrontMatterReader.Read<PageFrontMatter>(page, errors);
        }
    }

    private static void WarmRealContent()
    {
        if (ContentPath.Task.Wait(TimeSpan.FromSeconds(10)))
        {
            ContentLoader.WarmUp(ContentPath.Task.Result);
        }
    }

    // What the build asks of SQLite: a transaction, a full-text table, an insert binding text, whole numbers, real
    // numbers and nulls, and a query read back. Each is a native function whose call stub the JIT compiles, in
    // full, the first time it is called: done here, none of that falls on the build's path.
    public static void WarmSqlite()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE VIRTUAL TABLE warm USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2'); INSERT INTO warm VALUES ('warming up');" +
            "CREATE TABLE warm_rows (Id INTEGER PRIMARY KEY, Words TEXT, Count INTEGER, Share REAL, Missing TEXT);";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO warm_rows (Words, Count, Share, Missing) VALUES ($words, $count, $share, $missing)";
        command.Parameters.AddWithValue("$words", "warm");
        command.Parameters.AddWithValue("$count", 1);
        command.Parameters.AddWithValue("$share", 1.5);
        command.Parameters.AddWithValue("$missing", DBNull.Value);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = "SELECT name, pk, type FROM pragma_table_info('warm_rows')";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _ = (reader.GetString(0), reader.GetInt32(1), reader.GetString(2));
            }
        }

        transaction.Commit();
    }

    private static void Guarded(Action warm)
    {
        try
        {
            warm();
        }
        catch (Exception exception) when (exception is InvalidOperationException or SqliteException or IOException or UnauthorizedAccessException)
        {
            // Nothing is lost: the catalogue build sets up whatever this did not, and reports real problems.
        }
    }
}
