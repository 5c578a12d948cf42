namespace NonClinicalGuide.Web.Search;

// Words job seekers use for things the site says in other words. Not a list of results: each word also finds
// whatever the site writes in the words given for it, wherever that is.
public static class Synonyms
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        ["burnout"] = ["burned out", "stress", "stressful", "work life balance"],
        ["burnt"] = ["burned", "stress"],
        ["quit"] = ["leave", "move"],
        ["quitting"] = ["leaving", "moving"],
        ["leaving"] = ["moving", "move"],
        ["switch"] = ["move", "moving"],
        ["transition"] = ["move", "moving"],
        ["nonclinical"] = ["non clinical"],
        ["ceo"] = ["chief executive", "executive"],
    };

    public static IReadOnlyList<string> Of(string word) => Table.TryGetValue(word, out var alternatives) ? alternatives : [];
}
