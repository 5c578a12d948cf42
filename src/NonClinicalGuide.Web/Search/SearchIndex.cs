using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Search;

// A page a search found. Tier says how it was found (lower is better: the words of the query in its title before
// the words anywhere); Rank is bm25 within the tier (lower is better). MatchedTitles are the job titles of a role
// that have the words searched for ("Ward Clerk" for medical secretaries), best first.
public sealed record SearchHit(SearchKind Kind, string Url, string Title, string Summary, string Snippet, int Tier, double Rank)
{
    public IReadOnlyList<string> MatchedTitles { get; init; } = [];
}

// One question put to a full-text table: the MATCH expression that finds pages, the tier they are given, and the
// words marked in their snippets (the same words, without a column filter). The table is one of SearchIndex's
// constants, never user input. With OneJobTitleHas, a page is kept only if one of its job titles
// has all those words (NEAR finds words side by side, which may be the end of one title and the next).
// With PlannerTitleHas, a planner (/from/{job}) is kept only if its own title has all those words, or one of its
// job titles has them and no word that was not typed: "Charge Nurse" makes "charge nurse" a title of the
// registered nurses' planner, but "Nurse Receptionist" does not make "receptionist" one (the planner still
// answers that word further down, as a page that mentions it).
public sealed record SearchLookup(string Table, string Match, SnippetMarks Marks, int Tier)
{
    public IReadOnlyList<string>? OneJobTitleHas { get; init; }

    public IReadOnlyList<string>? PlannerTitleHas { get; init; }

    // For lookups of pages that only mention the words: a planner, whose text is the same for every clinical job
    // but for its name, comes after the other pages that mention them, unless its title has one of the words
    // that matter ("pharmacists" in "I'm a pharmacy technician"; not "I'm a").
    public bool PlannersLast { get; init; }

    // Marks for the pages that have none of Marks anywhere (title, summary, job titles or text): Marks can then
    // be the words whole ("coding" marks "code" and "codes"), and the wider marks the words as the lookup found
    // them ("coding" as a prefix marks "coder" too).
    public SnippetMarks? WiderMarks { get; init; }
}

// Full-text search in the catalogue with SQLite FTS5. Three tables hold the same rows, with the same rowids: one
// stems words with porter ("coding" finds "coder"); one keeps them whole, because porter also stems a half-typed
// word ("analy" becomes "anali") and would then miss "analyst" in a prefix search; and a stemmed one of the titles
// alone, for the lookups of words in titles. Those could ask the first table with a column filter, but FTS5 would
// then read every position of the words in every page's text, and bm25 counts the pages with each word before it
// ranks one: at 10,000 roles that made a title lookup three times slower. bm25 weighs a page's title over the
// other names it goes by (a role's job titles) over its summary over its text. Build.SearchIndexWriter creates
// the tables.
public static class SearchIndex
{
    public const string StemmedTable = "SearchIndex";
    public const string AsTypedTable = "SearchPrefix";
    public const string TitlesTable = "SearchTitles";
    public const string StemmedTokenizer = "porter unicode61 remove_diacritics 2";
    public const string AsTypedTokenizer = "unicode61 remove_diacritics 2";

    // Whether a table stems its words (both tables but the as-typed one): how an expression for it is written and
    // how the words it found are marked.
    public static bool Stems(string table) => table != AsTypedTable;

    // The columns of the first two tables, in order: the first five are stored but not searched. The titles table
    // has all but the body, and searches only the title and the job titles.
    public static readonly IReadOnlyList<string> Columns = ["kind", "url", "contact", "remote", "education", "title", "titles", "summary", "body"];
    public static readonly IReadOnlyList<string> TitlesTableColumns = [.. Columns.Where(column => column != "body")];
    public const string Ranking = "bm25(0, 0, 0, 0, 0, 10.0, 5.0, 4.0, 1.0)";
    public const string TitlesRanking = "bm25(0, 0, 0, 0, 0, 10.0, 5.0, 0)";
    public const string TitleColumns = "{title titles}";
    public const string TitleColumn = "title";
    public const string JobTitlesColumn = "titles";

    // Snippet markers that cannot occur in content text; replaced by <mark> after HTML-encoding.
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    // A role's job titles, one a line in its titles column.
    public const char TitleSeparator = '\n';

    // How many matches, at most, each lookup ranks. Ranking scores every row it is given, so without a
    // bound a common word in a large catalogue would score thousands; with it, a search costs the same
    // whatever the size. The real catalogue has far fewer pages than this, so there every match is ranked.
    public const int Candidates = 200;

    private const int MatchedTitlesShown = 3;

    // The lookups are asked in order until the page is full; a page found by several keeps its best place.
    // Within a tier (planners last where the lookup says so), pages whose own title has more of the words typed
    // come first (TitleMatch); among those, a whole page before a section of one (it says more), the tighter title
    // first, then bm25.
    // Snippets are made last, only for the pages shown, with the marks of the lookup that found each, from texts
    // read in one query. A filter keeps only the roles it allows (other pages are never filtered out).
    public static async Task<IReadOnlyList<SearchHit>> QueryAsync(
        CatalogueDb db, IReadOnlyList<SearchLookup> lookups, IReadOnlyList<string> typed, WordWeights weights, RoleFacetFilter? filter, int limit, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var lookup in lookups)
        {
            if (found.Count >= limit)
            {
                break;
            }

            foreach (var row in await RankAsync(db, lookup, filter, limit, cancellationToken))
            {
                if (lookup.OneJobTitleHas is { } words && !row.Titles.Split(TitleSeparator).Any(title => TitleMatch.Has(title, words)))
                {
                    continue;
                }

                if (lookup.PlannerTitleHas is { } needed && row.Kind == SearchKind.Planner && !TitleMatch.Has(row.Title, needed)
                    && !row.Titles.Split(TitleSeparator).Any(title => TitleMatch.IsNamedBy(title, needed, typed)))
                {
                    continue;
                }

                if (!found.TryGetValue(row.Url, out var known) || (lookup.Tier, row.Rank).CompareTo((known.Lookup.Tier, known.Row.Rank)) < 0)
                {
                    found[row.Url] = new Found(lookup, row);
                }
            }
        }

        var shown = found.Values
            .Select(hit => (Hit: hit, Title: TitleMatch.Of(hit.Row.Title, typed, weights)))
            .OrderBy(x => x.Hit.Lookup.Tier).ThenBy(x => x.Hit.Lookup.PlannersLast && x.Hit.Row.Kind == SearchKind.Planner && !TitleMatch.HasAny(x.Hit.Row.Title, typed))
            .ThenBy(x => -x.Title.Score)
            .ThenBy(x => x.Hit.Row.Url.Contains('#', StringComparison.Ordinal)).ThenBy(x => -x.Title.Tightness).ThenBy(x => x.Hit.Row.Rank)
            .Select(x => x.Hit)
            .Take(limit).ToList();
        var texts = shown.Count == 0 ? new Dictionary<long, TextRow>() : (await TextsAsync(db, shown.Select(hit => hit.Row.Id).ToList(), cancellationToken)).ToDictionary(row => row.Id);
        return shown.Select(hit =>
        {
            var text = texts.GetValueOrDefault(hit.Row.Id) ?? new TextRow(hit.Row.Id, "", "");
            // The wider marks only for a page with none of the words whole, anywhere.
            var marks = hit.Lookup.Marks;
            var snippet = SearchSnippet.Make(text.Body, marks);
            if (snippet is null && hit.Lookup.WiderMarks is { } wider && !marks.AnyIn(hit.Row.Title) && !marks.AnyIn(hit.Row.Summary) && !marks.AnyIn(text.Titles))
            {
                (marks, snippet) = (wider, SearchSnippet.Make(text.Body, wider));
            }

            return new SearchHit(hit.Row.Kind, hit.Row.Url, hit.Row.Title, hit.Row.Summary, snippet ?? SearchSnippet.Opening(text.Body), hit.Lookup.Tier, hit.Row.Rank)
            {
                MatchedTitles = hit.Row.Kind == SearchKind.Role ? SearchSnippet.MarkedTitles(text.Titles, marks, MatchedTitlesShown) : [],
            };
        }).ToList();
    }

    // The inner LIMIT stops FTS5 after the first Candidates matches (in index order); only those are scored.
    // (Not "ORDER BY rank LIMIT": FTS5 would score every match first.) The filter is inside it, so it never
    // empties a page of candidates that other roles would have filled; and with a filter the roles it allows
    // come before other pages, which the page lists after them anyway ("healthcare" is in the text of twenty
    // guide sections and planners that would otherwise fill the page before any role).
    private static Task<List<RankedRow>> RankAsync(CatalogueDb db, SearchLookup lookup, RoleFacetFilter? filter, int limit, CancellationToken cancellationToken)
    {
        var table = lookup.Table;
        var titles = lookup.OneJobTitleHas is null && lookup.PlannerTitleHas is null ? "''" : "titles";
        var sql = $"""
            SELECT Id, Kind, Url, Title, Summary, Titles, Rank
            FROM (SELECT rowid AS Id, kind AS Kind, url AS Url, title AS Title, summary AS Summary, {titles} AS Titles, rank AS Rank
                  FROM {table} WHERE {table} MATCH @match{(filter is null ? "" : FilterClause)} LIMIT @candidates)
            ORDER BY {(filter is null ? "" : "Kind <> 0, ")}Rank LIMIT @limit
            """;
        SqliteParameter[] parameters =
        [
            new("@match", lookup.Match), new("@candidates", Candidates), new("@limit", limit),
            new("@contact", (object?)(int?)filter?.Contact ?? DBNull.Value),
            new("@remote", (object?)(int?)filter?.Remote ?? DBNull.Value),
            new("@education", (object?)(int?)filter?.Education ?? DBNull.Value),
        ];
        return db.Database.SqlQueryRaw<RankedRow>(sql, filter is null ? parameters[..3] : parameters).ToListAsync(cancellationToken);
    }

    // RoleFacetFilter.Allows, in SQL: pages that are not roles (kind 0) always pass.
    private const string FilterClause = """
         AND (kind <> 0 OR ((@contact IS NULL OR contact = @contact) AND (@remote IS NULL OR remote >= @remote) AND (@education IS NULL OR education <= @education)))
        """;

    // The texts snippets are made from, and the job titles, by rowid (FTS5 looks each up directly), from the one
    // table that keeps the texts: a page has the same rowid in every table.
    private static Task<List<TextRow>> TextsAsync(CatalogueDb db, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var idParameters = ids.Select((id, i) => new SqliteParameter($"@id{i}", id)).ToList();
        var sql = $"""
            SELECT rowid AS Id, body AS Body, titles AS Titles
            FROM {StemmedTable} WHERE rowid IN ({string.Join(", ", idParameters.Select(p => p.ParameterName))})
            """;
        return db.Database.SqlQueryRaw<TextRow>(sql, [.. idParameters]).ToListAsync(cancellationToken);
    }

    private sealed record Found(SearchLookup Lookup, RankedRow Row);

    private sealed record RankedRow(long Id, SearchKind Kind, string Url, string Title, string Summary, string Titles, double Rank);

    private sealed record TextRow(long Id, string Body, string Titles);
}
