using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

// Found by ops/load.sh re-run for #17 on a busy machine: 5 answers of 500 in 3,483. The render cache lets one
// request render a page while the others asking for it wait for that render; when the visitor whose request
// was rendering left (its database calls cancelled), the cancellation was handed to every waiting request,
// and visitors who were still there got an error (a 500, or a 301 to /error/500 when the page had a query).
public class AbandonedRequestTests
{
    private const string Compare = "/roles/compare?roles=alpha-clerk,beta-analyst";

    [Fact]
    public async Task AVisitorLeavingMidRender_DoesNotGiveTheOthersWaitingForThatPageAnError()
    {
        var path = Compare[..Compare.IndexOf('?', StringComparison.Ordinal)];
        var gate = new HoldFirstUntilItsClientLeaves(path);
        var arrivals = new Arrivals(path);
        await using var site = new SiteFactory(TestPaths.TestContent)
        {
            TestServices = services =>
            {
                services.Configure<MvcOptions>(mvc => mvc.Filters.Add(gate));
                services.Configure<OutputCacheOptions>(cache => cache.AddBasePolicy(arrivals));
            },
        };
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var first = client.GetAsync(Compare, leaving.Token);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var second = client.GetAsync(Compare, TestContext.Current.CancellationToken);
        await arrivals.Second.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        // The second request goes on from the render cache's policies to wait for the first one's render.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        using var answer = await second;
        var body = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(gate.Abandoned, "the first request's render was abandoned by its client");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Alpha clerk", body);
        Assert.DoesNotContain("Something went wrong", body);
    }

    [Fact]
    public async Task AnErrorOnAPageWithAQuery_IsTheErrorPage_NotARedirectToIt()
    {
        await using var site = new SiteFactory(TestPaths.TestContent)
        {
            TestServices = services => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new ThrowOn("/roles/compare"))),
        };

        var (response, body) = await site.GetAsync(Compare);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Something went wrong on our side", body);
    }

    // Holds the first request for the path inside its action until its client gives up, then fails the way a
    // page's database call does when the request is aborted.
    private sealed class HoldFirstUntilItsClientLeaves(string path) : IAsyncActionFilter
    {
        private int held;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Abandoned { get; private set; }

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            if (context.HttpContext.Request.Path == path && Interlocked.Exchange(ref held, 1) == 0)
            {
                Entered.SetResult();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.HttpContext.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Abandoned = true;
                    throw;
                }
            }

            await next();
        }
    }

    // Says when the second request for the path reaches the render cache.
    private sealed class Arrivals(string path) : IOutputCachePolicy
    {
        private int count;

        public TaskCompletionSource Second { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            if (context.HttpContext.Request.Path == path && Interlocked.Increment(ref count) == 2)
            {
                Second.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class ThrowOn(string path) : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Path == path)
            {
                throw new InvalidOperationException("a page failed");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}
