using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

// The app's folders depend one way: content and data are read, built into the catalogue, and read by the pages.
// Each folder is a namespace; a file depends on another folder when it names its namespace (a using directive
// or a qualified name). A loop means one of the two folders holds something that belongs elsewhere.
public partial class ArchitectureTests
{
    private static string App => Path.Combine(Path.GetDirectoryName(TestPaths.RealContent)!, "src", "NonClinicalGuide.Web");

    [Fact]
    public void EveryFile_IsInTheNamespaceOfItsFolder()
    {
        var wrong = SourceFiles()
            .Where(file => Path.GetDirectoryName(Path.GetRelativePath(App, file)) is { Length: > 0 })
            .Select(file => (file, expected: "NonClinicalGuide.Web." + Path.GetDirectoryName(Path.GetRelativePath(App, file))!.Replace('/', '.'), actual: NamespaceOf(file)))
            .Where(x => x.actual != x.expected)
            .Select(x => $"{Path.GetRelativePath(App, x.file)}: namespace {x.actual}, folder says {x.expected}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Folders_DependOneWay()
    {
        var graph = DependencyGraph();
        TestContext.Current.TestOutputHelper?.WriteLine(Describe(graph));

        var loops = Loops(graph);

        Assert.True(loops.Count == 0, $"folders that depend on each other:{Environment.NewLine}{string.Join(Environment.NewLine, loops)}{Environment.NewLine}{Environment.NewLine}{Describe(graph)}");
    }

    // The graph as lines "Folder -> A, B, C", also what the test prints.
    public static string Describe(IReadOnlyDictionary<string, SortedSet<string>> graph) =>
        string.Join(Environment.NewLine, graph.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} -> {string.Join(", ", pair.Value)}"));

    public static IReadOnlyDictionary<string, SortedSet<string>> DependencyGraph()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles().Concat(Directory.EnumerateFiles(Path.Combine(App, "Views"), "*.cshtml", SearchOption.AllDirectories)))
        {
            var relative = Path.GetRelativePath(App, file);
            var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "(root)";
            var targets = graph.TryGetValue(folder, out var existing) ? existing : graph[folder] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (Match match in NamespaceReference().Matches(File.ReadAllText(file)))
            {
                var target = match.Groups["folder"].Value;
                if (target != folder)
                {
                    targets.Add(target);
                }
            }
        }

        return graph;
    }

    // Every pair (or longer cycle) of folders that reach each other, found by depth-first search.
    private static List<string> Loops(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var loops = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    loops.Add(string.Join(" -> ", path.SkipWhile(n => n != next).Append(next)));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0)
            {
                Visit(node);
            }
        }

        return loops;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(App, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal) && !file.Contains("/node_modules/", StringComparison.Ordinal));

    private static string NamespaceOf(string file) => FileScopedNamespace().Match(File.ReadAllText(file)) is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex(@"NonClinicalGuide\.Web\.(?<folder>[A-Z]\w*)")]
    private static partial Regex NamespaceReference();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
