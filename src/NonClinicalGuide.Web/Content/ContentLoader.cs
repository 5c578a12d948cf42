using NonClinicalGuide.Web.Vocabulary;
namespace NonClinicalGuide.Web.Content;

// Reads every file under the content folder, renders its Markdown and checks it. Collects every problem
// instead of stopping at the first, so an editor fixes a whole batch in one go.
public static class ContentLoader
{
    // Pages with a title and Markdown text and nothing else; each file's name is its address.
    public static readonly IReadOnlyList<string> SimplePages = ["from-clinical", "accessibility", "sources", "glossary"];

    // The clinical jobs people move from: content/clinical-jobs/<slug>.md.
    public const string ClinicalJobsFolder = "clinical-jobs";

    public static (ContentSet? Content, IReadOnlyList<ContentError> Errors) Load(string contentDirectory)
    {
        var errors = new List<ContentError>();
        var root = Path.GetFullPath(contentDirectory);
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(contentDirectory, 1, "the content folder does not exist"));
            return (null, errors);
        }

        var batch = new ContentFileBatch(root);
        var guide = batch.File<GuideFrontMatter, LoadedGuide>("guide.md", CreateGuide);
        var faq = batch.File("faq.md", (SourceFile file, PageFrontMatter meta, List<ContentError> fileErrors) => new LoadedFaq(file, meta, FaqParser.Parse(file, fileErrors)));
        var comparison = batch.File("comparison.md", (SourceFile file, ComparisonFrontMatter meta) => new LoadedComparison(file, meta, MarkdownRenderer.RenderHtml(file.Body)));
        var pages = SimplePages.Select(name => batch.File(name + ".md", (SourceFile file, PageFrontMatter meta) => new LoadedPage(file, meta, MarkdownRenderer.RenderHtml(file.Body)))).ToList();
        var categories = batch.Folder<CategoryFrontMatter, LoadedCategory>("categories", CreateCategory);
        var roles = batch.Folder<RoleFrontMatter, LoadedRole>("roles", CreateRole);
        var clinicalJobs = batch.Folder<ClinicalJobFrontMatter, LoadedClinicalJob>(ClinicalJobsFolder, CreateClinicalJob);
        errors.AddRange(batch.LoadAll());
        return Checked(root, guide(), faq(), comparison(), pages.Select(page => page()).ToList(), categories(), roles(), clinicalJobs(), errors);
    }

    private static (ContentSet? Content, IReadOnlyList<ContentError> Errors) Checked(
        string root, LoadedGuide? guide, LoadedFaq? faq, LoadedComparison? comparison, List<LoadedPage?> pages,
        List<LoadedCategory> categories, List<LoadedRole> roles, List<LoadedClinicalJob> clinicalJobs, List<ContentError> errors)
    {
        // References are checked against every role file, so one broken file does not make others look wrong.
        var roleFiles = Directory.Exists(Path.Combine(root, "roles"))
            ? Directory.EnumerateFiles(Path.Combine(root, "roles"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        ContentRules.Check(guide, comparison, categories, roles, roleFiles, errors);
        ContentRules.CheckClinicalJobs(clinicalJobs, errors);

        var sorted = ContentError.InFileOrder(errors);
        if (guide is null || faq is null || comparison is null || pages.Any(page => page is null))
        {
            return (null, sorted);
        }

        // With errors, the set holds what did load, so the editor's audit can still check its links; the
        // catalogue is only ever built from content without errors.
        return (new ContentSet(guide, faq, comparison, pages.OfType<LoadedPage>().ToList(), categories, roles, clinicalJobs), sorted);
    }

    // Loads the guide, one category and one role, and keeps nothing: run on a spare core while the web host
    // is built, it sets up the parsers (and the parallel loop) for exactly the kinds of file the catalogue build will read.
    public static void WarmUp(string contentDirectory)
    {
        var batch = new ContentFileBatch(Path.GetFullPath(contentDirectory));
        batch.File<GuideFrontMatter, LoadedGuide>("guide.md", CreateGuide);
        batch.Folder<CategoryFrontMatter, LoadedCategory>("categories", CreateCategory, take: 1);
        batch.Folder<RoleFrontMatter, LoadedRole>("roles", CreateRole, take: 1);
        batch.LoadAll();
    }

    private static LoadedGuide CreateGuide(SourceFile file, GuideFrontMatter meta) => new(file, meta, MarkdownRenderer.RenderWithSectionLinks(file.Body));

    private static LoadedClinicalJob CreateClinicalJob(SourceFile file, ClinicalJobFrontMatter meta) => new(file, meta, MarkdownRenderer.RenderHtml(file.Body));

    private static LoadedCategory CreateCategory(SourceFile file, CategoryFrontMatter meta) => new(file, meta, MarkdownRenderer.RenderHtml(file.Body));

    private static LoadedRole CreateRole(SourceFile file, RoleFrontMatter meta)
    {
        var body = MarkdownRenderer.RenderRoleBody(file.Body);
        return new LoadedRole(file, meta, body.Html, body.Headings, RoleBody.From(body));
    }
}
