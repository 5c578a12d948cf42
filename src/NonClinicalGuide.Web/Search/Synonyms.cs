namespace NonClinicalGuide.Web.Search;

// Words job seekers use for things the site says in other words. Not a list of results: each word also finds
// whatever the site writes in the words given for it, wherever that is.
public static class Synonyms
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        ["burnout"] = ["burned out", "stress", "stressful", "work life balance"],
        ["burnt"] = ["burned", "stress"],
        ["switch"] = ["move", "moving"],
        ["nonclinical"] = ["non clinical"],
        ["ceo"] = ["chief executive", "executive"],
    };

    // Words that find pages through the words given for them, so spelling never takes them for slips.
    public static bool Has(string word) => Table.ContainsKey(word);

    public static IReadOnlyList<string> Of(string word) => Table.TryGetValue(word, out var alternatives) ? alternatives : [];
}
