using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models;

// The /roles filters as they appear in a shareable URL: ?category=…&contact=…&remote=…&education=…&page=…
// Values are the same hyphenated names editors write in front matter.
public sealed record RoleFilter(string? Category, PatientContact? Contact, RemoteWork? Remote, EducationLevel? Education, int Page)
{
    public const int MaxPage = 100_000;

    // The parameters, in the order of the canonical address (RolesController declares the same list).
    public const string CategoryKey = "category";
    public const string ContactKey = "contact";
    public const string RemoteKey = "remote";
    public const string EducationKey = "education";
    public const string PageKey = "page";

    public bool IsEmpty => Category is null && Contact is null && Remote is null && Education is null;

    public static RoleFilter? TryParse(IQueryCollection query, out string? problem)
    {
        problem = null;
        string? Single(string key) => query.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[^1]) ? values[^1] : null;

        var category = Single(CategoryKey);
        if (category is not null && !Codes.IsSlug(category))
        {
            problem = "The category in the address is not a valid category name.";
            return null;
        }

        var contact = ParseOptional<PatientContact>(Single(ContactKey), ContactKey, ref problem);
        var remote = ParseOptional<RemoteWork>(Single(RemoteKey), RemoteKey, ref problem);
        var education = ParseOptional<EducationLevel>(Single(EducationKey), EducationKey, ref problem);
        var pageText = Single(PageKey);
        var page = 1;
        if (pageText is not null && !(int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= MaxPage))
        {
            problem = "The page number in the address must be a whole number from 1.";
        }

        return problem is null ? new RoleFilter(category, contact, remote, education, page) : null;
    }

    public string ToUrl(int? page = null)
    {
        var query = new Dictionary<string, string?>();
        if (Category is not null)
        {
            query[CategoryKey] = Category;
        }

        if (Contact is { } contact)
        {
            query[ContactKey] = FixedValueNames.Of(contact);
        }

        if (Remote is { } remote)
        {
            query[RemoteKey] = FixedValueNames.Of(remote);
        }

        if (Education is { } education)
        {
            query[EducationKey] = FixedValueNames.Of(education);
        }

        if ((page ?? Page) > 1)
        {
            query[PageKey] = (page ?? Page).ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(SitePaths.Roles, query);
    }

    private static TEnum? ParseOptional<TEnum>(string? name, string key, ref string? problem) where TEnum : struct, Enum
    {
        if (name is null)
        {
            return null;
        }

        if (FixedValueNames.TryParse<TEnum>(name, out var value))
        {
            return value;
        }

        problem = $"'{name}' is not a choice for {key}. Use one of: {string.Join(", ", FixedValueNames.All<TEnum>())}.";
        return null;
    }
}
