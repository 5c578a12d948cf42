using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.OfficialData;

namespace NonClinicalGuide.Web.Build;

// `dotnet run --project src/NonClinicalGuide.Web -- validate [content-folder] [--Catalogue:OfficialDataPath=…]`:
// checks the content and the official data without starting the site, prints every finding as
// file:line: message and what the newest data release changes, and exits 1 if any finding is an error.
public static class ValidateCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "validate";

    public static int Run(string[] args, string workingDirectory, TextWriter output, DateOnly today)
    {
        // Settings as the site takes them (--Catalogue:ContentPath=…), so the same words work for both; a
        // plain folder after "validate" is the content folder.
        var settings = new ConfigurationBuilder().AddCommandLine(args.Skip(1).Where(arg => arg.StartsWith("--", StringComparison.Ordinal)).ToArray()).Build();
        var options = CatalogueOptions.From(settings);
        var folder = args.Skip(1).FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal));
        if (folder is not null)
        {
            options.ContentPath = Path.GetFullPath(folder, workingDirectory);
        }

        var contentPath = options.ResolveContentPath(workingDirectory);
        var (findings, content, data) = ContentAudit.Run(contentPath, OfficialDataLoader.Load(options.ResolveOfficialDataPath(workingDirectory)), today);
        foreach (var finding in findings)
        {
            output.WriteLine(finding);
        }

        if (content is not null && data is not null)
        {
            foreach (var line in ReleaseReport.Lines(content, data))
            {
                output.WriteLine(line);
            }
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        output.WriteLine($"{contentPath}: {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? 0 : 1;
    }
}
