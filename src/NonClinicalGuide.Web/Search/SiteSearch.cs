using Microsoft.EntityFrameworkCore;
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
        var checks = await Spelling.CheckAsync(db, typed.Where(word => !SearchQuery.IsStopWord(word) && !SearchIntents.Vocabulary.Contains(word) && !Synonyms.Has(word)).Distinct().ToList(), cancellationToken);
        var corrections = literal ? [] : Corrections(typed, checks);
        if (corrections.Count > 0)
        {
            var corrected = typed.Select(word => corrections.GetValueOrDefault(word, word)).ToList();
            var outcome = await SearchAsync(db, corrected, literal, checks, limit, cancellationToken);
            if (outcome.Hits.Count > 0 || outcome.ListsFilteredRoles)
            {
                return outcome with { Correction = string.Join(' ', corrected) };
            }
        }

        var asTyped = await SearchAsync(db, typed, literal, checks, limit, cancellationToken);
        return literal ? asTyped : asTyped with { Suggestion = await SuggestionAsync(db, asTyped.Words, checks, asTyped.Hits.Count, cancellationToken) };
    }

    private static async Task<SearchOutcome> SearchAsync(CatalogueDb db, IReadOnlyList<string> typed, bool literal, IReadOnlyList<WordCheck> checks, int limit, CancellationToken cancellationToken)
    {
        var read = literal ? new ReadQuery(typed, []) : SearchIntents.Read(typed);
        var words = read.Words.Distinct(StringComparer.Ordinal).ToList();
        var filter = read.Filter;
        var pinned = read.Asks(SearchIntent.Pay) ? PayPage : null;
        if (filter is not null && (words.All(SearchQuery.IsStopWord)
            || (await WordWeights.ReadAsync(db, words, cancellationToken)) is var weights && words.All(word => SearchQuery.IsStopWord(word) || weights.IsCommon(word))))
        {
            // Only intents that filter, and words that narrow nothing down ("jobs with no patient contact", "work
            // from home healthcare"): the page lists the roles the filter allows, from the catalogue.
            return new SearchOutcome([], Pin([], pinned, afterFirst: false), read.Intents, filter, false, null, null, false);
        }

        // Every word typed counts for a page's title ("Pay and growth at a glance"); the rest of the search is for
        // the words left once the intents are read (or, with nothing left, the words typed: "pay").
        var terms = await TermsAsync(db, words.Count > 0 ? words : typed.Distinct(StringComparer.Ordinal).ToList(), typed, HalfTyped(words, checks), cancellationToken);
        var (found, filterDropped) = await FindFilteredAsync(db, terms, words.Count > 0 ? filter : null, limit, cancellationToken);
        var hits = filter is not null && !filterDropped ? RolesFirst(found.Hits) : found.Hits;
        // Roles a filter asked for come first; leaving a clinical job then only shapes the words searched.
        var intents = read.Intents;
        if (read.Asks(SearchIntent.LeaveClinical))
        {
            if (filter is not null && !filterDropped)
            {
                intents = [.. intents.Where(intent => intent != SearchIntent.LeaveClinical)];
            }
            else
            {
                hits = await CareerMovesFirstAsync(db, hits, limit, cancellationToken);
            }
        }

        return new SearchOutcome(words, Pin(hits, pinned, afterFirst: hits.Count > 0 && hits[0].Tier <= InTitles), intents, filterDropped ? null : filter, filterDropped,
            null, null, found.IsLoose);
    }

    // Someone leaving a clinical job ("leaving nursing", "former paramedic"): the pages for the job they name (its
    // planner, its background on /from-clinical: the words in their titles) come first, in the order the words put
    // them; when the words name no clinical job ("career change", "leaving healthcare"), /from-clinical leads.
    private static async Task<IReadOnlyList<SearchHit>> CareerMovesFirstAsync(CatalogueDb db, IReadOnlyList<SearchHit> hits, int limit, CancellationToken cancellationToken)
    {
        var moves = hits.Where(hit => IsCareerMove(hit) && hit.Tier <= InTitles).ToList();
        if (moves.Count == 0)
        {
            moves.Add(hits.FirstOrDefault(hit => hit.Url == SitePaths.FromClinical)
                ?? await db.Documents.Where(d => d.Key == DocumentKeys.FromClinical)
                    .Select(d => new SearchHit(SearchKind.Page, SitePaths.FromClinical, d.Title, d.Description, "", -1, 0))
                    .SingleAsync(cancellationToken));
        }

        return [.. moves, .. hits.Where(hit => moves.All(move => move.Url != hit.Url)).Take(limit - moves.Count)];
    }

    private static bool IsCareerMove(SearchHit hit) =>
        hit.Kind == SearchKind.Planner || hit.Url == SitePaths.FromClinical || hit.Url.StartsWith(SitePaths.FromClinicalSection(""), StringComparison.Ordinal);

    private static readonly SearchHit PayPage = new(SearchKind.Page, AppPages.PayAndGrowth.Path, AppPages.PayAndGrowth.Title, AppPages.PayAndGrowth.Description, "", -1, 0);

    // A word that finds nothing is replaced by the likeliest word the catalogue has (or a word that asks for an
    // intent, "salery" for "salary"), unless it is the last word and more pages have words that start with it:
    // it may be half-typed ("analy").
    private static Dictionary<string, string> Corrections(IReadOnlyList<string> typed, IReadOnlyList<WordCheck> checks)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var check in checks.Where(check => !check.Known))
        {
            var intentWord = EditDistance.Nearest(check.Word, SearchIntents.Vocabulary);
            if (intentWord is not null && (check.Nearest is null || EditDistance.Between(check.Word, intentWord) <= check.Distance))
            {
                corrections[check.Word] = intentWord;
            }
            else if (check.Nearest is not null && (check.Word != typed[^1] || check.NearestPages >= check.Completions))
            {
                corrections[check.Word] = check.Nearest;
            }
        }

        return corrections;
    }

    // The last word, when the catalogue has no such word but has words that start with it.
    private static string? HalfTyped(List<string> words, IReadOnlyList<WordCheck> checks) =>
        words.Count == 0 ? null : checks.FirstOrDefault(check => check.Word == words[^1] && !check.Known && check.Completions > 0)?.Word;

    // The words that matter are the ones every page must have; the words typed, stop words too, may be a title.
    private static async Task<QueryTerms> TermsAsync(CatalogueDb db, IReadOnlyList<string> words, IReadOnlyList<string> typed, string? halfTyped, CancellationToken cancellationToken)
    {
        var all = words.Select(word => new SearchTerm(word, Synonyms.Of(word))).ToList();
        var key = all.Where(term => !SearchQuery.IsStopWord(term.Word)).ToList();
        var typedTerms = typed.Distinct(StringComparer.Ordinal).Select(word => new SearchTerm(word, Synonyms.Of(word))).ToList();
        return new QueryTerms(typedTerms, key.Count > 0 ? key : all, typed, await WordWeights.ReadAsync(db, typed, cancellationToken), halfTyped is not null);
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

    // The tiers of a match, best first: every word typed in a title (a page's name typed in full, "Do I need a
    // medical degree?"); every word that matters in the page's own title; in one of its job titles ("Healthcare
    // Data Analyst", as FTS5's NEAR finds them, side by side); across its titles; anywhere. When that finds only
    // a few pages (or none), pages with some of the words follow: "jobs for former nurses" still finds the page
    // for nurses.
    private const int TypedInTitle = 0, InOwnTitle = 1, InOneJobTitle = 2, InTitles = 3, Anywhere = 4, SomeWords = 5;

    // The title tiers ask the titles table, which ranks a page by its titles alone; the others the whole pages.
    private static async Task<Found> FindAsync(CatalogueDb db, QueryTerms terms, RoleFacetFilter? filter, int limit, CancellationToken cancellationToken)
    {
        var every = SearchQuery.Expression(terms.Key, anyTerm: false, SearchIndex.StemmedTable);
        var marks = SnippetMarks.Whole(terms.Key);
        var everyMarks = SnippetMarks.Of(terms.Key, SearchIndex.StemmedTable);
        var keyWords = terms.Key.Select(term => term.Word).ToList();
        var lookups = new List<SearchLookup>();
        if (terms.Typed.Count != terms.Key.Count)
        {
            lookups.Add(new(SearchIndex.TitlesTable, InTitleColumns(SearchQuery.Expression(terms.Typed, anyTerm: false, SearchIndex.StemmedTable)), marks, TypedInTitle)
            {
                PlannerTitleHas = keyWords, WiderMarks = everyMarks,
            });
        }

        lookups.Add(new(SearchIndex.TitlesTable, $"{SearchIndex.TitleColumn} : ({every})", marks, InOwnTitle) { WiderMarks = everyMarks });
        if (terms.Key.Count > 1)
        {
            lookups.Add(new(SearchIndex.TitlesTable, $"{SearchIndex.JobTitlesColumn} : {SearchQuery.Near(terms.Key)}", marks, InOneJobTitle)
            {
                OneJobTitleHas = keyWords, PlannerTitleHas = keyWords, WiderMarks = everyMarks,
            });
        }

        lookups.Add(new(SearchIndex.TitlesTable, InTitleColumns(every), marks, InTitles) { PlannerTitleHas = keyWords, WiderMarks = everyMarks });
        lookups.Add(new(SearchIndex.StemmedTable, every, marks, Anywhere) { PlannersLast = true, WiderMarks = everyMarks });
        lookups.AddRange(HalfTypedLookups(terms, anyTerm: false));
        var hits = await SearchIndex.QueryAsync(db, lookups, terms.TypedWords, terms.Weights, filter, limit, cancellationToken);
        if (hits.Count >= FewResults || terms.Key.Count < 2)
        {
            return new Found(hits, false);
        }

        var any = SearchQuery.Expression(terms.Key, anyTerm: true, SearchIndex.StemmedTable);
        var some = await SearchIndex.QueryAsync(db, [new(SearchIndex.StemmedTable, any, marks, SomeWords) { PlannersLast = true, WiderMarks = everyMarks }, .. HalfTypedLookups(terms, anyTerm: true)], terms.TypedWords, terms.Weights, filter, limit, cancellationToken);
        return new Found([.. hits, .. some.Where(hit => hits.All(strict => strict.Url != hit.Url)).Take(limit - hits.Count)], hits.Count == 0);
    }

    // Fewer pages than this with every word, and pages with some of them are listed after those.
    private const int FewResults = 3;

    // A last word not finished is looked up as the start of a word, in the table that keeps words whole.
    private static IEnumerable<SearchLookup> HalfTypedLookups(QueryTerms terms, bool anyTerm)
    {
        if (!terms.LastIsHalfTyped)
        {
            yield break;
        }

        var expression = SearchQuery.Expression(terms.Key, anyTerm, SearchIndex.AsTypedTable);
        var marks = SnippetMarks.Of(terms.Key, SearchIndex.AsTypedTable);
        if (!anyTerm)
        {
            yield return new(SearchIndex.AsTypedTable, InTitleColumns(expression), marks, InTitles) { PlannerTitleHas = terms.Key.Select(term => term.Word).ToList() };
        }

        yield return new(SearchIndex.AsTypedTable, expression, marks, anyTerm ? SomeWords : Anywhere) { PlannersLast = true };
    }

    private static string InTitleColumns(string expression) => $"{SearchIndex.TitleColumns} : ({expression})";

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
        var wouldFind = (await FindAsync(db, await TermsAsync(db, other, other, null, cancellationToken), null, SearchIndex.Candidates, cancellationToken)).Hits.Count;
        return wouldFind >= FarMoreFactor * found && wouldFind >= found + FarMoreMargin ? string.Join(' ', other) : null;
    }

    private static IReadOnlyList<SearchHit> RolesFirst(IReadOnlyList<SearchHit> hits) =>
        [.. hits.Where(hit => hit.Kind == SearchKind.Role), .. hits.Where(hit => hit.Kind != SearchKind.Role)];

    // The page an intent leads to, once: first, or second when the words name a page in its title ("salary
    // medical coder": the role, then pay for every role); never later than the words alone would put it.
    private static IReadOnlyList<SearchHit> Pin(IReadOnlyList<SearchHit> hits, SearchHit? pinned, bool afterFirst)
    {
        if (pinned is null)
        {
            return hits;
        }

        var place = Math.Min(afterFirst ? 1 : 0, hits.ToList().FindIndex(hit => hit.Url == pinned.Url) is var found and >= 0 ? found : int.MaxValue);
        var others = hits.Where(hit => hit.Url != pinned.Url).ToList();
        others.Insert(Math.Min(place, others.Count), pinned);
        return others;
    }

    private sealed record QueryTerms(IReadOnlyList<SearchTerm> Typed, IReadOnlyList<SearchTerm> Key, IReadOnlyList<string> TypedWords, WordWeights Weights, bool LastIsHalfTyped);

    private sealed record Found(IReadOnlyList<SearchHit> Hits, bool IsLoose)
    {
        public static readonly Found None = new([], false);
    }
}
