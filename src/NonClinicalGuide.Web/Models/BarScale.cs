using System.Globalization;

namespace NonClinicalGuide.Web.Models;

// Maps values onto a bar chart's width in percent. Zero is always on the axis, so a negative growth
// figure draws leftwards from zero and no bar ever starts from an arbitrary baseline.
public sealed class BarScale
{
    private readonly double _min;
    private readonly double _range;

    public BarScale(IEnumerable<double> values)
    {
        var list = values.ToList();
        _min = Math.Min(0, list.DefaultIfEmpty(0).Min());
        var max = Math.Max(0, list.DefaultIfEmpty(0).Max());
        _range = max - _min == 0 ? 1 : max - _min;
    }

    public double ZeroPercent => -_min / _range * 100;

    // The bar for a value: where it starts and how wide it is, both in percent of the chart width.
    public (double X, double Width) Bar(double value)
    {
        var width = Math.Abs(value) / _range * 100;
        return (value < 0 ? ZeroPercent - width : ZeroPercent, width);
    }

    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
