using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

// What the public may learn about the running process: whether it is alive and ready, nothing more. The
// full report, render times and cache ages are for the machine itself and the networks it trusts.
public class HealthExposureTests
{
    private const string Visitor = "203.0.113.50";

    [Fact]
    public async Task TheHealthReport_IsNotFound_ForAVisitorThroughTheProxy()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);

        var (report, body) = await GetAsync(site, "/healthz", Visitor);
        var (live, _) = await GetAsync(site, "/healthz/live", Visitor);
        var (ready, readyBody) = await GetAsync(site, "/healthz/ready", Visitor);

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.DoesNotContain("catalogue-", body);
        Assert.DoesNotContain("residentMegabytes", body);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", readyBody);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.20.30.40")]
    public async Task TheHealthReport_IsServed_ToTheMachineItselfAndToKnownNetworks(string? client)
    {
        await using var site = new SiteFactory(TestPaths.TestContent) { Settings = { ["Proxy:KnownNetworks:0"] = "10.0.0.0/8" } };

        var (report, body) = await GetAsync(site, "/healthz", client);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task RenderTimesAndCacheAges_AreNotSentToTheVisitor()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);

        var (first, _) = await GetAsync(site, "/faq", Visitor);
        var (cached, _) = await GetAsync(site, "/faq", Visitor);
        var (own, _) = await GetAsync(site, "/faq", null);

        Assert.False(first.Headers.Contains("Server-Timing"));
        Assert.False(cached.Headers.Contains("Server-Timing"));
        Assert.Null(cached.Headers.Age);
        Assert.True(own.Headers.Contains("Server-Timing"), "the machine itself still sees render times");
        Assert.NotNull(own.Headers.Age);
    }

    [Fact]
    public async Task RenderTimes_AreSentToEveryoneInDevelopment()
    {
        await using var site = new SiteFactory(TestPaths.TestContent) { Environment = "Development" };

        var (response, _) = await GetAsync(site, "/faq", Visitor);

        Assert.True(response.Headers.Contains("Server-Timing"));
    }

    [Fact]
    public async Task AfterAnOutOfMemoryError_TheSiteIsNoLongerReady()
    {
        await using var site = new SiteFactory(TestPaths.TestContent)
        {
            TestServices = services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new OutOfMemoryOn("/compare"))),
        };
        var (before, _) = await site.GetAsync("/healthz/ready");

        var (failed, _) = await site.GetAsync("/compare");
        var (ready, _) = await site.GetAsync("/healthz/ready");
        var (_, report) = await site.GetAsync("/healthz");
        var (faq, _) = await site.GetAsync("/faq");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("out of memory", report);
        Assert.Equal(HttpStatusCode.OK, faq.StatusCode);
    }

    [Fact]
    public async Task AboveTheMemoryLimit_TheSiteIsNoLongerReady()
    {
        await using var site = new SiteFactory(TestPaths.TestContent) { Settings = { ["Health:MemoryLimitMegabytes"] = "1" } };

        var (ready, _) = await site.GetAsync("/healthz/ready");
        var (_, report) = await site.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("above Health:MemoryLimitMegabytes", report);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(SiteFactory site, string path, string? forwardedFor)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // What the runtime throws when an allocation fails, thrown where a page is rendered.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2201:Do not raise reserved exception types", Justification = "The test stands in for the runtime's own failure.")]
    private sealed class OutOfMemoryOn(string path) : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Path == path)
            {
                throw new OutOfMemoryException("test: the allocation failed");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
