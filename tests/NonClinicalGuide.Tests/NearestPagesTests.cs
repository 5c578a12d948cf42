using NonClinicalGuide.Web.Controllers.Queries;

namespace NonClinicalGuide.Tests;

public class NearestPagesTests
{
    private static readonly PageCandidate[] Roles =
    [
        new("medical-billers-and-coders", "Medical billers and coders", "/roles/medical-billers-and-coders"),
        new("medical-writers", "Medical writers", "/roles/medical-writers"),
        new("medical-secretaries", "Medical secretaries", "/roles/medical-secretaries"),
        new("health-educators", "Health educators", "/roles/health-educators"),
        new("it-support-staff", "IT support staff", "/roles/it-support-staff"),
    ];

    [Theory]
    [InlineData("medical-coder", "/roles/medical-billers-and-coders")]
    [InlineData("medical-writer", "/roles/medical-writers")]
    [InlineData("medcial-secretaries", "/roles/medical-secretaries")]
    [InlineData("coding", "/roles/medical-billers-and-coders")]
    [InlineData("billing", "/roles/medical-billers-and-coders")]
    [InlineData("educator", "/roles/health-educators")]
    public void To_PutsTheMeantPageFirst(string typed, string expected)
    {
        Assert.Equal(expected, NearestPages.To(typed, Roles)[0].Url);
    }

    [Fact]
    public void To_ListsOnlyThePagesSharingTheMostWords()
    {
        Assert.Equal(["/roles/medical-billers-and-coders"], NearestPages.To("medical-coder", Roles).Select(p => p.Url));
        Assert.Equal(3, NearestPages.To("medical", Roles).Count);
    }

    [Theory]
    [InlineData("quantum-physics")]
    [InlineData("and-the-for")]
    [InlineData("it")]
    [InlineData("")]
    public void To_FindsNothing_ForWordsNoPageHas(string typed)
    {
        Assert.Empty(NearestPages.To(typed, Roles));
    }

    [Fact]
    public void To_ShowsAtMostFive()
    {
        var many = Enumerable.Range(0, 20).Select(i => new PageCandidate($"medical-role-{i}", $"Medical role {i}", $"/roles/medical-role-{i}"));

        Assert.Equal(NearestPages.MaxShown, NearestPages.To("medical-role", many).Count);
    }

    [Theory]
    [InlineData("/roles/Alpha_Clerk", PageKind.Role, "alpha-clerk")]
    [InlineData("/roles/alpha-clerk.md", PageKind.Role, "alpha-clerk-md")]
    [InlineData("/roles/alpha-clerk/print", PageKind.RolePrint, "alpha-clerk")]
    [InlineData("/categories/data-work/", PageKind.Category, "data-work")]
    [InlineData("/from/test-nurses", PageKind.FromJob, "test-nurses")]
    [InlineData("/from/test-nurses/print", PageKind.FromJobPrint, "test-nurses")]
    [InlineData("/some/other/page", PageKind.Any, "page")]
    [InlineData("/faqs", PageKind.Any, "faqs")]
    public void MissedAddress_ReadsTheKindAndTheSlug(string path, PageKind kind, string slug)
    {
        Assert.Equal(new MissedAddress(kind, slug), MissedAddress.Read(path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/roles/café")]
    [InlineData("/roles/alpha\0clerk")]
    [InlineData("/roles/a\r\nSet-Cookie: x")]
    [InlineData("/roles/../appsettings.json")]
    [InlineData("/roles/%2e%2e")]
    [InlineData("/roles/<script>")]
    [InlineData("/roles/alpha clerk")]
    public void MissedAddress_ReadsNothingThatIsNoTypo(string? path)
    {
        Assert.Null(MissedAddress.Read(path));
    }

    [Fact]
    public void MissedAddress_ReadsNoSlugLongerThanTheCap()
    {
        Assert.NotNull(MissedAddress.Read("/roles/" + new string('a', MissedAddress.MaxSlugLength)));
        Assert.Null(MissedAddress.Read("/roles/" + new string('a', MissedAddress.MaxSlugLength + 1)));
        Assert.Null(MissedAddress.Read("/" + string.Concat(Enumerable.Repeat("a/", 1000))));
    }
}
