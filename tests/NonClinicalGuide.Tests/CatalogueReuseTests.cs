using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NonClinicalGuide.Tests;

// A start whose content, data and code are those of a catalogue already built copies it instead of building
// (CatalogueReuse); anything else builds, so a page never shows what its content no longer says.
public class CatalogueReuseTests
{
    [Fact]
    public async Task Restart_WithTheSameContentAndData_CopiesTheCatalogue_AndServesTheSamePages()
    {
        var content = TestPaths.CopyOfTestContent();
        var data = TestPaths.NewTempDirectory("catalogue");
        var (firstLog, firstPage, firstFile) = await StartAsync(content, data);
        var (secondLog, secondPage, secondFile) = await StartAsync(content, data);

        Assert.Contains(firstLog, message => message.StartsWith("Catalogue built from", StringComparison.Ordinal));
        var reused = Assert.Single(secondLog, message => message.StartsWith("Catalogue reused from", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(firstFile), reused);
        Assert.DoesNotContain(secondLog, message => message.StartsWith("Catalogue built from", StringComparison.Ordinal));
        Assert.Equal(firstPage, secondPage);
        // Each start has a file of its own, in its data folder.
        Assert.NotEqual(firstFile, secondFile);
        Assert.StartsWith(data, secondFile);
        Assert.Equal(File.ReadAllBytes(firstFile), File.ReadAllBytes(secondFile));
    }

    [Fact]
    public async Task Restart_AfterAContentEdit_BuildsAfresh_AndShowsTheEdit()
    {
        var content = TestPaths.CopyOfTestContent();
        var data = TestPaths.NewTempDirectory("catalogue");
        await StartAsync(content, data);
        var path = Path.Combine(content, "roles", "alpha-clerk.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Alpha clerk", "title: Alpha records clerk"));

        var (log, page, _) = await StartAsync(content, data);

        AssertBuilt(log);
        Assert.Contains("<h1>Alpha records clerk</h1>", page);
    }

    [Fact]
    public async Task Restart_WithReuseTurnedOff_Builds()
    {
        var content = TestPaths.CopyOfTestContent();
        var data = TestPaths.NewTempDirectory("catalogue");
        await StartAsync(content, data);

        var (log, page, _) = await StartAsync(content, data, ("Catalogue:ReuseBuilt", "false"));

        AssertBuilt(log);
        Assert.Contains("<h1>Alpha clerk</h1>", page);
    }

    // What can go wrong on disk between two starts: each time the second start builds, and serves the pages.
    [Theory]
    [InlineData("manifest damaged")]
    [InlineData("catalogue deleted")]
    [InlineData("catalogue overwritten")]
    public async Task Restart_WhenWhatWasBuiltIsDamaged_Builds_AndServesThePages(string damage)
    {
        var content = TestPaths.CopyOfTestContent();
        var data = TestPaths.NewTempDirectory("catalogue");
        var (_, _, first) = await StartAsync(content, data);
        switch (damage)
        {
            case "manifest damaged":
                File.WriteAllText(Assert.Single(Directory.GetFiles(data, "catalogue-*.json")), "{ \"Roles\": \"not a number\"");
                break;
            case "catalogue deleted":
                File.Delete(first);
                break;
            default:
                File.WriteAllText(first, "not a database any more");
                break;
        }

        var (log, page, _) = await StartAsync(content, data);

        AssertBuilt(log);
        Assert.Contains("<h1>Alpha clerk</h1>", page);
    }

    [Fact]
    public async Task ShipCatalogue_BuildsTheCatalogueAStartThenCopies()
    {
        var content = TestPaths.CopyOfTestContent();
        var shipped = Path.Combine(TestPaths.NewTempDirectory("shipped"), "catalogue");
        var output = new StringWriter();

        var status = ShipCatalogueCommand.Run(["ship-catalogue", content, TestPaths.RealData, shipped], Directory.GetCurrentDirectory(), output);
        var (log, page, _) = await StartAsync(content, shipped);

        Assert.Equal(0, status);
        Assert.StartsWith("ship-catalogue: 3 roles", output.ToString());
        Assert.Contains(log, message => message.StartsWith($"Catalogue reused from {shipped}", StringComparison.Ordinal));
        Assert.Contains("<h1>Alpha clerk</h1>", page);
    }

    [Fact]
    public void Key_ChangesWithAnyByteOfTheContentOrTheData_AndOnlyThen()
    {
        var content = TestPaths.CopyOfTestContent();
        var data = TestPaths.NewTempDirectory("data");
        foreach (var file in Directory.EnumerateFiles(TestPaths.RealData, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(data, Path.GetRelativePath(TestPaths.RealData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        string Key() => CatalogueReuse.Key(ContentFingerprint.Of(content), data);
        var original = Key();
        var again = Key();
        var role = Path.Combine(content, "roles", "alpha-clerk.md");
        File.AppendAllText(role, " ");
        var afterContentEdit = Key();
        File.WriteAllText(role, File.ReadAllText(role)[..^1]);
        var afterUndo = Key();
        var workbook = Directory.EnumerateFiles(data, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(workbook);
        bytes[^1] ^= 1;
        File.WriteAllBytes(workbook, bytes);

        Assert.Equal(original, again);
        Assert.NotEqual(original, afterContentEdit);
        Assert.Equal(original, afterUndo);
        Assert.NotEqual(original, Key());
    }

    // The start built its catalogue (its log line says so) rather than copying one.
    private static void AssertBuilt(IReadOnlyCollection<string> log)
    {
        Assert.Contains(log, message => message.StartsWith("Catalogue built from", StringComparison.Ordinal));
        Assert.DoesNotContain(log, message => message.StartsWith("Catalogue reused from", StringComparison.Ordinal));
    }

    // Starts the app on the content and data folder, fetches a role page, and stops it: what it logged, the page,
    // and the catalogue file it served.
    private static async Task<(IReadOnlyCollection<string> Log, string Page, string File)> StartAsync(string content, string data, params (string Key, string Value)[] settings)
    {
        var log = new CapturedLog();
        await using var site = new SiteFactory(content)
        {
            DataDirectory = data,
            TestServices = services => services.AddSingleton<ILoggerProvider>(log),
        };
        foreach (var (key, value) in settings)
        {
            site.Settings[key] = value;
        }

        var (_, page) = await site.GetAsync("/roles/alpha-clerk");
        return (log.Messages, page, site.Services.GetRequiredService<CurrentCatalogue>().Required.FilePath);
    }
}
