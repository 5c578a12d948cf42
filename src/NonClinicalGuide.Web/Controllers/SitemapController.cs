using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class SitemapController(CatalogueDb db) : Controller
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Every page a search engine should know, dated by the content's own "last reviewed" date.
    [HttpGet(SitePaths.Sitemap)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var documents = await db.Documents.ToDictionaryAsync(d => d.Key, d => d.LastReviewed, cancellationToken);
        var roles = await db.Roles.OrderBy(r => r.Slug).Select(r => new { r.Slug, r.CategorySlug, r.LastReviewed }).ToListAsync(cancellationToken);
        var categories = await db.Categories.OrderBy(c => c.Order).Select(c => c.Slug).ToListAsync(cancellationToken);
        var newest = roles.Select(r => r.LastReviewed).Concat(documents.Values).Max();

        // A page written in content is dated by its file; a page drawn from every role, by the newest of them.
        var pages = SitePaths.IndexablePages
            .Select(path => (Path: path, Modified: DocumentKeys.Of(path) is { } key && documents.TryGetValue(key, out var reviewed) ? reviewed : newest))
            .ToList();
        pages.AddRange(categories.Select(slug => (SitePaths.Category(slug), roles.Where(r => r.CategorySlug == slug).Select(r => r.LastReviewed).DefaultIfEmpty(newest).Max())));
        pages.AddRange(roles.Select(r => (SitePaths.Role(r.Slug), r.LastReviewed)));
        // A planner page is drawn from every role, like the hub it hangs from.
        var hub = documents.GetValueOrDefault(DocumentKeys.FromClinical, newest);
        pages.AddRange((await db.ClinicalJobs.OrderBy(j => j.Order).Select(j => j.Slug).ToListAsync(cancellationToken))
            .Select(slug => (SitePaths.FromJob(slug), newest > hub ? newest : hub)));

        var baseUrl = SiteUrls.Base(HttpContext);
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset",
            pages.Select(page => new XElement(Ns + "url",
                new XElement(Ns + "loc", baseUrl + page.Path),
                new XElement(Ns + "lastmod", Labels.IsoDate(page.Modified))))));
        return Content($"{xml.Declaration}\n{xml.Root!.ToString(SaveOptions.DisableFormatting)}", "application/xml; charset=utf-8");
    }

    [HttpGet(SitePaths.Robots)]
    public IActionResult Robots() =>
        Content($"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(HttpContext, SitePaths.Sitemap)}\n", "text/plain; charset=utf-8");
}
