using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

// Pages that render per request share a cap on concurrent renders; beyond it (and its queue) the answer is
// 503 with Retry-After, while cached and ordinary pages are not held up.
public class RenderCapTests
{
    private const string FitFinder = "/find-your-role?contact=any&remote=any&education=high-school&study=none&from=none";

    [Fact]
    public async Task RendersBeyondTheCap_Get503WithRetryAfter_WhileOtherPagesAnswer()
    {
        var gate = new Gate(FitFinder[..FitFinder.IndexOf('?', StringComparison.Ordinal)]);
        await using var site = new SiteFactory(TestPaths.TestContent)
        {
            Settings = { ["RateLimits:ConcurrentRenders"] = "1", ["RateLimits:RenderQueue"] = "0" },
            TestServices = services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(gate)),
        };
        using var client = site.CreateClient();

        var held = client.GetAsync(FitFinder, TestContext.Current.CancellationToken);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        using var search = await client.GetAsync("/search?q=clerk", TestContext.Current.CancellationToken);
        using var compare = await client.GetAsync("/roles/compare?roles=alpha-clerk,beta-analyst", TestContext.Current.CancellationToken);
        var (faq, _) = await site.GetAsync("/faq");
        gate.Release.SetResult();
        using var finished = await held;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, compare.StatusCode);
        Assert.True(search.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "503 says when to come back");
        Assert.Contains("Busy right now", await search.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, faq.StatusCode);
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
    }

    // Holds the first request for one path inside its action (so inside the cap) until the test releases it.
    private sealed class Gate(string path) : IAsyncActionFilter
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            if (context.HttpContext.Request.Path == path && Entered.TrySetResult())
            {
                await Release.Task;
            }

            await next();
        }
    }
}
