namespace NonClinicalGuide.Web.Vocabulary;

// The hyphenated names of fixed values ("on-site", "pharmacy-technician"), as editors write them in front
// matter and as they appear in URLs, so a filter link reads the same as the role file.
public static class FixedValueNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Hyphenated(value.ToString());

    // For a value whose enum type is known only at run time (the front matter checker's).
    public static string Of(Enum value) => Hyphenated(value.ToString());

    private static string Hyphenated(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> All<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of);
}
