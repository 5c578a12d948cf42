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

    // Short enough for a menu; the glossary keeps it with BLS's term and the plain meaning.
    public static string Of(EducationLevel value) => Glossary.Of(value).MenuName ?? Glossary.Of(value).Official;

    // The level inside a sentence: "most people start with an associate's degree, usually two years of college".
    public static string Phrase(EducationLevel value) => Glossary.Of(value).Plain;

    public static string Of(Interest value) => value switch
    {
        Interest.People => "Working with people",
        Interest.Data => "Data and detail",
        Interest.Technology => "Technology",
        Interest.Organising => "Organising",
        _ => value.ToString(),
    };

    public static string Of(ClinicalBackground value) => BackgroundLabels.Of(value);

    // What the role makes of the licence, as a reader with that licence would say it.
    public static string Of(LicenceUse value) => value switch
    {
        LicenceUse.Required => "Licence required",
        LicenceUse.Valued => "Licence valued",
        LicenceUse.NotNeeded => "Licence not needed",
        _ => value.ToString(),
    };

    // The same, said in full for a reader with that licence.
    public static string Explain(LicenceUse value) => value switch
    {
        LicenceUse.Required => "Required: the role asks for the licence or registration your job holds.",
        LicenceUse.Valued => "Valued: employers prefer it, pay more for it, or it opens the senior posts.",
        LicenceUse.NotNeeded => "Not needed: your licence plays no part in this role.",
        _ => value.ToString(),
    };

    public static string Of(MoveFit value) => value switch
    {
        MoveFit.Strong => "Strong fit",
        MoveFit.Possible => "Possible fit",
        MoveFit.Unlikely => "Unlikely fit",
        _ => value.ToString(),
    };

    public static string Of(MoveOrder value) => value switch
    {
        MoveOrder.Fit => "Best fit",
        MoveOrder.Pay => "Highest pay",
        MoveOrder.Skills => "Skills you already have",
        MoveOrder.Time => "Quickest to get in",
        _ => value.ToString(),
    };

    // A span of months in words: "about 6 months", "6 to 12 months", "you can apply now".
    public static string Months(int min, int max) =>
        max == 0 ? "You can apply now"
        : min == max ? $"About {Count(max, "month")}"
        : min == 0 ? $"Up to {Count(max, "month")}"
        : $"{min} to {max} months";

    // Pay there against pay now, both medians, said plainly: "$12,350 less than the typical registered nurse".
    public static string PayDifference(int there, int now, string one) =>
        there == now ? $"the same as the typical {one}"
        : there < now ? $"{Pay(now - there)} less than the typical {one}"
        : $"{Pay(there - now)} more than the typical {one}";

    // A share from 0 to 1 as a whole percentage: 0.917 is "92%".
    public static string Share(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)}%";

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

    // "1 strong fit", "3 strong fits".
    public static string Count(int value, string noun) => value == 1 ? $"1 {noun}" : $"{Count(value)} {noun}s";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
