using System.Text;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// One line of an O*NET tab-delimited file, with its line number, its cells read by column name.
public readonly record struct TabRow(int Line, string[] Cells, IReadOnlyDictionary<string, int> Columns)
{
    public string this[string column] => Columns[column] < Cells.Length ? Cells[Columns[column]].Trim() : "";
}

// O*NET's text files: UTF-8, tab-delimited, a heading line naming the columns. The reader checks that the
// columns it needs are there, so a file from another release or another table fails with its name and line.
public static class TabFile
{
    public static IReadOnlyList<TabRow>? Read(string path, string displayPath, IReadOnlyList<string> required, List<ContentError> errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(displayPath, 1, "this O*NET file is missing"));
            return null;
        }

        var lines = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var headings = lines.Length > 0 ? lines[0].Split('\t').Select(h => h.Trim()).ToArray() : [];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headings.Length; i++)
        {
            columns.TryAdd(headings[i], i);
        }

        var missing = required.Where(name => !columns.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ContentError(displayPath, 1, $"the heading line has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}: is this the O*NET file of that name?"));
            return null;
        }

        var rows = new List<TabRow>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length < headings.Length)
            {
                errors.Add(new ContentError(displayPath, i + 1, $"{cells.Length} columns, where the heading line has {headings.Length}"));
                continue;
            }

            rows.Add(new TabRow(i + 1, cells, columns));
        }

        return rows;
    }
}
