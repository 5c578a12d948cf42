using System.Text.Json;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Seo;

// schema.org JSON-LD for search engines and link previews, built from the same records the pages show.
public static class StructuredData
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    // System.Text.Json escapes '<', so "</script>" inside content can never close the script element.
    public static string Serialize(object value) => JsonSerializer.Serialize(value, Json);

    public static object Breadcrumbs(string baseUrl, IReadOnlyList<Crumb> crumbs, string currentUrl)
    {
        var items = new List<object> { Item(1, "Home", baseUrl + SitePaths.Home) };
        items.AddRange(crumbs.Select((crumb, i) => Item(i + 2, crumb.Text, crumb.Url is null ? currentUrl : baseUrl + crumb.Url)));
        return new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = items,
        };

        static object Item(int position, string name, string url) => new Dictionary<string, object>
        {
            ["@type"] = "ListItem", ["position"] = position, ["name"] = name, ["item"] = url,
        };
    }

    public static object Article(Document guide, string url) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["headline"] = guide.Title,
        ["description"] = guide.Description,
        ["dateModified"] = Labels.IsoDate(guide.LastReviewed),
        ["mainEntityOfPage"] = url,
        ["author"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = "NonClinicalGuide" },
        ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = "NonClinicalGuide" },
    };

    // The site itself, with its search, so a search engine can offer a search box for it.
    public static object WebSite(string baseUrl, string description) => new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = "NonClinicalGuide",
        ["url"] = baseUrl + SitePaths.Home,
        ["description"] = description,
        ["potentialAction"] = new Dictionary<string, object>
        {
            ["@type"] = "SearchAction",
            ["target"] = baseUrl + SitePaths.Search + "?q={query}",
            ["query-input"] = "required name=query",
        },
    };

    public static object FaqPage(IEnumerable<FaqEntry> entries) => new Dictionary<string, object>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["mainEntity"] = entries.Select(entry => new Dictionary<string, object>
        {
            ["@type"] = "Question",
            ["name"] = entry.Question,
            ["acceptedAnswer"] = new Dictionary<string, object> { ["@type"] = "Answer", ["text"] = entry.AnswerHtml },
        }).ToList(),
    };

    public static object Occupation(Role role, OccupationFacts own, DataRelease release, string url)
    {
        var occupation = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = role.Title,
            ["description"] = role.Summary,
            ["mainEntityOfPage"] = url,
            ["occupationalCategory"] = $"{own.SocCode} {own.Title}",
            ["educationRequirements"] = own.TypicalEducation ?? Labels.Of(role.EntryEducation),
            ["skills"] = string.Join(", ", role.Skills),
            ["occupationLocation"] = new Dictionary<string, object> { ["@type"] = "Country", ["name"] = "United States" },
        };
        if (role.Certifications.Count > 0)
        {
            occupation["qualifications"] = string.Join("; ", role.Certifications.Select(c => $"{c.Name} ({c.Body})"));
        }

        // Only a published figure becomes a salary; a role without one says nothing rather than zero.
        if (own.Annual.Median is { } pay && !own.Annual.IsAtLeast(50))
        {
            var salary = new Dictionary<string, object?>
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = $"Annual pay, {FigureSources.Oews(release)}: {own.Title}",
                ["currency"] = "USD",
                ["duration"] = "P1Y",
                ["median"] = pay,
            };
            foreach (var (percentile, key) in new[] { (10, "percentile10"), (25, "percentile25"), (75, "percentile75"), (90, "percentile90") })
            {
                if (own.Annual.Points.First(p => p.Percentile == percentile).Value is { } value && !own.Annual.IsAtLeast(percentile))
                {
                    salary[key] = value;
                }
            }

            occupation["estimatedSalary"] = new[] { salary };
        }

        return occupation;
    }
}
