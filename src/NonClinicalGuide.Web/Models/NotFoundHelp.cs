namespace NonClinicalGuide.Web.Models;

// What the 404 page offers for a mistyped address: the real addresses nearest to it, best first, and the
// words of the address to search for. Looked is false when the address was not worth reading (too long,
// control characters, not plain letters and digits): then the page says nothing about it.
public sealed record NotFoundHelp(bool Looked, IReadOnlyList<PageLink> Nearest, string SearchText)
{
    public static readonly NotFoundHelp None = new(false, [], "");
}

public sealed record PageLink(string Url, string Title);
