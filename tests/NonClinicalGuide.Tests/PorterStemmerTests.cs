using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// The stemmer must give exactly the terms SQLite's porter tokenizer stores, or search snippets would mark words the
// index did not match. SQLite itself (through WordStems) is the reference.
public partial class PorterStemmerTests
{
    // Words whose stems are easy to get wrong: FTS5's length limits (in UTF-8 bytes), digits, 'y' as a vowel or
    // not, and each step's trickier suffixes. All are already lower-case and folded, as unicode61 hands them over.
    private static readonly string[] EdgeCases =
    [
        "", "a", "s", "as", "is", "ss", "yy", "x2", "2s", "ab", "abs", "ies", "ied", "aed", "eed", "yed", "ing", "ated",
        "sses", "ssess", "caresses", "ponies", "ties", "cats", "caress", "feed", "agreed", "plastered", "bled",
        "motoring", "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed",
        "failing", "filing", "hoping", "happy", "sky", "syzygy", "yes", "yyy", "say", "sayed", "cry", "cryed",
        "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli",
        "differentli", "vileli", "analogousli", "vietnamization", "organization", "predication", "operator",
        "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti",
        "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival",
        "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement",
        "adjustment", "dependent", "adoption", "opinion", "homologou", "communism", "activate", "angulariti",
        "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "ational",
        "ization", "fulness", "biliti", "logi", "generalization", "generalizations", "covid19", "1st", "2020s",
        "mp3s", "b12", "24h", "h1n1", "nhs111", "straße", "ßa", "ßß", "co₂ed",
        new string('a', 61) + "ing", new string('a', 62) + "ing", new string('b', 63) + "s", new string('b', 64) + "s",
        new string('a', 62) + "ß", new string('a', 63) + "ß", new string('x', 60) + "ßing",
        "pneumonoultramicroscopicsilicovolcanoconiosisantidisestablishmentarianisms",
    ];

    [Theory]
    [InlineData("coding", "code")]
    [InlineData("codes", "code")]
    [InlineData("receptionists", "receptionist")]
    [InlineData("billing", "bill")]
    [InlineData("nursing", "nurs")]
    [InlineData("medical", "medic")]
    [InlineData("happy", "happi")]
    [InlineData("registrar", "registrar")]
    [InlineData("generalization", "gener")]
    public void Stem_GivesTheTermTheIndexStores(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
        Assert.Equal(stem, PorterStemmer.Stem(word.AsSpan()));
    }

    [Fact]
    public void Stem_ReturnsTheSameStringWhenNothingChanges()
    {
        var word = string.Concat("regis", "trar");
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Stem_AgreesWithSqlite_OnEveryWordOfTheSiteAndOnet()
    {
        var root = Path.GetDirectoryName(TestPaths.RealContent)!;
        var files = Directory.EnumerateFiles(TestPaths.RealContent, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "data", "onet"), "*.txt", SearchOption.AllDirectories))
            .ToList();
        var words = files
            .SelectMany(file => Word().Matches(File.ReadAllText(file)).Select(match => Fold(match.Value)))
            .Concat(EdgeCases)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var sqlite = WordStems.Of(words);
        TestContext.Current.TestOutputHelper?.WriteLine($"{words.Count} distinct words from {files.Count} files and the edge cases");

        var mismatches = words
            .Select(word => (word, expected: StemOrUnchanged(sqlite, word), got: PorterStemmer.Stem(word)))
            .Where(x => x.expected != x.got)
            .ToList();
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {words.Count} words (from {files.Count} files) stem differently from SQLite; the first:"
            + Environment.NewLine
            + string.Join(Environment.NewLine, mismatches.Take(20).Select(x => $"  {x.word}: SQLite {x.expected}, ours {x.got}")));
        Assert.True(words.Count > 10_000, $"only {words.Count} words compared; are content/ and data/onet/ there?");
    }

    // SQLite stores nothing for the empty word; the stemmer hands it back.
    private static string StemOrUnchanged(IReadOnlyDictionary<string, string> sqlite, string word) =>
        sqlite.TryGetValue(word, out var stem) ? stem : word.Length == 0 ? "" : "(no term)";

    // Lower-case and without accents, as the unicode61 tokenizer (remove_diacritics 2) passes words to the stemmer.
    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
