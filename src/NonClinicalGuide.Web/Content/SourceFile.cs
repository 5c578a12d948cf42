using System.Text.RegularExpressions;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// A content file split into its YAML front matter and Markdown body, remembering where each part starts
// so every error can name the file and line an editor has to open.
public sealed partial class SourceFile
{
    private readonly Dictionary<string, int> _keyLines;

    private SourceFile(string displayPath, string slug, string frontMatter, int frontMatterFirstLine, string body, int bodyFirstLine)
    {
        DisplayPath = displayPath;
        Slug = slug;
        FrontMatter = frontMatter;
        FrontMatterFirstLine = frontMatterFirstLine;
        Body = body;
        BodyFirstLine = bodyFirstLine;
        _keyLines = IndexTopLevelKeys(frontMatter, frontMatterFirstLine);
    }

    public string DisplayPath { get; }
    public string Slug { get; }
    public string FrontMatter { get; }
    public int FrontMatterFirstLine { get; }
    public string Body { get; }
    public int BodyFirstLine { get; }

    // "facts.median_pay" finds the nested key's own line, falling back to its parent's, then to line 1.
    public int LineOf(string key) =>
        _keyLines.TryGetValue(key, out var line) ? line
        : key.Contains('.') ? LineOf(key[..key.LastIndexOf('.')])
        : 1;

    // The line of an entry in a list ("- soc: 29-2072" or "  onet: 29-2072.00"), so an error about one entry
    // points at it rather than at the list; the line of `fallbackKey` when no line has that key and value.
    public int LineOfValue(string key, string value, string fallbackKey)
    {
        var lines = FrontMatter.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart(' ', '-').Trim();
            if (line.StartsWith(key + ":", StringComparison.Ordinal) && line[(key.Length + 1)..].Trim().Trim('"', '\'') == value)
            {
                return FrontMatterFirstLine + i;
            }
        }

        return LineOf(fallbackKey);
    }

    public ContentError ErrorAt(int line, string message) => new(DisplayPath, line, message);

    public ContentError ErrorAt(string key, string message) => ErrorAt(LineOf(key), message);

    public static SourceFile? Parse(string displayPath, string text, List<ContentError> errors)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var slug = Path.GetFileNameWithoutExtension(displayPath);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            errors.Add(new(displayPath, 1, "the file must start with a line '---' opening its front matter"));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (closing < 0)
        {
            errors.Add(new(displayPath, 1, "the front matter is not closed: add a line '---' after it"));
            return null;
        }

        var frontMatter = string.Join('\n', lines[1..closing]);
        var body = string.Join('\n', lines[(closing + 1)..]);
        return new SourceFile(displayPath, slug, frontMatter, frontMatterFirstLine: 2, body, bodyFirstLine: closing + 2);
    }

    private static Dictionary<string, int> IndexTopLevelKeys(string frontMatter, int firstLine)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = frontMatter.Split('\n');
        string? parent = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Key().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var key = match.Groups["key"].Value;
            if (match.Groups["indent"].Length == 0)
            {
                parent = key;
                keys.TryAdd(key, firstLine + i);
            }
            else if (parent is not null)
            {
                keys.TryAdd($"{parent}.{key}", firstLine + i);
            }
        }

        return keys;
    }

    // Top-level keys and the keys of mappings one level down (not list items), enough to point at a field.
    [GeneratedRegex(@"^(?<indent> *)(?<key>[A-Za-z_][A-Za-z0-9_-]*)\s*:")]
    private static partial Regex Key();
}
