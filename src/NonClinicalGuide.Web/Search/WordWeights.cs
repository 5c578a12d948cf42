using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Search;

// How much a word says about a page: the fewer pages have it, the more ("nurses" says more than "clinical",
// which nearly every page has). Inverse document frequency, from the page counts the build stores with every
// word (Spelling.WordsTable) and the number of pages in the index.
public sealed class WordWeights(IReadOnlyDictionary<string, int> pages, int total)
{
    public const string TotalTable = "SearchPageCount";

    // The vocabulary keeps words of three letters or more, so "a", "i" or "is" are not in it: the grammar of a
    // question weighs as a word on every page does, not as one on none.
    public double Of(string word) => Math.Log(1 + (double)total / ((SearchQuery.IsStopWord(word) ? total : pages.GetValueOrDefault(word)) + 1));

    // A word on more than half of the pages narrows nothing down ("healthcare" on a healthcare site).
    public bool IsCommon(string word) => total > 0 && pages.GetValueOrDefault(word) > total / 2;

    public static async Task<WordWeights> ReadAsync(CatalogueDb db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var parameters = words.Distinct(StringComparer.Ordinal).Select((word, i) => new SqliteParameter($"@w{i}", word)).ToList();
        var sql = $"""
            SELECT word AS Word, pages AS Pages FROM {Spelling.WordsTable} WHERE word IN ({string.Join(", ", parameters.Select(p => p.ParameterName).DefaultIfEmpty("NULL"))})
            UNION ALL SELECT '' AS Word, pages AS Pages FROM {TotalTable}
            """;
        var rows = await db.Database.SqlQueryRaw<WordPages>(sql, [.. parameters]).ToListAsync(cancellationToken);
        return new WordWeights(
            rows.Where(row => row.Word.Length > 0).ToDictionary(row => row.Word, row => row.Pages, StringComparer.Ordinal),
            rows.FirstOrDefault(row => row.Word.Length == 0)?.Pages ?? 0);
    }

    private sealed record WordPages(string Word, int Pages);
}
