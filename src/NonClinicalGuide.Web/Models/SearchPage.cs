using NonClinicalGuide.Web.Search;

namespace NonClinicalGuide.Web.Models;

public sealed record SearchGroup(SearchKind Kind, string Heading, IReadOnlyList<SearchHit> Hits);

public sealed record SearchPage(string Query, IReadOnlyList<SearchGroup> Groups, int Total, bool IsLooseMatch, string? Problem);
