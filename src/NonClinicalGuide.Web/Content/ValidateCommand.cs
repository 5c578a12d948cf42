namespace NonClinicalGuide.Web.Content;

// `dotnet run --project src/NonClinicalGuide.Web -- validate [content-folder]`: checks content without
// starting the site, prints every finding as file:line: message, and exits 1 if any is an error.
public static class ValidateCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "validate";

    public static int Run(string[] args, string defaultContentPath, TextWriter output)
    {
        var contentPath = args.Length > 1 ? args[1] : defaultContentPath;
        var findings = ContentAudit.Run(contentPath, DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var finding in findings)
        {
            output.WriteLine(finding);
        }

        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        output.WriteLine($"{Path.GetFullPath(contentPath)}: {errors} error(s), {warnings} warning(s)");
        return errors == 0 ? 0 : 1;
    }
}
