using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// One occupation's row of Table 1.2. Employment and openings are converted from the table's thousands into
// people; ChangePercent is BLS's own rounded percentage. Text columns are as BLS words them, or null where
// the table has a dash.
public sealed record ProjectedOccupation(
    string Code, string Title, bool IsSummary, int Row,
    int? EmploymentBase, int? EmploymentTarget, int? Change, decimal? ChangePercent, int? OpeningsPerYear,
    Wage? MedianWage, string? Education, string? WorkExperience, string? Training);

// The BLS Employment Projections table of occupations (occupation.xlsx, sheet "Table 1.2").
public sealed record Projections(int BaseYear, int TargetYear, string File, IReadOnlyDictionary<string, ProjectedOccupation> Occupations)
{
    // "2024–34", as BLS writes a projection period.
    [JsonIgnore]
    public string Period => $"{BaseYear}–{TargetYear % 100:00}";
}

public static partial class ProjectionsWorkbook
{
    public const string Sheet = "Table 1.2";

    // Headings are matched by their start: the rest names the years ("Employment, 2024").
    private static readonly (string Key, string Starts)[] Headings =
    [
        ("title", "2024 National Employment Matrix title"),
        ("code", "2024 National Employment Matrix code"),
        ("type", "Occupation type"),
        ("base", "Employment, "),
        ("target", "Employment, "),
        ("change", "Employment change, numeric"),
        ("percent", "Employment change, percent"),
        ("openings", "Occupational openings"),
        ("wage", "Median annual wage"),
        ("education", "Typical education needed for entry"),
        ("experience", "Work experience in a related occupation"),
        ("training", "Typical on-the-job training"),
    ];

    public static Projections? Read(Stream workbook, string displayPath, List<ContentError> errors)
    {
        Worksheet sheet;
        try
        {
            var (names, sheets) = Xlsx.Read(workbook, new HashSet<string>([Sheet], StringComparer.Ordinal));
            if (!sheets.TryGetValue(Sheet, out sheet!))
            {
                errors.Add(new ContentError(displayPath, 1, $"the workbook has no sheet '{Sheet}' (it has: {string.Join(", ", names)}); is it the Employment Projections occupation.xlsx?"));
                return null;
            }
        }
        catch (InvalidDataException exception)
        {
            errors.Add(new ContentError(displayPath, 1, $"not a readable .xlsx workbook ({exception.Message})"));
            return null;
        }

        var before = errors.Count;
        var title = sheet.Text(1, 0);
        var period = PeriodInTitle().Match(title);
        if (!period.Success || !title.Contains("Employment in thousands", StringComparison.Ordinal))
        {
            errors.Add(new ContentError(displayPath, 1, $"sheet '{Sheet}', cell A1 should read \"Table 1.2 Occupational projections, <year>–<year>, … (Employment in thousands)\" but holds \"{title}\""));
            return null;
        }

        var baseYear = int.Parse(period.Groups["base"].Value, CultureInfo.InvariantCulture);
        var targetYear = int.Parse(period.Groups["target"].Value, CultureInfo.InvariantCulture);
        var columns = Columns(sheet, baseYear, targetYear, displayPath, errors);
        if (columns is null)
        {
            return null;
        }

        var occupations = new Dictionary<string, ProjectedOccupation>(StringComparer.Ordinal);
        for (var row = 3; row <= sheet.Rows.Count; row++)
        {
            var code = sheet.Text(row, columns["code"]);
            if (code.Length == 0)
            {
                continue;
            }

            if (!SocCode().IsMatch(code))
            {
                // The table ends with footnotes in the first column; a code column holding text is a damaged row.
                errors.Add(new ContentError(displayPath, row, $"cell {Xlsx.CellName(columns["code"], row)} holds \"{code}\", not an occupation code like 29-2072"));
                continue;
            }

            var cells = new RowReader(sheet, row, columns, displayPath, errors);
            occupations.TryAdd(code, new ProjectedOccupation(
                code,
                sheet.Text(row, columns["title"]),
                sheet.Text(row, columns["type"]) == "Summary",
                row,
                cells.Thousands("base"),
                cells.Thousands("target"),
                cells.Thousands("change"),
                cells.Number("percent"),
                cells.Thousands("openings"),
                cells.Wage("wage"),
                cells.Text("education"),
                cells.Text("experience"),
                cells.Text("training")));
        }

        return errors.Count > before ? null : new Projections(baseYear, targetYear, displayPath, occupations);
    }

    private static Dictionary<string, int>? Columns(Worksheet sheet, int baseYear, int targetYear, string file, List<ContentError> errors)
    {
        var texts = Enumerable.Range(0, sheet.Rows.Count > 1 ? sheet.Rows[1].Length : 0).Select(column => sheet.Text(2, column)).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, starts) in Headings)
        {
            var wanted = key switch
            {
                "base" => $"Employment, {baseYear}",
                "target" => $"Employment, {targetYear}",
                _ => starts.Replace("2024", baseYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            };
            var index = texts.FindIndex(text => key is "base" or "target" ? text == wanted : text.StartsWith(wanted, StringComparison.Ordinal));
            if (index < 0)
            {
                errors.Add(new ContentError(file, 2, $"sheet '{Sheet}' has no column \"{wanted}…\" in its heading row (row 2)"));
                continue;
            }

            columns[key] = index;
        }

        return columns.Count == Headings.Length ? columns : null;
    }

    private sealed class RowReader(Worksheet sheet, int row, Dictionary<string, int> columns, string file, List<ContentError> errors)
    {
        // The table counts people in thousands with one decimal: 194.8 is 194,800 people.
        public int? Thousands(string key) => Number(key) is { } value ? (int)Math.Round(value * 1000m) : null;

        public decimal? Number(string key)
        {
            var index = columns[key];
            switch (sheet.Cell(row, index))
            {
                case double number:
                    return (decimal)number;
                case string text when IsDash(text):
                    return null;
                case var other:
                    errors.Add(new ContentError(file, row, $"cell {Xlsx.CellName(index, row)} holds \"{other}\", not a number or '—'"));
                    return null;
            }
        }

        // The table marks a median above BLS's top code as ">=$239,200".
        public Wage? Wage(string key) =>
            TopCoded().Match(sheet.Text(row, columns[key])) is { Success: true } top
                ? new Wage(decimal.Parse(top.Groups["amount"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture), AtLeast: true)
                : Number(key) is { } amount ? new Wage(amount, AtLeast: false) : null;

        public string? Text(string key) => sheet.Text(row, columns[key]) is var text && !IsDash(text) ? text : null;

        private static bool IsDash(string text) => text.Trim() is "—" or "-" or "–" or "";
    }

    [GeneratedRegex(@"(?<base>\d{4})\s*[–-]\s*(?<target>\d{4})")]
    private static partial Regex PeriodInTitle();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocCode();

    [GeneratedRegex(@"^>=\s*\$(?<amount>[\d,]+)$")]
    private static partial Regex TopCoded();
}
