using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Search;

// What a search did, so the page can say it. Words: what was searched for once intents were read and
// misspellings corrected. Filter: the roles the intents narrowed the search to (null when none, or when no such
// role has the words: FilterDropped). Correction: the query searched instead of one that found nothing;
// Suggestion: a query that would find far more ("Did you mean …?"). Without words, a filter lists its roles.
public sealed record SearchOutcome(
    IReadOnlyList<string> Words,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<SearchIntent> Intents,
    RoleFacetFilter? Filter,
    bool FilterDropped,
    string? Correction,
    string? Suggestion,
    bool IsLooseMatch)
{
    public bool ListsFilteredRoles => Words.Count == 0 && Filter is not null;
}

// The site's search, in the order a reader's words are understood: intents ("remote", "no patients", "salary"),
// then spelling, then the words themselves, looked up from the strictest match to the loosest. "Literal" searches
// the words as typed, without intents or corrections (the page's "search instead for …" links).
public static class SiteSearch
{
    // A suggestion is made when the other words would find at least this many times as many pages, and a few more.
    private const int FarMoreFactor = 3;
    private const int FarMoreMargin = 3;

    public static async Task<SearchOutcome> RunAsync(CatalogueDb db, string query, bool literal, int limit, CancellationToken cancellationToken)
    {
        var typed = SearchQuery.Words(query).Take(SearchQuery.MaxTerms).ToList();
        var read = literal ? new ReadQuery(typed, []) : SearchIntents.Read(typed);
        var words = read.Words.Distinct(StringComparer.Ordinal).ToList();
        var checks = await Spelling.CheckAsync(db, words.Where(word => !SearchQuery.IsStopWord(word)).ToList(), cancellationToken);
        var filter = read.Filter;
        var pinned = read.Asks(SearchIntent.Pay) ? PayPage : null;

        if (words.Count == 0)
        {
            // Only intents: a filter lists its roles (the page asks the catalogue for them); pay words alone
            // still find the pages that talk about pay, after the pay page.
            var payWords = filter is null ? await FindAsync(db, Terms(typed.Distinct(StringComparer.Ordinal).ToList(), null), null, limit, cancellationToken) : Found.None;
            return new SearchOutcome([], Pin(payWords.Hits, pinned, afterFirst: false), read.Intents, filter, false, null, null, false);
        }

        var corrections = literal ? [] : Corrections(words, checks);
        var searched = words.Select(word => corrections.GetValueOrDefault(word, word)).ToList();
        var halfTyped = HalfTyped(searched, checks);
        var (found, filterDropped) = await FindFilteredAsync(db, Terms(searched, halfTyped), filter, limit, cancellationToken);
        string? correction = null;
        if (corrections.Count > 0)
        {
            if (found.Hits.Count > 0)
            {
                correction = string.Join(' ', searched);
            }
            else
            {
                searched = words;
                (found, filterDropped) = await FindFilteredAsync(db, Terms(words, HalfTyped(words, checks)), filter, limit, cancellationToken);
            }
        }

        var suggestion = correction is null && !literal ? await SuggestionAsync(db, words, checks, found.Hits.Count, cancellationToken) : null;
        var hits = filter is not null && !filterDropped ? RolesFirst(found.Hits) : found.Hits;
        return new SearchOutcome(searched, Pin(hits, pinned, afterFirst: true), read.Intents, filterDropped ? null : filter, filterDropped,
            correction, suggestion, found.IsLoose);
    }

    private static readonly SearchHit PayPage = new(SearchKind.Page, AppPages.PayAndGrowth.Path, AppPages.PayAndGrowth.Title, AppPages.PayAndGrowth.Description, "", -1, 0);

    // A word that finds nothing is replaced by the likeliest word the catalogue has, unless it is the last word
    // and more pages have words that start with it (it may be half-typed: "analy").
    private static Dictionary<string, string> Corrections(IReadOnlyList<string> words, IReadOnlyList<WordCheck> checks) =>
        checks.Where(check => !check.Known && check.Nearest is not null
                && (check.Word != words[^1] || check.NearestPages >= check.Completions))
            .ToDictionary(check => check.Word, check => check.Nearest!, StringComparer.Ordinal);

    // The last word, when the catalogue has no such word but has words that start with it.
    private static string? HalfTyped(IReadOnlyList<string> words, IReadOnlyList<WordCheck> checks) =>
        checks.FirstOrDefault(check => check.Word == words[^1] && !check.Known && check.Completions > 0)?.Word;

    private static QueryTerms Terms(IReadOnlyList<string> words, string? halfTyped)
    {
        var all = words.Select(word => new SearchTerm(word, Synonyms.Of(word))).ToList();
        var key = all.Where(term => !SearchQuery.IsStopWord(term.Word)).ToList();
        return new QueryTerms(all, key.Count > 0 ? key : all, halfTyped is not null);
    }

    // With a filter first; if no role that the filter allows has the words, without it (and the page says so).
    private static async Task<(Found Found, bool FilterDropped)> FindFilteredAsync(CatalogueDb db, QueryTerms terms, RoleFacetFilter? filter, int limit, CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, terms, filter, limit, cancellationToken);
        if (filter is null || found.Hits.Any(hit => hit.Kind == SearchKind.Role))
        {
            return (found, false);
        }

        return (await FindAsync(db, terms, null, limit, cancellationToken), true);
    }

    // Strictest first: every word as typed in a title (a page's name typed in full, "Do I need a medical degree?"),
    // then every word that matters in a title or job title, then anywhere; only when none of that finds a page,
    // any of the words.
    private static async Task<Found> FindAsync(CatalogueDb db, QueryTerms terms, RoleFacetFilter? filter, int limit, CancellationToken cancellationToken)
    {
        var every = SearchQuery.Expression(terms.Key, anyTerm: false, Prefixes.Every);
        var lookups = new List<SearchLookup>();
        if (terms.All.Count != terms.Key.Count)
        {
            lookups.Add(new(SearchIndex.StemmedTable, InTitles(SearchQuery.Expression(terms.All, anyTerm: false, Prefixes.Every)), every, 0));
        }

        lookups.Add(new(SearchIndex.StemmedTable, InTitles(every), every, 1));
        lookups.Add(new(SearchIndex.StemmedTable, every, every, 2));
        lookups.AddRange(HalfTypedLookups(terms, anyTerm: false));
        var hits = await SearchIndex.QueryAsync(db, lookups, filter, limit, cancellationToken);
        if (hits.Count > 0 || terms.Key.Count < 2)
        {
            return new Found(hits, false);
        }

        var any = SearchQuery.Expression(terms.Key, anyTerm: true, Prefixes.Every);
        return new Found(await SearchIndex.QueryAsync(db, [new(SearchIndex.StemmedTable, any, any, 3), .. HalfTypedLookups(terms, anyTerm: true)], filter, limit, cancellationToken), true);
    }

    // A last word not finished is looked up as the start of a word, in the table that keeps words whole.
    private static IEnumerable<SearchLookup> HalfTypedLookups(QueryTerms terms, bool anyTerm)
    {
        if (!terms.LastIsHalfTyped)
        {
            yield break;
        }

        var expression = SearchQuery.Expression(terms.Key, anyTerm, Prefixes.Last);
        if (!anyTerm)
        {
            yield return new(SearchIndex.AsTypedTable, InTitles(expression), expression, 1);
        }

        yield return new(SearchIndex.AsTypedTable, expression, expression, anyTerm ? 3 : 2);
    }

    private static string InTitles(string expression) => $"{SearchIndex.TitleColumns} : ({expression})";

    // "Did you mean": a rare word with a much commoner neighbour, when the query with it would find far more.
    private static async Task<string?> SuggestionAsync(CatalogueDb db, IReadOnlyList<string> words, IReadOnlyList<WordCheck> checks, int found, CancellationToken cancellationToken)
    {
        var swaps = checks.Where(check => check.Known && check.Nearest is not null && check.NearestPages >= FarMoreFactor * Math.Max(1, check.Pages))
            .ToDictionary(check => check.Word, check => check.Nearest!, StringComparer.Ordinal);
        if (swaps.Count == 0)
        {
            return null;
        }

        var other = words.Select(word => swaps.GetValueOrDefault(word, word)).ToList();
        var wouldFind = (await FindAsync(db, Terms(other, null), null, SearchIndex.Candidates, cancellationToken)).Hits.Count;
        return wouldFind >= FarMoreFactor * found && wouldFind >= found + FarMoreMargin ? string.Join(' ', other) : null;
    }

    private static IReadOnlyList<SearchHit> RolesFirst(IReadOnlyList<SearchHit> hits) =>
        [.. hits.Where(hit => hit.Kind == SearchKind.Role), .. hits.Where(hit => hit.Kind != SearchKind.Role)];

    // The page an intent leads to, once, first or right after the best match of the words.
    private static IReadOnlyList<SearchHit> Pin(IReadOnlyList<SearchHit> hits, SearchHit? pinned, bool afterFirst)
    {
        if (pinned is null)
        {
            return hits;
        }

        var others = hits.Where(hit => hit.Url != pinned.Url).ToList();
        others.Insert(afterFirst && others.Count > 0 ? 1 : 0, pinned);
        return others;
    }

    private sealed record QueryTerms(IReadOnlyList<SearchTerm> All, IReadOnlyList<SearchTerm> Key, bool LastIsHalfTyped);

    private sealed record Found(IReadOnlyList<SearchHit> Hits, bool IsLoose)
    {
        public static readonly Found None = new([], false);
    }
}
