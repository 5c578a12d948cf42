using System.Globalization;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Models;

// Positions for the server-drawn pay charts, in percent of the chart's width (or height), so the SVG scales
// with the page. Every chart starts at zero dollars: a range never floats on an arbitrary baseline.
public sealed class PayAxis(double max)
{
    private readonly double _max = max <= 0 ? 1 : max;

    // A round top for the axis a little above the highest value: $81,150 gives $100,000.
    public static PayAxis Above(IEnumerable<double> values)
    {
        var highest = values.DefaultIfEmpty(1).Max();
        var step = Math.Pow(10, Math.Floor(Math.Log10(highest)));
        return new PayAxis(Math.Ceiling(highest / step * 2) / 2 * step);
    }

    public double Max => _max;

    public double At(double dollars) => Math.Clamp(dollars / _max * 100, 0, 100);

    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

// The median over the OEWS releases present, as points of a small line chart, and the change in words.
public sealed record PayTrend(IReadOnlyList<PayPoint> Points)
{
    // The releases the chart shows: the last five (May 2021 to May 2025 with the files shipped today).
    public const int Releases = 5;

    public static PayTrend Of(IReadOnlyList<PayPoint> history) =>
        new(history.Where(p => p.Median is not null && !p.AtLeast).TakeLast(Releases).ToList());

    public bool CanDraw => Points.Count >= 2;

    public PayPoint First => Points[0];

    public PayPoint Last => Points[^1];

    public double ChangePercent => 100.0 * (Last.Median!.Value - First.Median!.Value) / First.Median!.Value;

    // "up 9% since May 2021, before inflation"
    public string InWords()
    {
        var change = Math.Round(ChangePercent);
        var direction = change switch { > 0 => $"up {change:0}%", < 0 => $"down {-change:0}%", _ => "about the same" };
        return $"{direction} since May {First.Year}, before inflation";
    }

    // x and y in percent of the chart: x spread evenly by release, y from a floor a little under the lowest.
    public IReadOnlyList<(double X, double Y)> Coordinates()
    {
        var low = Points.Min(p => p.Median!.Value) * 0.9;
        var high = Points.Max(p => p.Median!.Value) * 1.05;
        return Points.Select((p, i) => (
            X: Points.Count == 1 ? 50 : 5 + 90.0 * i / (Points.Count - 1),
            Y: 100 - (p.Median!.Value - low) / (high - low) * 100)).ToList();
    }
}
