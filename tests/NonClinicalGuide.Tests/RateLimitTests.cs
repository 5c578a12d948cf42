using System.Net;

namespace NonClinicalGuide.Tests;

// A fresh app per test: the limiter's buckets are per process, and other tests search too.
public class RateLimitTests
{
    [Fact]
    public async Task Search_FloodedFromOneClient_Answers429WithRetryAfter()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        using var client = site.CreateClient();
        HttpResponseMessage? limited = null;

        for (var i = 0; i < 100 && limited is null; i++)
        {
            var response = await client.GetAsync("/search?q=clerk", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 says when to come back");
    }

    [Fact]
    public async Task OrdinaryBrowsing_IsNeverLimited()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        using var client = site.CreateClient();
        string[] pages = ["/", "/roles", "/roles/alpha-clerk", "/compare", "/faq", "/search?q=clerk", "/search?q=analyst"];

        for (var i = 0; i < 60; i++)
        {
            var response = await client.GetAsync(pages[i % pages.Length], TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task BehindAProxy_EachForwardedClientHasItsOwnAllowance()
    {
        await using var site = new KestrelSite();
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        async Task<HttpStatusCode> SearchAs(string clientAddress)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=clerk");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        var flooded = false;
        for (var i = 0; i < 100 && !flooded; i++)
        {
            flooded = await SearchAs("203.0.113.7") == HttpStatusCode.TooManyRequests;
        }

        Assert.True(flooded, "one client searching 100 times in a row is limited");
        Assert.Equal(HttpStatusCode.OK, await SearchAs("203.0.113.8"));
    }
}
