using System.Text;

namespace NonClinicalGuide.Web.Search;

// The stem SQLite FTS5's "porter" tokenizer stores for one word ("coding" to "code", "receptionists" to
// "receptionist"), worked out in process. Search snippets need to know which words of a page a query matched, and
// asking SQLite about each of the thousands of words on twenty pages would cost more than the search itself.
// It must agree with FTS5 byte for byte, quirks included, or a snippet would mark words the index did not match:
// PorterStemmerTests compares it with SQLite over every word of the site and of the O*NET files.
public static class PorterStemmer
{
    // FTS5 leaves longer tokens, and tokens under three bytes, exactly as they are.
    private const int MaxStemmedBytes = 64;
    private const int MinStemmedBytes = 3;

    // Returns the token itself, not a copy, when stemming leaves it unchanged (most words in running text).
    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Stem(token.AsSpan(), token);
    }

    public static string Stem(ReadOnlySpan<char> token) => Stem(token, null);

    private static string Stem(ReadOnlySpan<char> token, string? original)
    {
        // FTS5 works on UTF-8 bytes, and its limits count bytes: "ßa" is a three-byte token and gets stemmed.
        // Any byte outside ASCII is a consonant to it, so stemming the bytes keeps the rare accented or
        // non-Latin word exactly as SQLite has it.
        Span<byte> word = stackalloc byte[MaxStemmedBytes];
        if (!Encoding.UTF8.TryGetBytes(token, word, out var length) || length < MinStemmedBytes)
        {
            return original ?? token.ToString();
        }

        Span<byte> before = stackalloc byte[MaxStemmedBytes];
        word[..length].CopyTo(before);
        var stemmed = word[..StemInPlace(word, length)];
        if (stemmed.SequenceEqual(before[..length]))
        {
            return original ?? token.ToString();
        }

        return Encoding.UTF8.GetString(stemmed);
    }

    // The steps in FTS5's order; returns the stem's length. The buffer never needs to grow: every step that adds a
    // letter ("hop" to "hope", "rat" to "rate") follows one that removed at least two.
    private static int StemInPlace(Span<byte> word, int length)
    {
        length = RemovePlural(word, length);

        if (RemoveEdOrIng(word, ref length) && !RestoreE(word, ref length))
        {
            var last = word[length - 1];
            if (!IsVowel(last, afterConsonant: false) && last is not ((byte)'l' or (byte)'s' or (byte)'z')
                && length > 1 && last == word[length - 2])
            {
                length--;
            }
            else if (MeasureIsOne(word[..length]) && EndsConsonantVowelConsonant(word[..length]))
            {
                word[length++] = (byte)'e';
            }
        }

        if (word[length - 1] == (byte)'y' && HasVowel(word[..(length - 1)]))
        {
            word[length - 1] = (byte)'i';
        }

        ShortenDoubleSuffixes(word, ref length);
        ShortenSingleSuffixes(word, ref length);
        RemoveSuffixes(word, ref length);

        if (word[length - 1] == (byte)'e')
        {
            var stem = word[..(length - 1)];
            if (MeasureAboveOne(stem) || (MeasureIsOne(stem) && !EndsConsonantVowelConsonant(stem)))
            {
                length--;
            }
        }

        if (length > 1 && word[length - 1] == (byte)'l' && word[length - 2] == (byte)'l'
            && MeasureAboveOne(word[..(length - 1)]))
        {
            length--;
        }

        return length;
    }

    private static int RemovePlural(ReadOnlySpan<byte> word, int length)
    {
        if (word[length - 1] != (byte)'s')
        {
            return length;
        }

        if (word[length - 2] == (byte)'e')
        {
            // "sses" and "ies" lose two letters only with a letter in front ("sses" itself becomes "sse").
            var sses = length > 4 && word[length - 4] == (byte)'s' && word[length - 3] == (byte)'s';
            var ies = length > 3 && word[length - 3] == (byte)'i';
            return sses || ies ? length - 2 : length - 1;
        }

        return word[length - 2] == (byte)'s' ? length : length - 1;
    }

    // True when "ed" or "ing" came off, which is when the stem may need tidying ("hopp" to "hop", "hop" to "hope").
    private static bool RemoveEdOrIng(Span<byte> word, ref int length)
    {
        var current = word[..length];
        if (length > 3 && current.EndsWith("eed"u8))
        {
            // "eed" takes precedence even when its stem is too short to change: "feed" keeps its "ed".
            if (MeasureAboveZero(current[..^3]))
            {
                length--;
            }

            return false;
        }

        var suffix = length > 2 && current.EndsWith("ed"u8) ? 2 : length > 3 && current.EndsWith("ing"u8) ? 3 : 0;
        if (suffix > 0 && HasVowel(current[..^suffix]))
        {
            length -= suffix;
            return true;
        }

        return false;
    }

    private static bool RestoreE(Span<byte> word, ref int length)
    {
        var current = word[..length];
        if (length > 2 && (current.EndsWith("at"u8) || current.EndsWith("bl"u8) || current.EndsWith("iz"u8)))
        {
            word[length++] = (byte)'e';
            return true;
        }

        return false;
    }

    // FTS5 tries only the first suffix a word ends with, so each chain stops at the first match even when that
    // rule's stem was too short to change (hence the || chains). The switch on the next-to-last letter is only a
    // shortcut: no two suffixes from different cases can both match.
    private static void ShortenDoubleSuffixes(Span<byte> word, ref int length)
    {
        if (length < 3)
        {
            return;
        }

        _ = word[length - 2] switch
        {
            (byte)'a' => Replace(word, ref length, "ational"u8, "ate"u8) || Replace(word, ref length, "tional"u8, "tion"u8),
            (byte)'c' => Replace(word, ref length, "enci"u8, "ence"u8) || Replace(word, ref length, "anci"u8, "ance"u8),
            (byte)'e' => Replace(word, ref length, "izer"u8, "ize"u8),
            (byte)'g' => Replace(word, ref length, "logi"u8, "log"u8),
            (byte)'l' => Replace(word, ref length, "bli"u8, "ble"u8) || Replace(word, ref length, "alli"u8, "al"u8)
                || Replace(word, ref length, "entli"u8, "ent"u8) || Replace(word, ref length, "eli"u8, "e"u8)
                || Replace(word, ref length, "ousli"u8, "ous"u8),
            (byte)'o' => Replace(word, ref length, "ization"u8, "ize"u8) || Replace(word, ref length, "ation"u8, "ate"u8)
                || Replace(word, ref length, "ator"u8, "ate"u8),
            (byte)'s' => Replace(word, ref length, "alism"u8, "al"u8) || Replace(word, ref length, "iveness"u8, "ive"u8)
                || Replace(word, ref length, "fulness"u8, "ful"u8) || Replace(word, ref length, "ousness"u8, "ous"u8),
            (byte)'t' => Replace(word, ref length, "aliti"u8, "al"u8) || Replace(word, ref length, "iviti"u8, "ive"u8)
                || Replace(word, ref length, "biliti"u8, "ble"u8),
            _ => false,
        };
    }

    private static void ShortenSingleSuffixes(Span<byte> word, ref int length)
    {
        if (length < 3)
        {
            return;
        }

        _ = word[length - 2] switch
        {
            (byte)'a' => Replace(word, ref length, "ical"u8, "ic"u8),
            (byte)'s' => Replace(word, ref length, "ness"u8, ""u8),
            (byte)'t' => Replace(word, ref length, "icate"u8, "ic"u8) || Replace(word, ref length, "iciti"u8, "ic"u8),
            (byte)'u' => Replace(word, ref length, "ful"u8, ""u8),
            (byte)'v' => Replace(word, ref length, "ative"u8, ""u8),
            (byte)'z' => Replace(word, ref length, "alize"u8, "al"u8),
            _ => false,
        };
    }

    private static void RemoveSuffixes(ReadOnlySpan<byte> word, ref int length)
    {
        if (length < 3)
        {
            return;
        }

        _ = word[length - 2] switch
        {
            (byte)'a' => Remove(word, ref length, "al"u8),
            (byte)'c' => Remove(word, ref length, "ance"u8) || Remove(word, ref length, "ence"u8),
            (byte)'e' => Remove(word, ref length, "er"u8),
            (byte)'i' => Remove(word, ref length, "ic"u8),
            (byte)'l' => Remove(word, ref length, "able"u8) || Remove(word, ref length, "ible"u8),
            (byte)'n' => Remove(word, ref length, "ant"u8) || Remove(word, ref length, "ement"u8)
                || Remove(word, ref length, "ment"u8) || Remove(word, ref length, "ent"u8),
            (byte)'o' => RemoveIon(word, ref length) || Remove(word, ref length, "ou"u8),
            (byte)'s' => Remove(word, ref length, "ism"u8),
            (byte)'t' => Remove(word, ref length, "ate"u8) || Remove(word, ref length, "iti"u8),
            (byte)'u' => Remove(word, ref length, "ous"u8),
            (byte)'v' => Remove(word, ref length, "ive"u8),
            (byte)'z' => Remove(word, ref length, "ize"u8),
            _ => false,
        };
    }

    // Whether the word ends in the suffix (with something before it), so the caller tries no further suffix.
    private static bool Replace(Span<byte> word, ref int length, ReadOnlySpan<byte> suffix, ReadOnlySpan<byte> replacement)
    {
        if (!EndsWith(word, length, suffix))
        {
            return false;
        }

        var stem = length - suffix.Length;
        if (MeasureAboveZero(word[..stem]))
        {
            replacement.CopyTo(word[stem..]);
            length = stem + replacement.Length;
        }

        return true;
    }

    private static bool Remove(ReadOnlySpan<byte> word, ref int length, ReadOnlySpan<byte> suffix)
    {
        if (!EndsWith(word, length, suffix))
        {
            return false;
        }

        if (MeasureAboveOne(word[..(length - suffix.Length)]))
        {
            length -= suffix.Length;
        }

        return true;
    }

    // "ion" goes only after s or t: "adoption" loses it, "opinion" keeps it.
    private static bool RemoveIon(ReadOnlySpan<byte> word, ref int length)
    {
        if (!EndsWith(word, length, "ion"u8))
        {
            return false;
        }

        var stem = word[..(length - 3)];
        if (stem[^1] is (byte)'s' or (byte)'t' && MeasureAboveOne(stem))
        {
            length -= 3;
        }

        return true;
    }

    private static bool EndsWith(ReadOnlySpan<byte> word, int length, ReadOnlySpan<byte> suffix) =>
        length > suffix.Length && word[..length].EndsWith(suffix);

    // 'y' is a vowel only after a consonant: a consonant in "yes", a vowel in "sky" and in the middle of "syzygy".
    private static bool IsVowel(byte letter, bool afterConsonant) =>
        letter is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (afterConsonant && letter == (byte)'y');

    // The length of the first vowels-then-consonant stretch (after any leading consonants), or 0 if there is none.
    // Each such stretch is one unit of Porter's measure m.
    private static int FirstVowelConsonant(ReadOnlySpan<byte> stem, bool afterConsonant)
    {
        var consonant = afterConsonant;
        var i = 0;
        for (; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool MeasureAboveZero(ReadOnlySpan<byte> stem) => FirstVowelConsonant(stem, afterConsonant: false) > 0;

    private static bool MeasureAboveOne(ReadOnlySpan<byte> stem)
    {
        var first = FirstVowelConsonant(stem, afterConsonant: false);
        return first > 0 && FirstVowelConsonant(stem[first..], afterConsonant: true) > 0;
    }

    private static bool MeasureIsOne(ReadOnlySpan<byte> stem)
    {
        var first = FirstVowelConsonant(stem, afterConsonant: false);
        return first > 0 && FirstVowelConsonant(stem[first..], afterConsonant: true) == 0;
    }

    // Porter's *v*: a 'y' counts as a vowel unless it starts the word, so "cryed" loses its "ed" and "yed" keeps it.
    private static bool HasVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], afterConsonant: i > 0))
            {
                return true;
            }
        }

        return false;
    }

    // Porter's *o: the stem ends consonant, vowel, consonant, and the last is not w, x or y ("hop", not "show").
    private static bool EndsConsonantVowelConsonant(ReadOnlySpan<byte> stem)
    {
        if (stem[^1] is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        // Whether a letter is a consonant depends on the one before it (for 'y'), so walk the whole stem.
        var lastThree = 0;
        var consonant = false;
        foreach (var letter in stem)
        {
            consonant = !IsVowel(letter, consonant);
            lastThree = ((lastThree << 1) | (consonant ? 1 : 0)) & 0b111;
        }

        return lastThree == 0b101;
    }
}
