using System.Text.RegularExpressions;

namespace NonClinicalGuide.Web.Vocabulary;

// The shapes of the identifiers content, data and addresses share: slugs, SOC and O*NET-SOC codes.
public static partial class Codes
{
    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    // 29-2072, as BLS writes an occupation code.
    public static bool IsSoc(string value) => SocPattern().IsMatch(value);

    // 29-2072.00, as O*NET writes one.
    public static bool IsOnet(string value) => OnetPattern().IsMatch(value);

    // 29-2072.00 belongs to 29-2072; a detailed O*NET code also belongs to its broad group when BLS publishes
    // only that (29-2012.00 in 29-2010).
    public static bool OnetIsWithin(string onet, string soc) =>
        onet.StartsWith(soc + ".", StringComparison.Ordinal) || soc.EndsWith('0') && onet.StartsWith(soc[..^1], StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocPattern();

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$")]
    private static partial Regex OnetPattern();
}
