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

        var displayRoot = DisplayRoot(root);

        var guide = LoadSingle<GuideFrontMatter, LoadedGuide>(root, displayRoot, "guide.md", errors, CreateGuide);
        var faq = LoadSingle(root, displayRoot, "faq.md", errors, (SourceFile file, PageFrontMatter meta) =>
            new LoadedFaq(file, meta, FaqParser.Parse(file, errors)));
        var comparison = LoadSingle(root, displayRoot, "comparison.md", errors, (SourceFile file, ComparisonFrontMatter meta) =>
            new LoadedComparison(file, meta, MarkdownRenderer.RenderHtml(file.Body)));
        var pages = SimplePages.Select(name => LoadSingle(root, displayRoot, name + ".md", errors, (SourceFile file, PageFrontMatter meta) =>
            new LoadedPage(file, meta, MarkdownRenderer.RenderHtml(file.Body)))).ToList();

        var categories = LoadFolder<CategoryFrontMatter, LoadedCategory>(root, displayRoot, "categories", errors, CreateCategory);
        var roles = LoadFolder<RoleFrontMatter, LoadedRole>(root, displayRoot, "roles", errors, CreateRole);
        var clinicalJobs = LoadFolder<ClinicalJobFrontMatter, LoadedClinicalJob>(root, displayRoot, ClinicalJobsFolder, errors, CreateClinicalJob);

        // References are checked against every role file, so one broken file does not make others look wrong.
        var roleFiles = Directory.Exists(Path.Combine(root, "roles"))
            ? Directory.EnumerateFiles(Path.Combine(root, "roles"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        ContentRules.Check(guide, comparison, categories, roles, roleFiles, errors);
        ContentRules.CheckClinicalJobs(clinicalJobs, errors);

        var sorted = errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        if (guide is null || faq is null || comparison is null || pages.Any(page => page is null))
        {
            return (null, sorted);
        }

        // With errors, the set holds what did load, so the editor's audit can still check its links; the
        // catalogue is only ever built from content without errors.
        return (new ContentSet(guide, faq, comparison, pages.OfType<LoadedPage>().ToList(), categories, roles, clinicalJobs), sorted);
    }

    // Loads the guide, one category and one role, and keeps nothing: run on a spare core while the web host
    // is built, it sets up the parsers for exactly the kinds of file the catalogue build will read.
    public static void WarmUp(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        var displayRoot = DisplayRoot(root);
        var errors = new List<ContentError>();
        LoadSingle<GuideFrontMatter, LoadedGuide>(root, displayRoot, "guide.md", errors, CreateGuide);
        if (FirstFile(root, "categories") is { } category)
        {
            LoadFile<CategoryFrontMatter, LoadedCategory>(category, displayRoot, errors, CreateCategory);
        }

        if (FirstFile(root, "roles") is { } role)
        {
            LoadFile<RoleFrontMatter, LoadedRole>(role, displayRoot, errors, CreateRole);
        }
    }

    private static string? FirstFile(string root, string folder) =>
        Directory.Exists(Path.Combine(root, folder)) ? Directory.EnumerateFiles(Path.Combine(root, folder), "*.md").FirstOrDefault() : null;

    // Error messages name files from the folder that holds content/, as editors see them: content/roles/x.md.
    private static string DisplayRoot(string root) => Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root;

    private static LoadedGuide CreateGuide(SourceFile file, GuideFrontMatter meta) => new(file, meta, MarkdownRenderer.RenderWithSectionLinks(file.Body));

    private static LoadedClinicalJob CreateClinicalJob(SourceFile file, ClinicalJobFrontMatter meta) => new(file, meta, MarkdownRenderer.RenderHtml(file.Body));

    private static LoadedCategory CreateCategory(SourceFile file, CategoryFrontMatter meta) => new(file, meta, MarkdownRenderer.RenderHtml(file.Body));

    private static LoadedRole CreateRole(SourceFile file, RoleFrontMatter meta)
    {
        var body = MarkdownRenderer.RenderRoleBody(file.Body);
        return new LoadedRole(file, meta, body.Html, body.Headings, RoleBody.From(body));
    }

    private static TLoaded? LoadSingle<TMeta, TLoaded>(
        string root, string displayRoot, string name, List<ContentError> errors,
        Func<SourceFile, TMeta, TLoaded> create)
        where TMeta : class where TLoaded : class
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(DisplayPath(displayRoot, path), 1, "this file is missing"));
            return null;
        }

        return LoadFile(path, displayRoot, errors, create);
    }

    private static List<TLoaded> LoadFolder<TMeta, TLoaded>(
        string root, string displayRoot, string folder, List<ContentError> errors, Func<SourceFile, TMeta, TLoaded> create)
        where TMeta : class where TLoaded : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            errors.Add(new ContentError(DisplayPath(displayRoot, directory), 1, "this folder is missing"));
            return [];
        }

        // Files are parsed and rendered in parallel (each with its own error list), then kept in name order.
        var results = Directory.EnumerateFiles(directory, "*.md")
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(path =>
            {
                var fileErrors = new List<ContentError>();
                return (Loaded: LoadFile(path, displayRoot, fileErrors, create), Errors: fileErrors);
            })
            .ToList();
        errors.AddRange(results.SelectMany(result => result.Errors));
        return results.Select(result => result.Loaded).OfType<TLoaded>().ToList();
    }

    private static TLoaded? LoadFile<TMeta, TLoaded>(string path, string displayRoot, List<ContentError> errors, Func<SourceFile, TMeta, TLoaded> create)
        where TMeta : class where TLoaded : class
    {
        var file = SourceFile.Parse(DisplayPath(displayRoot, path), File.ReadAllText(path), errors);
        if (file is null)
        {
            return null;
        }

        var meta = FrontMatterReader.Read<TMeta>(file, errors);
        return meta is null ? null : create(file, meta);
    }

    private static string DisplayPath(string displayRoot, string path) =>
        Path.GetRelativePath(displayRoot, path).Replace(Path.DirectorySeparatorChar, '/');
}
