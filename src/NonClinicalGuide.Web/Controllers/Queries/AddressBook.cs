using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers.Queries;

// The real addresses a mistyped one is compared with, read from a catalogue once and kept as long as that
// catalogue is (a flood of 404s then costs ranking only, never a query).
public sealed class AddressBook
{
    private static readonly ConditionalWeakTable<CatalogueSnapshot, AddressBook> Books = new();

    private readonly IReadOnlyList<PageCandidate> _roles;
    private readonly IReadOnlyList<PageCandidate> _rolePrints;
    private readonly IReadOnlyList<PageCandidate> _categories;
    private readonly IReadOnlyList<PageCandidate> _jobs;
    private readonly IReadOnlyList<PageCandidate> _jobPrints;
    private readonly IReadOnlyList<PageCandidate> _fixedPages;

    private AddressBook(IReadOnlyList<(string Slug, string Title)> roles, IReadOnlyList<(string Slug, string Title)> categories,
        IReadOnlyList<ClinicalJobLink> jobs, IReadOnlyDictionary<string, string> documentTitles)
    {
        _roles = roles.Select(r => new PageCandidate(r.Slug, r.Title, SitePaths.Role(r.Slug))).ToList();
        _rolePrints = roles.Select(r => new PageCandidate(r.Slug, $"{r.Title}: printable sheet", SitePaths.RolePrint(r.Slug))).ToList();
        _categories = categories.Select(c => new PageCandidate(c.Slug, c.Title, SitePaths.Category(c.Slug))).ToList();
        _jobs = jobs.Select(j => new PageCandidate(j.Slug, $"From {j.Title.ToLowerInvariant()} to a non-clinical job", SitePaths.FromJob(j.Slug))).ToList();
        _jobPrints = jobs.Select(j => new PageCandidate(j.Slug, $"From {j.Title.ToLowerInvariant()}: printable handout", SitePaths.FromJobPrint(j.Slug))).ToList();
        _fixedPages = SitePaths.IndexablePages
            .Select(path => new PageCandidate(path[(path.LastIndexOf('/') + 1)..], FixedPageTitle(path, documentTitles), path))
            .ToList();
    }

    public static async Task<AddressBook> OfAsync(CatalogueDb db, CatalogueSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (Books.TryGetValue(snapshot, out var book))
        {
            return book;
        }

        var roles = await db.Roles.Select(r => new { r.Slug, r.Title }).ToListAsync(cancellationToken);
        var categories = await db.Categories.Select(c => new { c.Slug, c.Title }).ToListAsync(cancellationToken);
        var keys = SitePaths.IndexablePages.Select(DocumentKeys.Of).OfType<string>().ToList();
        var titles = await db.Documents.Where(d => keys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, d => d.Title, cancellationToken);
        book = new AddressBook(roles.Select(r => (r.Slug, r.Title)).ToList(), categories.Select(c => (c.Slug, c.Title)).ToList(), snapshot.ClinicalJobs, titles);
        // Two 404s at once may both read the catalogue; either book is the same.
        Books.AddOrUpdate(snapshot, book);
        return book;
    }

    // The pages a mistyped address of this kind may have meant: a mistyped role is a role (or a page under
    // /roles), a mistyped address of no known kind any page.
    public IEnumerable<PageCandidate> For(PageKind kind) => kind switch
    {
        PageKind.Role => _roles.Concat(_fixedPages.Where(page => page.Url.StartsWith(SitePaths.Roles + "/", StringComparison.Ordinal))),
        PageKind.RolePrint => _rolePrints,
        PageKind.Category => _categories,
        PageKind.FromJob => _jobs,
        PageKind.FromJobPrint => _jobPrints,
        _ => _fixedPages.Concat(_roles).Concat(_categories).Concat(_jobs),
    };

    // A page written from a document has the document's title; another is named by its address.
    private static string FixedPageTitle(string path, IReadOnlyDictionary<string, string> documentTitles)
    {
        if (DocumentKeys.Of(path) is { } key && documentTitles.TryGetValue(key, out var title))
        {
            return title;
        }

        var words = path.Trim('/').Split('/').Select(segment => segment.Replace('-', ' ')).ToList();
        var named = string.Join(": ", words);
        return named.Length == 0 ? "Home page" : char.ToUpperInvariant(named[0]) + named[1..];
    }
}
