using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Search;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

// Every search is a render of its own: per-client limit, the shared render cap, never kept in the render cache.
[EnableRateLimiting(RateLimits.Search)]
[RenderCap]
[OutputCache(NoStore = true)]
public sealed class SearchController(CatalogueDb db) : Controller
{
    // The best twenty answer a question; more is scrolling past weaker matches.
    private const int Limit = 20;

    // ?exact=1 searches the words as typed: no correction, no filter (the page's links back from either).
    [HttpGet(SitePaths.Search)]
    public async Task<IActionResult> Index(string? q, string? exact, CancellationToken cancellationToken)
    {
        var query = q?.Trim() ?? "";
        if (query.Length > SearchQuery.MaxLength)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SearchPage.WithProblem(query[..SearchQuery.MaxLength],
                $"That search is too long. Please use fewer than {SearchQuery.MaxLength} characters: a few words work best."));
        }

        if (SearchQuery.Terms(query).Count == 0)
        {
            return View(SearchPage.WithProblem(query, query.Length == 0 ? null : "Type a word or two, for example coding, remote or patients."));
        }

        var literal = exact == "1";
        var outcome = await SiteSearch.RunAsync(db, query, literal, Limit, cancellationToken);
        var filter = outcome.Filter is { } facets ? new RoleFilter(null, facets.Contact, facets.Remote, facets.Education, 1) : null;
        var hits = outcome.ListsFilteredRoles
            ? await db.MatchingInListOrder(filter!).Take(Limit)
                .Select(r => new SearchHit(SearchKind.Role, SitePaths.Role(r.Slug), r.Title, r.Summary, "", 0, 0))
                .ToListAsync(cancellationToken)
            : outcome.Hits;
        var slugs = hits.Select(hit => SitePaths.RoleSlug(hit.Url)).OfType<string>().ToList();
        var cards = await db.Roles.Where(r => slugs.Contains(r.Slug)).AsCards().ToDictionaryAsync(card => card.Slug, cancellationToken);
        var results = hits.Select(hit => new SearchResult(hit, SearchPage.KindLabel(hit.Kind, hit.Url),
            SitePaths.RoleSlug(hit.Url) is { } slug ? cards.GetValueOrDefault(slug) : null)).ToList();
        return View(new SearchPage(query, results, outcome.IsLooseMatch, null, Notes(query, outcome, filter)));
    }

    private static SearchNotes Notes(string query, SearchOutcome outcome, RoleFilter? filter)
    {
        var literalUrl = SitePaths.SearchFor(query) + "&exact=1";
        var dropped = outcome.FilterDropped ? SearchIntents.Read(SearchQuery.Words(query).ToList()).Filter : null;
        var shownFilter = filter ?? (dropped is { } d ? new RoleFilter(null, d.Contact, d.Remote, d.Education, 1) : null);
        var changed = outcome.Correction is not null || outcome.Intents.Count > 0;
        return new SearchNotes(
            outcome.Correction,
            outcome.Suggestion,
            shownFilter is null ? null : SearchPage.FilterPhrase(shownFilter),
            shownFilter?.ToUrl(),
            outcome.FilterDropped,
            outcome.ListsFilteredRoles,
            outcome.Intents.Contains(SearchIntent.Pay),
            outcome.Intents.Contains(SearchIntent.LeaveClinical),
            changed ? literalUrl : null);
    }
}
