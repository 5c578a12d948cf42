namespace NonClinicalGuide.Tests;

public class EditDistanceTests
{
    [Theory]
    [InlineData("summary", "summary", 0)]
    [InlineData("sumary", "summary", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("coder", "codre", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("billing", "coding", 4)]
    public void Between_CountsSingleLetterEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Nearest_OnlySuggestsWhatIsClose()
    {
        Assert.Equal("summary", EditDistance.Nearest("sumary", ["title", "summary", "skills"]));
        Assert.Null(EditDistance.Nearest("mood", ["title", "summary", "skills"]));
    }
}
