using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// `dotnet NonClinicalGuide.Web.dll pages [content-folder]`: one address of every kind of page, one a line, for
// the scripts that look at each kind once (page audits, load mixes). The same list the warm-up and the
// browser tests use (SitePaths.Examples), with a real role, a related role, a category and a clinical job of the content.
public static class PagesCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "pages";

    public static int Run(string[] args, string workingDirectory, TextWriter output)
    {
        var options = new CatalogueOptions { ContentPath = args.Length > 1 ? Path.GetFullPath(args[1], workingDirectory) : null };
        var (content, errors) = ContentLoader.Load(options.ResolveContentPath(workingDirectory));
        if (content is null || content.Roles.Count == 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        foreach (var path in ExamplesFor(content))
        {
            output.WriteLine(path);
        }

        return 0;
    }

    // The richest role stands for role pages: the first that names two official occupations (its page shows
    // both), else the first role.
    public static IReadOnlyList<string> ExamplesFor(ContentSet content)
    {
        var role = content.Roles.FirstOrDefault(r => r.Meta.Occupations.Count > 1) ?? content.Roles[0];
        var related = role.Meta.Related.FirstOrDefault() ?? content.Roles[^1].Source.Slug;
        var job = content.ClinicalJobs.OrderBy(j => j.Meta.Order).First().Source.Slug;
        return SitePaths.Examples(role.Source.Slug, related, role.Meta.Category, job);
    }
}
