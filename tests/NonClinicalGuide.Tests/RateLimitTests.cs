using System.Net;

namespace NonClinicalGuide.Tests;

// A fresh app per test, with a small allowance of its own (the shared test apps lift the limit): a burst of
// five searches, then five more every five seconds.
public class RateLimitTests
{
    private static readonly Dictionary<string, string> Small = new() { ["RateLimits:SearchBurst"] = "5", ["RateLimits:SearchPerSecond"] = "1" };

    private static SiteFactory Limited(IReadOnlyDictionary<string, string> limits)
    {
        var site = new SiteFactory(TestPaths.TestContent);
        foreach (var (key, value) in limits)
        {
            site.Settings[key] = value;
        }

        return site;
    }

    [Fact]
    public async Task Search_FloodedFromOneClient_GetsItsBurst_Then429WithRetryAfter()
    {
        await using var site = Limited(Small);
        using var client = site.CreateClient();
        HttpResponseMessage? limited = null;
        var answered = 0;

        for (var i = 0; i < 30 && limited is null; i++)
        {
            var response = await client.GetAsync("/search?q=clerk", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answered++;
            }
        }

        Assert.NotNull(limited);
        // The burst, and at most one top-up if the limiter's timer ticked during the loop.
        Assert.InRange(answered, 5, 10);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 says when to come back");
    }

    [Fact]
    public async Task OrdinaryBrowsing_IsNeverLimited()
    {
        // The production allowance: a burst of 30, then 2 a second.
        await using var site = Limited(new Dictionary<string, string> { ["RateLimits:SearchBurst"] = "30", ["RateLimits:SearchPerSecond"] = "2" });
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
        await using var site = KestrelSite.With(Small);
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        async Task<HttpStatusCode> SearchAs(string clientAddress)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=clerk");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        var flooded = false;
        for (var i = 0; i < 30 && !flooded; i++)
        {
            flooded = await SearchAs("203.0.113.7") == HttpStatusCode.TooManyRequests;
        }

        Assert.True(flooded, "one client searching 30 times in a row is limited");
        Assert.Equal(HttpStatusCode.OK, await SearchAs("203.0.113.8"));
    }

    [Fact]
    public async Task AnIPv6Client_RotatingAddressesWithinIts64_SharesOneAllowance()
    {
        await using var site = KestrelSite.With(Small);
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        async Task<HttpStatusCode> SearchAs(string clientAddress)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=clerk");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        var flooded = false;
        for (var i = 1; i <= 30 && !flooded; i++)
        {
            flooded = await SearchAs($"2001:db8:5:6:{i:x}::{i:x}") == HttpStatusCode.TooManyRequests;
        }

        Assert.True(flooded, "30 searches from one /64, each from a new address, are limited like one client's");
        Assert.Equal(HttpStatusCode.OK, await SearchAs("2001:db8:5:7::1"));
    }
}
