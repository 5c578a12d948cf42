using NonClinicalGuide.Web.Search;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models;

// One result as the page lists it: what kind of page it is, and for a role its card (pay, contact, remote).
public sealed record SearchResult(SearchHit Hit, string KindLabel, RoleCard? Role);

// What the search did to the words, said on the page with a way back: a correction ("Showing results for
// billing") with the search as typed; a suggestion; the /roles filter an intent applied (or could not apply; or
// all the page lists, when no other word narrows it), with the same roles on /roles and the words searched without it; the pay page for pay words; the pages for leaving
// a clinical job first for words like "leaving" or "former".
public sealed record SearchNotes(
    string? Correction, string? Suggestion, string? FilterPhrase, string? FilterUrl, bool FilterDropped, bool OnlyFilteredRoles, bool AboutPay, bool AboutLeaving, string? LiteralUrl)
{
    public static readonly SearchNotes None = new(null, null, null, null, false, false, false, false, null);
}

public sealed record SearchPage(string Query, IReadOnlyList<SearchResult> Results, bool IsLooseMatch, string? Problem, SearchNotes Notes)
{
    public int Total => Results.Count;

    public static SearchPage WithProblem(string query, string? problem) => new(query, [], false, problem, SearchNotes.None);

    public static string KindLabel(SearchKind kind, string url) => kind switch
    {
        SearchKind.Role => "Role",
        SearchKind.Category => "Category",
        SearchKind.Guide => "Guide",
        SearchKind.Faq => url == SitePaths.Faq ? "Questions and answers" : "Question and answer",
        SearchKind.Planner => "From a clinical job",
        _ => "Page",
    };

    // "with no patient contact, that are often remote and that you can start with a high school diploma"
    public static string FilterPhrase(RoleFilter filter)
    {
        var parts = new List<string>();
        if (filter.Contact is { } contact)
        {
            parts.Add(contact == PatientContact.None ? "with no patient contact" : $"with {Labels.Of(contact).ToLowerInvariant()} patient contact");
        }

        if (filter.Remote is { } remote)
        {
            parts.Add(remote switch
            {
                RemoteWork.OftenRemote => "that are often remote",
                RemoteWork.HybridPossible => "that can be done partly from home",
                _ => "that are on site",
            });
        }

        if (filter.Education is { } education)
        {
            parts.Add($"that you can start with {Labels.Phrase(education)}");
        }

        return parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }
}
