using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Search;

// Page is a page of its own that is not a role, category, guide section or answer (pay and growth, sources…);
// Planner is the page of one clinical job (/from/{job}).
public enum SearchKind { Role, Category, Guide, Faq, Page, Planner }

// One searchable thing: plain text only, so snippets never carry markup from content. Titles are the other names
// people give it, one a line (a role's job titles from O*NET); they rank next to the title. A role carries its
// facets, which searches such as "remote" or "no patients" filter on.
public sealed record SearchDocument(SearchKind Kind, string Url, string Title, string Summary, string Body)
{
    public string Titles { get; init; } = "";

    public RoleFacets? Facets { get; init; }
}

// What a search can filter roles on, as the role's front matter says it (the /roles filters read the same values).
public sealed record RoleFacets(PatientContact Contact, RemoteWork Remote, EducationLevel Education);
