namespace NonClinicalGuide.Web.Models;

// Paging maths in one place: which page, how many, and whether there is another.
public sealed record Paging(int Page, int PageSize, int Total)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;

    public bool IsBeyondTheEnd => Page > TotalPages;
}

// What the shared pager needs: where the list stands, the address of any page of it, and a name for the
// navigation landmark ("Pages of roles").
public sealed record Pager(Paging Paging, Func<int, string> UrlFor, string Label);
