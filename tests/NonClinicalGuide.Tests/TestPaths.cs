namespace NonClinicalGuide.Tests;

public static class TestPaths
{
    public static string TestContent => Path.Combine(AppContext.BaseDirectory, "TestContent");

    // The site's real content/, found from the test binaries so the test works from any working directory.
    public static string RealContent
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "content", "guide.md");
                if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "NonClinicalGuide.sln")))
                {
                    return Path.GetDirectoryName(candidate)!;
                }
            }

            throw new DirectoryNotFoundException("The repository's content/ folder was not found above " + AppContext.BaseDirectory);
        }
    }

    // The official data files shipped in data/ (every test content folder uses the real figures).
    public static string RealData => Path.Combine(Path.GetDirectoryName(RealContent)!, "data");

    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "ncg-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    // A writable copy of data/, for tests that damage a workbook or add a release.
    public static string CopyOfRealData()
    {
        var target = Path.Combine(NewTempDirectory("data"), "data");
        foreach (var file in Directory.EnumerateFiles(RealData, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RealData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    // A writable copy of the test content, named "content" so error paths read content/roles/x.md.
    public static string CopyOfTestContent()
    {
        var target = Path.Combine(NewTempDirectory("content"), "content");
        foreach (var file in Directory.EnumerateFiles(TestContent, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
