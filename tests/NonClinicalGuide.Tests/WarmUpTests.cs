using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace NonClinicalGuide.Tests;

public sealed class WarmUpTests
{
    [Fact]
    public async Task ARealServer_AsksItselfForEveryKindOfPage_ThenSaysItIsReady()
    {
        await using var site = new WarmingSite();
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = new HttpClient { BaseAddress = site.BaseAddress };

        // Polls (not a fixed wait): the warm-up takes a second or two on a quiet machine. Readiness is asked
        // first: warming up only ever ends, so a report still warming means readiness was refused before it.
        JsonElement warmUp;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            var ready = (await client.GetAsync("/healthz/ready", cancellationToken)).StatusCode;
            using var response = await client.GetAsync("/healthz", cancellationToken);
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            warmUp = report.RootElement.GetProperty("warmUp").Clone();
            if (!warmUp.GetProperty("done").GetBoolean())
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
                await Task.Delay(50, cancellationToken);
            }
        }
        while (!warmUp.GetProperty("done").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.True(warmUp.GetProperty("done").GetBoolean());
        // Every round, unless the time limit stopped it first (a machine busy with other work).
        var rounds = warmUp.GetProperty("rounds").GetInt32();
        var stoppedByTheLimit = warmUp.GetProperty("milliseconds").GetInt32() >= NonClinicalGuide.Web.Infrastructure.WarmUp.Limit.TotalMilliseconds;
        Assert.True(rounds == NonClinicalGuide.Web.Infrastructure.WarmUp.RoundsPerPage || (stoppedByTheLimit && rounds > 0), $"{rounds} rounds of {NonClinicalGuide.Web.Infrastructure.WarmUp.RoundsPerPage}");
        Assert.Equal(0, warmUp.GetProperty("failures").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready", cancellationToken)).StatusCode);
    }

    [Fact]
    public async Task UnderTheTestHost_ThereIsNoPortToCall_SoItIsReadyAtOnce()
    {
        await using var site = new SiteFactory(TestPaths.TestContent) { Settings = { ["Performance:WarmUp"] = "true" } };

        var (ready, _) = await site.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private sealed class WarmingSite : KestrelSite
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Performance:WarmUp", "true");
        }
    }
}
