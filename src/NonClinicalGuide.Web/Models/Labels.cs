using System.Globalization;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models;

// How fixed values and figures read on a page. One place, so a role page, a card and a table agree.
public static class Labels
{
    public static string Of(PatientContact value) => value switch
    {
        PatientContact.None => "None",
        PatientContact.Occasional => "Occasional",
        PatientContact.Daily => "Daily",
        _ => value.ToString(),
    };

    public static string Of(RemoteWork value) => value switch
    {
        RemoteWork.OnSite => "On-site",
        RemoteWork.HybridPossible => "Hybrid possible",
        RemoteWork.OftenRemote => "Often remote",
        _ => value.ToString(),
    };

    public static string Of(EducationLevel value) => value switch
    {
        EducationLevel.HighSchool => "High school diploma",
        EducationLevel.SomeCollege => "Some college",
        EducationLevel.PostsecondaryAward => "Certificate course",
        EducationLevel.Associate => "Associate's degree",
        EducationLevel.Bachelor => "Bachelor's degree",
        EducationLevel.Master => "Master's degree",
        _ => value.ToString(),
    };

    // The level inside a sentence: "most people start with an associate's degree".
    public static string Phrase(EducationLevel value) => value switch
    {
        EducationLevel.HighSchool => "a high school diploma",
        EducationLevel.SomeCollege => "some college",
        EducationLevel.PostsecondaryAward => "a certificate course",
        EducationLevel.Associate => "an associate's degree",
        EducationLevel.Bachelor => "a bachelor's degree",
        EducationLevel.Master => "a master's degree",
        _ => value.ToString(),
    };

    public static string Of(Interest value) => value switch
    {
        Interest.People => "Working with people",
        Interest.Data => "Data and detail",
        Interest.Technology => "Technology",
        Interest.Organising => "Organising",
        _ => value.ToString(),
    };

    public static string Of(ClinicalBackground value) => BackgroundLabels.Of(value);

    // US dollars written out by hand: the app runs with invariant globalization (no ICU to load).
    public static string Pay(int dollars) => "$" + dollars.ToString("N0", CultureInfo.InvariantCulture);

    public static string Pay(double dollars) => "$" + dollars.ToString("N0", CultureInfo.InvariantCulture);

    public static string Hourly(double dollars) => "$" + dollars.ToString("N2", CultureInfo.InvariantCulture);

    // A wage BLS publishes only as its top code: "$239,200 or more".
    public static string Pay(int dollars, bool atLeast) => atLeast ? $"{Pay(dollars)} or more" : Pay(dollars);

    public static string Pay(double dollars, bool atLeast) => atLeast ? $"{Pay(dollars)} or more" : Pay(dollars);

    public static string Hourly(double dollars, bool atLeast) => atLeast ? $"{Hourly(dollars)} or more" : Hourly(dollars);

    // "$37,000–$81,150": the range from the 10th to the 90th percentile.
    public static string PayRange(int low, int high, bool highAtLeast) => $"{Pay(low)}\u2013{Pay(high)}{(highAtLeast ? " or more" : "")}";

    // A real minus sign reads better than a hyphen and screen readers say "minus".
    public static string Growth(int percent) => percent < 0 ? $"\u2212{-percent}%" : $"{percent}%";

    // BLS's own rounding: one decimal place, as the projections table prints it.
    public static string Growth(double percent) =>
        percent < 0 ? $"\u2212{(-percent).ToString("0.#", CultureInfo.InvariantCulture)}%" : $"{percent.ToString("0.#", CultureInfo.InvariantCulture)}%";

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
