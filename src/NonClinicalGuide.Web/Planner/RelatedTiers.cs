using NonClinicalGuide.Web.OfficialData;

namespace NonClinicalGuide.Web.Planner;

// O*NET's "Related Occupations" lists, for each occupation, the ones whose work is most like it, in three
// tiers. A list goes one way (nurses' list names other clinical jobs; health informatics specialists' list
// names nurses), so a pair counts as related when either side's list names the other.
public static class RelatedTiers
{
    // O*NET's tier names, closest first.
    private static readonly string[] Closest = ["Primary-Short", "Primary-Long", "Supplemental"];

    public static string? Between(OnetRelease onet, string from, IEnumerable<string> to)
    {
        var tiers = new List<string>();
        foreach (var code in to)
        {
            tiers.AddRange(Listed(onet, from, code));
            tiers.AddRange(Listed(onet, code, from));
        }

        return tiers.OrderBy(tier => Rank(tier)).FirstOrDefault();
    }

    // The tier in plain words, for a sentence "O*NET lists these occupations as …".
    public static string Describe(string tier) => tier switch
    {
        "Primary-Short" => "among the most closely related",
        "Primary-Long" => "closely related",
        _ => "related",
    };

    private static IEnumerable<string> Listed(OnetRelease onet, string list, string named) =>
        onet.Occupations.TryGetValue(list, out var occupation)
            ? occupation.Related.Where(related => related.Code == named).Select(related => related.Tier)
            : [];

    private static int Rank(string tier) => Array.IndexOf(Closest, tier) is var i and >= 0 ? i : Closest.Length;
}
