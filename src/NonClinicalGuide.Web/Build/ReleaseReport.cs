using System.Globalization;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;

namespace NonClinicalGuide.Web.Build;

// What `validate` says about the data: which releases the site would show, and for each role what a new
// OEWS release changes (the release before the newest against the newest), so an editor adding a workbook
// sees its effect before the site does.
public static class ReleaseReport
{
    public static IEnumerable<string> Lines(ContentSet content, OfficialDataSet data)
    {
        var newest = data.Newest;
        var previous = data.Previous;
        yield return $"Official data: OEWS {newest.Label} ({newest.File}), projections {data.Projections.Period} ({data.Projections.File}), O*NET {data.Onet.Version} ({data.Onet.Folder}).";
        yield return previous is null
            ? "Only one OEWS release is present, so there is nothing to compare it with."
            : $"Each role's own occupation, OEWS {previous.Label} -> {newest.Label} (median pay a year), and projected growth {data.Projections.Period}:";
        foreach (var role in content.Roles.OrderBy(r => r.Source.Slug, StringComparer.Ordinal))
        {
            var soc = role.Meta.Occupations[0].Soc;
            if (!newest.Occupations.TryGetValue(soc, out var now))
            {
                continue;
            }

            var before = previous?.Occupations.GetValueOrDefault(soc);
            var growth = data.Projections.Occupations.GetValueOrDefault(soc)?.ChangePercent;
            var pay = previous is null
                ? Money(now.Annual.Median)
                : $"{Money(before?.Annual.Median)} -> {Money(now.Annual.Median)}{Change(before?.Annual.Median, now.Annual.Median)}";
            yield return $"  {role.Source.Slug} ({soc} {now.Title}): {pay}; growth {(growth is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "not projected")}";
        }
    }

    private static string Money(Wage? wage) => wage is { } w ? "$" + w.Amount.ToString("N0", CultureInfo.InvariantCulture) + (w.AtLeast ? " or more" : "") : "not published";

    private static string Change(Wage? before, Wage? now) =>
        before is { AtLeast: false } b && now is { AtLeast: false } n && b.Amount > 0
            ? $" ({(n.Amount - b.Amount) / b.Amount * 100:+0.0;-0.0;0.0}%)"
            : "";
}
