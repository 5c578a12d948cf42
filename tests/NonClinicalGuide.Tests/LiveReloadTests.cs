using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

public class LiveReloadTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SavingANewRole_IsServedWithoutARestart_AndABrokenFileKeepsTheLastGoodCatalogue()
    {
        var content = TestPaths.CopyOfTestContent();
        var rebuilds = new RebuildRecorder();
        await using var site = new SiteFactory(content) { Settings = { ["Catalogue:LiveReload"] = "true" }, TestServices = services => services.AddSingleton<IRebuildListener>(rebuilds) };
        await site.GetAsync("/");
        var current = site.Services.GetRequiredService<CurrentCatalogue>();

        var added = rebuilds.When(errors => errors.Count == 0 && current.Snapshot?.Roles == 4);
        var beta = File.ReadAllText(Path.Combine(content, "roles", "beta-analyst.md"));
        Save(content, "roles/delta-analyst.md", beta.Replace("title: Beta analyst", "title: Delta analyst"));
        await added.WaitAsync(Deadline, TestContext.Current.CancellationToken);
        var (addedResponse, addedBody) = await site.GetAsync("/roles/delta-analyst");

        Assert.Equal(HttpStatusCode.OK, addedResponse.StatusCode);
        Assert.Contains("<h1>Delta analyst</h1>", addedBody);

        var broken = rebuilds.When(errors => errors.Count > 0);
        var alpha = File.ReadAllText(Path.Combine(content, "roles", "alpha-clerk.md"));
        Save(content, "roles/alpha-clerk.md", alpha.Replace("title: Alpha clerk", "title: Alpha renamed").Replace("category: office-work", "category: nowhere"));
        var errors = await broken.WaitAsync(Deadline, TestContext.Current.CancellationToken);
        var (response, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Contains(errors, error => error.ToString().StartsWith("content/roles/alpha-clerk.md:3: unknown category 'nowhere'", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Alpha clerk</h1>", body);
        Assert.Equal(4, current.Snapshot?.Roles);
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    public async Task LiveReload_IsOnInDevelopment_AndSwitchableByConfiguration(string environment, string? setting, bool watching)
    {
        await using var site = new SiteFactory(TestPaths.CopyOfTestContent()) { Environment = environment };
        if (setting is not null)
        {
            site.Settings["Catalogue:LiveReload"] = setting;
        }

        await site.GetAsync("/");
        var watcher = site.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ContentWatcher>().Single();

        Assert.Equal(watching, watcher.IsWatching);
    }

    [Fact]
    public async Task RequestsDuringRepeatedSwaps_AllSucceed()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        using var client = site.CreateClient();
        await client.GetAsync("/", TestContext.Current.CancellationToken);
        var builder = site.Services.GetRequiredService<CatalogueBuilder>();
        string[] paths = ["/", "/roles", "/roles/alpha-clerk", "/faq", "/search?q=clerk", "/api/roles/alpha-clerk"];

        var rebuilding = Task.Run(() =>
        {
            for (var i = 0; i < 8; i++)
            {
                Assert.Empty(builder.Rebuild());
            }
        }, TestContext.Current.CancellationToken);
        var requests = Enumerable.Range(0, 240).Select(i => client.GetAsync(paths[i % paths.Length], TestContext.Current.CancellationToken));
        var responses = await Task.WhenAll(requests);
        await rebuilding;

        Assert.All(responses, response => Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{response.RequestMessage?.RequestUri}: {response.StatusCode}"));
        Assert.Contains(responses, response => response.StatusCode == HttpStatusCode.OK);
    }

    // Editors' tools usually write a temporary file and rename it into place; do the same.
    private static void Save(string content, string relativePath, string text)
    {
        var temporary = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path.Combine(content, relativePath), overwrite: true);
    }

    // Told of every rebuild, as the output cache and the health report are; a test waits for the one it wants.
    private sealed class RebuildRecorder : IRebuildListener
    {
        private readonly Lock _gate = new();
        private readonly List<(Func<IReadOnlyList<ContentError>, bool> Wanted, TaskCompletionSource<IReadOnlyList<ContentError>> Result)> _waiting = [];

        public Task<IReadOnlyList<ContentError>> When(Func<IReadOnlyList<ContentError>, bool> wanted)
        {
            var result = new TaskCompletionSource<IReadOnlyList<ContentError>>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _waiting.Add((wanted, result));
            }

            return result.Task;
        }

        public void Rebuilt(IReadOnlyList<ContentError> errors)
        {
            lock (_gate)
            {
                foreach (var waiter in _waiting.Where(w => w.Wanted(errors)).ToList())
                {
                    waiter.Result.TrySetResult(errors);
                    _waiting.Remove(waiter);
                }
            }
        }
    }
}
