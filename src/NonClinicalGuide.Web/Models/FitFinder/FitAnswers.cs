using Microsoft.AspNetCore.WebUtilities;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models.FitFinder;

public enum ContactWish { Any, Daily, Some, None }

public enum RemoteWish { Any, Must, Like, OnSite }

// Short is the word in shared addresses (?study=short), so it keeps its name.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The value's name is its word in shared addresses.")]
public enum StudyWish { None, Short, Degree }

// The fit finder's answers, read from and written to a shareable GET address.
public sealed record FitAnswers(
    ContactWish Contact,
    RemoteWish Remote,
    EducationLevel Education,
    StudyWish Study,
    IReadOnlyList<Interest> Interests,
    ClinicalBackground? From)
{
    // The parameters, in the order of the canonical address (FitFinderController declares the same list).
    public const string ContactKey = "contact";
    public const string RemoteKey = "remote";
    public const string EducationKey = "education";
    public const string StudyKey = "study";
    public const string InterestKey = "interest";
    public const string FromKey = "from";

    public static FitAnswers? TryParse(IQueryCollection query, out string? problem)
    {
        problem = null;
        if (!query.ContainsKey(EducationKey))
        {
            return null;
        }

        var contact = Parse(query, ContactKey, ContactWish.Any, ref problem);
        var remote = Parse(query, RemoteKey, RemoteWish.Any, ref problem);
        var education = Parse(query, EducationKey, EducationLevel.HighSchool, ref problem);
        var study = Parse(query, StudyKey, StudyWish.None, ref problem);
        var interests = new List<Interest>();
        foreach (var value in query[InterestKey])
        {
            if (FixedValueNames.TryParse<Interest>(value, out var interest))
            {
                interests.Add(interest);
            }
            else
            {
                problem = $"'{value}' is not one of the interests we ask about.";
            }
        }

        ClinicalBackground? from = null;
        var fromText = query[FromKey].LastOrDefault();
        if (!string.IsNullOrEmpty(fromText) && fromText != "none")
        {
            if (FixedValueNames.TryParse<ClinicalBackground>(fromText, out var background))
            {
                from = background;
            }
            else
            {
                problem = $"'{fromText}' is not one of the clinical backgrounds we ask about.";
            }
        }

        // In the order the form lists them, so one set of answers has one address.
        return problem is null ? new FitAnswers(contact, remote, education, study, interests.Distinct().Order().ToList(), from) : null;
    }

    public string ToUrl(int page = 1)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new(ContactKey, FixedValueNames.Of(Contact)),
            new(RemoteKey, FixedValueNames.Of(Remote)),
            new(EducationKey, FixedValueNames.Of(Education)),
            new(StudyKey, FixedValueNames.Of(Study)),
        };
        query.AddRange(Interests.Select(i => new KeyValuePair<string, string?>(InterestKey, FixedValueNames.Of(i))));
        query.Add(new(FromKey, From is { } from ? FixedValueNames.Of(from) : "none"));
        if (page > 1)
        {
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString(SitePaths.FindYourRole, query);
    }

    private static TEnum Parse<TEnum>(IQueryCollection query, string key, TEnum fallback, ref string? problem) where TEnum : struct, Enum
    {
        var text = query[key].LastOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (FixedValueNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problem = $"'{text}' is not an answer to the {key} question.";
        return fallback;
    }
}
