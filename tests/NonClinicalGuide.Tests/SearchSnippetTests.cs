namespace NonClinicalGuide.Tests;

// Snippets as a reader sees them: a few words around what was searched for, the words marked as the index matched
// them, cut with "…", starting a sentence where one starts near.
public class SearchSnippetTests
{
    private static string Marked(string word) => $"{SearchIndex.MarkStart}{word}{SearchIndex.MarkEnd}";

    private static SnippetMarks Whole(params string[] words) => SnippetMarks.Whole(words.Select(word => new SearchTerm(word)).ToList());

    [Fact]
    public void Words_AreRunsOfLettersAndDigits_AccentedOnesIncluded()
    {
        const string text = "Café staff—naïve? No: résumé 2nd-year, ok…";

        var words = TextTokens.Of(text).Select(token => text.Substring(token.Start, token.Length));

        Assert.Equal(["Café", "staff", "naïve", "No", "résumé", "2nd", "year", "ok"], words);
        Assert.Empty(TextTokens.Of(" — … "));
    }

    [Fact]
    public void AWord_MarksEveryWordWithItsStem_AndNoOtherWord()
    {
        var snippet = SearchSnippet.Make("Coders code claims. Coding is careful work; the codebook helps.", Whole("coding"));

        Assert.Equal($"Coders {Marked("code")} claims. {Marked("Coding")} is careful work; the codebook helps.", snippet);
    }

    [Fact]
    public void TheWiderMarks_FindWordsThatStartWithTheStem()
    {
        var terms = new List<SearchTerm> { new("coding") };

        var snippet = SearchSnippet.Make("Coders read notes.", SnippetMarks.Of(terms, SearchIndex.StemmedTable));

        Assert.Equal($"{Marked("Coders")} read notes.", snippet);
        Assert.Null(SearchSnippet.Make("Coders read notes.", SnippetMarks.Whole(terms)));
    }

    [Fact]
    public void TheAsTypedMarks_MatchWordsAsTheyAre_TheLastAsItsStart()
    {
        var terms = new List<SearchTerm> { new("medical"), new("analy") };

        var snippet = SearchSnippet.Make("A medical analyst, not medicine.", SnippetMarks.Of(terms, SearchIndex.AsTypedTable));

        Assert.Equal($"A {Marked("medical")} {Marked("analyst")}, not medicine.", snippet);
    }

    [Fact]
    public void APhrase_IsMarkedWhole_OnlyWhereItsWordsAreSideBySide()
    {
        var marks = SnippetMarks.Whole([new SearchTerm("wfh", ["work from home"])]);

        var snippet = SearchSnippet.Make("Some work from home. Others work at home.", marks);

        Assert.Equal($"Some {Marked("work from home")}. Others work at home.", snippet);
    }

    [Fact]
    public void ALongText_IsCutAroundTheMatch_ToSixteenWords_StartingItsSentence()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Lorem ipsum dolor sit amet.", 20));
        var text = $"{filler} Schedulers keep the clinic diary and book every visit for the team. {filler}";

        var snippet = SearchSnippet.Make(text, Whole("diary"))!;

        Assert.StartsWith("…Schedulers keep the clinic " + Marked("diary"), snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Equal(SearchSnippet.Words, TextTokens.Of(snippet).Count);
    }

    [Fact]
    public void TheStretchWithMostOfTheWords_Wins()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Lorem ipsum dolor sit amet.", 20));
        var text = $"Billing comes first. {filler} Billing and coding go together. {filler}";

        var snippet = SearchSnippet.Make(text, Whole("billing", "coding"))!;

        Assert.Contains($"{Marked("Billing")} and {Marked("coding")} go together.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void ATextWithoutTheWords_HasNoSnippet_ButItsOpeningCanStandIn()
    {
        var text = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"word{i}"));

        Assert.Null(SearchSnippet.Make(text, Whole("diary")));
        Assert.Equal(string.Join(' ', Enumerable.Range(1, SearchSnippet.Words).Select(i => $"word{i}")) + "…", SearchSnippet.Opening(text));
        Assert.Equal("", SearchSnippet.Opening(""));
    }

    [Fact]
    public void MarkedTitles_AreTheTitlesWithMostOfTheWords_ShortestFirst()
    {
        var titles = string.Join(SearchIndex.TitleSeparator, "Ward Clerk", "Medical Billing Clerk", "Billing Clerk", "Receptionist", "Billing Specialist");

        var marked = SearchSnippet.MarkedTitles(titles, Whole("billing", "clerk"), 3);

        Assert.Equal(["Billing Clerk", "Medical Billing Clerk", "Ward Clerk"], marked);
    }
}
