using Microsoft.Extensions.DependencyInjection;

namespace NonClinicalGuide.Tests;

public class CatalogueRebuildTests
{
    [Fact]
    public async Task Rebuild_PicksUpEditedContent_AndSwapsToANewFile()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        var (_, before) = await site.GetAsync("/roles/alpha-clerk");
        var first = site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath;

        var path = Path.Combine(content, "roles", "alpha-clerk.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Alpha clerk", "title: Alpha records clerk"));
        var errors = site.Services.GetRequiredService<CatalogueBuilder>().Rebuild();
        var (_, after) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Empty(errors);
        Assert.Contains("<h1>Alpha clerk</h1>", before);
        Assert.Contains("<h1>Alpha records clerk</h1>", after);
        Assert.NotEqual(first, site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath);
    }

    [Fact]
    public async Task Rebuild_WithBrokenContent_KeepsServingTheLastGoodCatalogue()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        await site.GetAsync("/");

        var path = Path.Combine(content, "roles", "alpha-clerk.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("category: office-work", "category: nowhere"));
        var errors = site.Services.GetRequiredService<CatalogueBuilder>().Rebuild();
        var (response, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Single(errors);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Alpha clerk</h1>", body);
    }

    [Fact]
    public async Task Rebuild_WhenTheContentFolderIsGone_SaysSo_AndKeepsServing()
    {
        var content = TestPaths.CopyOfTestContent();
        await using var site = new SiteFactory(content);
        await site.GetAsync("/");

        Directory.Delete(content, recursive: true);
        var errors = site.Services.GetRequiredService<CatalogueBuilder>().Rebuild();
        var (response, _) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Equal("the content folder does not exist", Assert.Single(errors).Message);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Catalogue_IsBuiltFromContentAtStartUp_IntoTheDataFolder()
    {
        await using var site = new SiteFactory(TestPaths.TestContent);
        await site.GetAsync("/");

        var snapshot = site.Services.GetRequiredService<CurrentCatalogue>().Required;
        Assert.StartsWith(site.DataDirectory, snapshot.FilePath);
        Assert.True(File.Exists(snapshot.FilePath));
        Assert.Equal(3, snapshot.Roles);
        Assert.Empty(Directory.GetFiles(site.DataDirectory, "*.building"));
    }
}
