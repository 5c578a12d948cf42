using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

// What happens to a running site when its derived catalogue goes wrong under it.
public class FaultTests
{
    [Fact]
    public async Task CatalogueFileDeleted_TheSiteRebuildsFromContent_AndKeepsAnswering()
    {
        await using var site = NewSiteWithoutOutputCache();
        await site.GetAsync("/");
        var broken = site.Services.GetRequiredService<CurrentCatalogue>().Required;

        File.Delete(broken.FilePath);
        SqliteConnection.ClearAllPools();
        var (response, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Alpha clerk</h1>", body);
        Assert.NotEqual(broken.FilePath, site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath);
        var health = await HealthAsync(site);
        Assert.Contains("could not be read", health.GetProperty("lastFault").GetProperty("description").GetString());
        Assert.Contains("rebuilt from content", health.GetProperty("lastFault").GetProperty("description").GetString());
        Assert.Equal(1, health.GetProperty("lastFault").GetProperty("recoveries").GetInt32());
    }

    [Fact]
    public async Task CatalogueFileCorrupted_TheSiteRebuildsFromContent_WithoutShowingAnError()
    {
        await using var site = NewSiteWithoutOutputCache();
        await site.GetAsync("/");
        var broken = site.Services.GetRequiredService<CurrentCatalogue>().Required;

        File.WriteAllBytes(broken.FilePath, Enumerable.Repeat((byte)'x', 64 * 1024).ToArray());
        SqliteConnection.ClearAllPools();
        var (response, body) = await site.GetAsync("/faq");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Yes, this is the first answer.", body);
        Assert.DoesNotContain("SqliteException", body);
    }

    [Fact]
    public async Task DeletedFileStillHeldOpenByThePool_IsFoundByTheReadinessCheck_AndRebuilt()
    {
        await using var site = NewSiteWithoutOutputCache();
        await site.GetAsync("/faq");
        var deleted = site.Services.GetRequiredService<CurrentCatalogue>().Required;

        File.Delete(deleted.FilePath);
        var (ready, _) = await site.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(File.Exists(site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath));
        Assert.Equal(1, (await HealthAsync(site)).GetProperty("lastFault").GetProperty("recoveries").GetInt32());
    }

    [Fact]
    public async Task ARequestThatRecovers_AndThenFindsNothing_StillGetsItsFriendly404()
    {
        await using var site = NewSiteWithoutOutputCache();
        await site.GetAsync("/");
        File.Delete(site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath);
        SqliteConnection.ClearAllPools();

        var (response, body) = await site.GetAsync("/roles/no-such-role");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", body);
    }

    [Fact]
    public async Task CatalogueMissingATable_IsTreatedAsDamaged_AndRebuilt()
    {
        await using var site = NewSiteWithoutOutputCache();
        await site.GetAsync("/");
        var damaged = site.Services.GetRequiredService<CurrentCatalogue>().Required;
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={damaged.FilePath};Pooling=False"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE SearchIndex";
            drop.ExecuteNonQuery();
        }

        var (response, body) = await site.GetAsync("/search?q=clerk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/roles/alpha-clerk\"", body);
    }

    [Fact]
    public async Task ReadinessCheck_FindsABrokenFile_AndRepairsIt()
    {
        await using var site = NewSiteWithoutOutputCache();
        await site.GetAsync("/");
        File.Delete(site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath);
        SqliteConnection.ClearAllPools();

        var (ready, body) = await site.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", body);
        Assert.True(File.Exists(site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath));
    }

    [Fact]
    public async Task LeftoversOfAKilledBuild_AreNeverServed_AndTheNextStartBuildsCleanly()
    {
        await using var site = NewSiteWithoutOutputCache();
        Directory.CreateDirectory(site.DataDirectory);
        var halfWritten = Path.Combine(site.DataDirectory, "catalogue-20200101000000000-dead.db.building");
        var garbage = Path.Combine(site.DataDirectory, "catalogue-20200101000000000-dead.db");
        File.WriteAllText(halfWritten, "half a database");
        File.WriteAllText(garbage, "not a database");
        File.SetLastWriteTimeUtc(halfWritten, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(garbage, DateTime.UtcNow.AddDays(-2));

        var (response, _) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(File.Exists(halfWritten));
        Assert.False(File.Exists(garbage));
        // What is left is the catalogue being served and its manifest (CatalogueReuse), nothing else.
        var serving = Path.GetFileName(site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath);
        var files = Directory.GetFiles(site.DataDirectory, "catalogue-*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count == 2 && files[0] == serving && files[1]!.StartsWith(serving + ".", StringComparison.Ordinal) && files[1]!.EndsWith(".json", StringComparison.Ordinal),
            string.Join(", ", files));
    }

    [Fact]
    public async Task HealthEndpoints_SayAliveAndReady_AndDescribeTheCatalogue()
    {
        await using var site = NewSiteWithoutOutputCache();

        var (live, _) = await site.GetAsync("/healthz/live");
        var (ready, _) = await site.GetAsync("/healthz/ready");
        var health = await HealthAsync(site);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(3, health.GetProperty("catalogue").GetProperty("roles").GetInt32());
        Assert.Equal("no-store", (await site.GetAsync("/healthz")).Response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task FailedReload_IsReportedByHealth_WhileTheOldCatalogueServes()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        await site.GetAsync("/");
        var path = Path.Combine(content, "roles", "beta-analyst.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("category: data-work", "category: nowhere"));
        site.Services.GetRequiredService<CatalogueBuilder>().Rebuild();

        var health = await HealthAsync(site);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.StartsWith("content/roles/beta-analyst.md:3: unknown category", health.GetProperty("lastReload").GetProperty("errors")[0].GetString());
    }

    private static SiteFactory NewSiteWithoutOutputCache() =>
        new(TestPaths.CopyOfTestContent()) { Settings = { ["Performance:OutputCache"] = "false" } };

    private static async Task<JsonElement> HealthAsync(SiteFactory site)
    {
        var (_, body) = await site.GetAsync("/healthz");
        return JsonDocument.Parse(body).RootElement;
    }
}
