namespace NonClinicalGuide.Tests;

// Addresses no one types by mistake, sent byte for byte: the 404 page reads none of them, so each gets the
// plain 404 (or Kestrel's 400) and never a server error or a list of guesses.
public class NotFoundHostileTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static readonly int[] PlainAnswers = [400, 404];

    [Theory]
    [InlineData("/roles/%E2%80%AEevil")]
    [InlineData("/roles/alpha%E2%80%8Bclerk")]
    [InlineData("/roles/%F0%9F%98%80")]
    [InlineData("/roles/alpha-clerk%00")]
    [InlineData("/roles/a%0d%0aSet-Cookie:%20owned=1")]
    [InlineData("/roles/%2e%2e%2f%2e%2e%2falpha-clerk")]
    [InlineData("/roles/alpha-clerk%2fprint")]
    public async Task HostileAddress_GetsThePlain404(string target)
    {
        var response = await site.SendRawAsync("GET", target, TestContext.Current.CancellationToken);

        Assert.Contains(response.Status, PlainAnswers);
        Assert.DoesNotContain("nearest-heading", response.Body);
        Assert.DoesNotContain("close to that one", response.Body);
    }

    [Fact]
    public async Task VeryLongAddress_GetsThePlain404()
    {
        var response = await site.SendRawAsync("GET", "/roles/" + string.Concat(Enumerable.Repeat("alpha-clerk-", 300)), TestContext.Current.CancellationToken);

        Assert.Equal(404, response.Status);
        Assert.Contains("Page not found", response.Body);
        Assert.DoesNotContain("nearest-heading", response.Body);
        Assert.DoesNotContain("close to that one", response.Body);
    }
}
