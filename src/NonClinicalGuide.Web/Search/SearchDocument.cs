namespace NonClinicalGuide.Web.Search;

public enum SearchKind { Role, Category, Guide, Faq }

// One searchable thing: plain text only, so snippets never carry markup from content.
public sealed record SearchDocument(SearchKind Kind, string Url, string Title, string Summary, string Body);
