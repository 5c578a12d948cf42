using System.Text.Json.Serialization;

namespace NonClinicalGuide.Web.OfficialData;

// A wage as BLS publishes it: an amount, or (AtLeast) "this much or more" where BLS marks the cell '#', the
// top code it does not publish above. A wage BLS does not publish at all ('*') is null, never zero.
public readonly record struct Wage(decimal Amount, bool AtLeast);

// The five points of a wage distribution OEWS publishes, in order: 10th, 25th, median, 75th, 90th percentile.
public sealed record WagePercentiles(Wage? P10, Wage? P25, Wage? Median, Wage? P75, Wage? P90)
{
    public static readonly IReadOnlyList<int> Points = [10, 25, 50, 75, 90];

    [JsonIgnore]
    public IReadOnlyList<Wage?> All => [P10, P25, Median, P75, P90];
}

// One occupation's row of a national OEWS workbook.
public sealed record OewsOccupation(
    string Code, string Title, string Group, int Row,
    int? Employment, Wage? HourlyMean, Wage? AnnualMean, WagePercentiles Hourly, WagePercentiles Annual,
    bool AnnualOnly, bool HourlyOnly);

// One national OEWS release (national_M{Year}_dl.xlsx). Label is the reference period as BLS names it
// ("May 2025"); the top code is the amount BLS replaces with '#' ($115.00 an hour, $239,200 a year in 2025).
public sealed record OewsRelease(
    int Year, string Label, string File, decimal TopCodeHourly, decimal TopCodeAnnual,
    IReadOnlyDictionary<string, OewsOccupation> Occupations)
{
    // The last day of the reference month: the age of a release is counted from there.
    [JsonIgnore]
    public DateOnly ReferenceDate => new(Year, 5, 31);
}
