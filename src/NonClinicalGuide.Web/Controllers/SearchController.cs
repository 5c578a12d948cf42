using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using NonClinicalGuide.Web.Catalogue;
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
    // The best twenty, grouped by kind, answer a question; more is scrolling past weaker matches.
    private const int Limit = 20;

    [HttpGet(SitePaths.Search)]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = q?.Trim() ?? "";
        if (query.Length > SearchQuery.MaxLength)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SearchPage(query[..SearchQuery.MaxLength], [], 0, false,
                $"That search is too long. Please use fewer than {SearchQuery.MaxLength} characters: a few words work best."));
        }

        var terms = SearchQuery.Terms(query);
        if (terms.Count == 0)
        {
            return View(new SearchPage(query, [], 0, false, query.Length == 0 ? null : "Type a word or two, for example coding, remote or patients."));
        }

        var hits = await SearchIndex.QueryAsync(db, terms, anyTerm: false, Limit, cancellationToken);
        var loose = false;
        if (hits.Count == 0 && terms.Count > 1)
        {
            hits = await SearchIndex.QueryAsync(db, terms, anyTerm: true, Limit, cancellationToken);
            loose = true;
        }

        var groups = hits.GroupBy(hit => hit.Kind)
            .OrderBy(group => group.Key)
            .Select(group => new SearchGroup(group.Key, Heading(group.Key), group.ToList()))
            .ToList();
        return View(new SearchPage(query, groups, hits.Count, loose, null));
    }

    private static string Heading(SearchKind kind) => kind switch
    {
        SearchKind.Role => "Roles",
        SearchKind.Category => "Categories",
        SearchKind.Guide => "From the guide",
        SearchKind.Faq => "Questions and answers",
        _ => kind.ToString(),
    };
}
