using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Search;

// What the catalogue knows of a word someone typed. Pages: how many pages have it as typed (0 when it is not a word
// of the catalogue). Known: it finds something, as typed or by its stem ("billings" finds "billing"). Nearest: the
// likeliest word the catalogue has instead, Distance typing mistakes away, and how many pages have it.
// Completions: how many pages have a word that starts with it, for a word perhaps not finished.
public sealed record WordCheck(string Word, int Pages, bool Known, string? Nearest, int Distance, int NearestPages, int Completions);

// Spelling tolerance from the catalogue's own vocabulary (Build.SearchIndexWriter stores every word of the index
// with the number of pages it is on, and its trigrams): candidates share trigrams with the word typed, then
// edit distance (Vocabulary.EditDistance) picks the closest, the more common one among equals. A word can also be
// two words run together ("nonclinical"). The work per search is bounded: a few words, a few dozen candidates.
public static class Spelling
{
    public const string WordsTable = "SearchWords";
    public const string TrigramsTable = "SearchWordTrigrams";

    // Words this short are checked only as typed: one letter changed makes a different everyday word.
    public const int ShortestChecked = 4;

    // Words of a search checked, at most (the rest are searched as typed).
    public const int MostWordsChecked = 4;

    private const int CandidatesPerWord = 40;
    private const int ShortestPart = 3;

    public static async Task<IReadOnlyList<WordCheck>> CheckAsync(CatalogueDb db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var checks = new List<WordCheck>();
        foreach (var word in words.Where(word => word.Length >= ShortestChecked && !word.Any(char.IsDigit)).Take(MostWordsChecked))
        {
            checks.Add(await CheckAsync(db, word, cancellationToken));
        }

        return checks;
    }

    // A word on this few pages may be a slip for a common one ("Did you mean …?"); a commoner word is left alone.
    public const int RarePages = 2;

    private static async Task<WordCheck> CheckAsync(CatalogueDb db, string word, CancellationToken cancellationToken)
    {
        var pages = await PagesAsync(db, word, cancellationToken);
        var known = pages > 0 || await FindsAnythingAsync(db, SearchIndex.StemmedTable, SearchQuery.Quote(word, prefix: false), cancellationToken);
        if (known && pages > RarePages)
        {
            return new WordCheck(word, pages, Known: true, null, 0, 0, 0);
        }

        var (nearest, distance, nearestPages) = await NearestAsync(db, word, trySplit: !known, cancellationToken);
        var completions = known ? 0 : await CompletionsAsync(db, word, cancellationToken);
        return new WordCheck(word, pages, known, nearest, distance, nearestPages, completions);
    }

    private static async Task<(string? Word, int Distance, int Pages)> NearestAsync(CatalogueDb db, string word, bool trySplit, CancellationToken cancellationToken)
    {
        var allowance = EditDistance.Allowance(word);
        var candidates = await db.Database.SqlQueryRaw<VocabularyWord>($"""
            SELECT word AS Word, pages AS Pages FROM {TrigramsTable}
            WHERE {TrigramsTable} MATCH @trigrams AND length(word) BETWEEN @shortest AND @longest
            ORDER BY rank LIMIT @candidates
            """,
            new SqliteParameter("@trigrams", string.Join(" OR ", Trigrams(word).Select(t => SearchQuery.Quote(t, prefix: false)))),
            new SqliteParameter("@shortest", word.Length - allowance), new SqliteParameter("@longest", word.Length + allowance),
            new SqliteParameter("@candidates", CandidatesPerWord))
            .ToListAsync(cancellationToken);
        var best = candidates
            .Where(candidate => candidate.Word != word)
            .Select(candidate => (candidate.Word, Distance: EditDistance.Between(word, candidate.Word), candidate.Pages))
            .Where(candidate => candidate.Distance <= allowance)
            .OrderBy(candidate => candidate.Distance).ThenByDescending(candidate => candidate.Pages).ThenBy(candidate => candidate.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        if (!trySplit || (best.Word is not null && best.Distance == 1))
        {
            return best;
        }

        // Two words typed without the space between them count as one mistake.
        var split = await SplitAsync(db, word, cancellationToken);
        return split.Word is not null ? split : best;
    }

    // Only where both parts are words of the vocabulary (one look-up for all of them) is the phrase looked for.
    private static async Task<(string? Word, int Distance, int Pages)> SplitAsync(CatalogueDb db, string word, CancellationToken cancellationToken)
    {
        var splits = Enumerable.Range(ShortestPart, Math.Max(0, word.Length - 2 * ShortestPart + 1)).Select(at => (Left: word[..at], Right: word[at..])).ToList();
        var parts = splits.SelectMany(split => new[] { split.Left, split.Right }).Distinct(StringComparer.Ordinal).ToList();
        var parameters = parts.Select((part, i) => new SqliteParameter($"@p{i}", part)).ToList();
        var sql = $"SELECT word AS Value FROM {WordsTable} WHERE word IN ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        var known = parameters.Count == 0 ? [] : (await db.Database.SqlQueryRaw<string>(sql, [.. parameters])
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (left, right) in splits.Where(split => known.Contains(split.Left) && known.Contains(split.Right)))
        {
            var pages = await PhrasePagesAsync(db, $"{left} {right}", cancellationToken);
            if (pages > 0)
            {
                return ($"{left} {right}", 1, pages);
            }
        }

        return (null, 0, 0);
    }

    private static Task<int> PagesAsync(CatalogueDb db, string word, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>($"SELECT pages AS Value FROM {WordsTable} WHERE word = @word", new SqliteParameter("@word", word))
            .FirstOrDefaultAsync(cancellationToken);

    // Pages with the two words side by side, counted up to a bound (enough to compare with the word typed). Only
    // the stemmed table keeps where words are, which a phrase needs.
    private static Task<int> PhrasePagesAsync(CatalogueDb db, string phrase, CancellationToken cancellationToken) =>
        CountAsync(db, SearchIndex.StemmedTable, SearchQuery.Quote(phrase, prefix: false), cancellationToken);

    private static Task<int> CompletionsAsync(CatalogueDb db, string word, CancellationToken cancellationToken) =>
        CountAsync(db, SearchIndex.AsTypedTable, SearchQuery.Quote(word, prefix: true), cancellationToken);

    private static async Task<bool> FindsAnythingAsync(CatalogueDb db, string table, string match, CancellationToken cancellationToken) =>
        await CountAsync(db, table, match, cancellationToken, bound: 1) > 0;

    // Pages that match, counted up to a bound. The table is one of SearchIndex's constants, never user input.
    private static Task<int> CountAsync(CatalogueDb db, string table, string match, CancellationToken cancellationToken, int bound = SearchIndex.Candidates)
    {
        var sql = $"SELECT count(*) AS Value FROM (SELECT 1 FROM {table} WHERE {table} MATCH @match LIMIT @bound)";
        return db.Database.SqlQueryRaw<int>(sql, new SqliteParameter("@match", match), new SqliteParameter("@bound", bound)).SingleAsync(cancellationToken);
    }

    private static IEnumerable<string> Trigrams(string word) => Enumerable.Range(0, word.Length - 2).Select(i => word.Substring(i, 3)).Distinct(StringComparer.Ordinal);

    private sealed record VocabularyWord(string Word, int Pages);
}
