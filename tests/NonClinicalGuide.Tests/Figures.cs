using System.Globalization;

namespace NonClinicalGuide.Tests;

// How the site writes a figure read from a workbook cell, so a test can look for it on a page.
public static class Figures
{
    public static string Dollars(string cell) => "$" + decimal.Parse(cell, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

    public static string Cents(string cell) => "$" + decimal.Parse(cell, CultureInfo.InvariantCulture).ToString("N2", CultureInfo.InvariantCulture);

    public static string Count(string cell) => decimal.Parse(cell, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

    // The projections table counts people in thousands with one decimal.
    public static string Thousands(string cell) => (decimal.Parse(cell, CultureInfo.InvariantCulture) * 1000).ToString("N0", CultureInfo.InvariantCulture);
}
