using System.Globalization;
using System.Text.RegularExpressions;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.OfficialData;

// Reads a BLS national OEWS workbook (national_M2025_dl.xlsx) as published and checks it: the two sheets, the
// column headings (their case differs between years), the release named in the workbook against the file
// name, BLS's markers, and that each hourly wage times 2,080 hours matches the annual one. Every problem
// names the file, the row and the cell.
public static partial class OewsWorkbook
{
    public const string FieldDescriptions = "Field Descriptions";

    // Hourly wages are rounded to the cent and annual ones to the dollar from unrounded figures, so the two
    // can differ by up to 2,080 × half a cent plus half a dollar; BLS also rounds some annual figures to $10.
    private const decimal HoursInYear = 2080m;
    private const decimal AnnualTolerance = 16m;

    private static readonly string[] HourlyColumns = ["H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"];
    private static readonly string[] AnnualColumns = ["A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"];
    private static readonly string[] Required = ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEAN", "A_MEAN", .. HourlyColumns, .. AnnualColumns];

    public static int? YearOf(string fileName) =>
        FileName().Match(fileName) is { Success: true } match ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    public static OewsRelease? Read(Stream workbook, string displayPath, List<ContentError> errors)
    {
        if (YearOf(Path.GetFileName(displayPath)) is not { } year)
        {
            errors.Add(new ContentError(displayPath, 1, "an OEWS workbook must keep its official name, national_M<year>_dl.xlsx"));
            return null;
        }

        var dataSheet = $"national_M{year}_dl";
        IReadOnlyDictionary<string, Worksheet> sheets;
        IReadOnlyList<string> names;
        try
        {
            (names, sheets) = Xlsx.Read(workbook, new HashSet<string>([dataSheet, FieldDescriptions], StringComparer.Ordinal));
        }
        catch (InvalidDataException exception)
        {
            errors.Add(new ContentError(displayPath, 1, $"not a readable .xlsx workbook ({exception.Message})"));
            return null;
        }

        foreach (var name in new[] { dataSheet, FieldDescriptions }.Where(name => !sheets.ContainsKey(name)))
        {
            errors.Add(new ContentError(displayPath, 1, $"the workbook has no sheet '{name}' (it has: {string.Join(", ", names)}); is it the national OEWS file for May {year}?"));
        }

        if (errors.Count > 0 && !(sheets.ContainsKey(dataSheet) && sheets.ContainsKey(FieldDescriptions)))
        {
            return null;
        }

        var before = errors.Count;
        var notes = sheets[FieldDescriptions];
        var label = ReleaseLabel(notes, year, displayPath, errors);
        var (topHourly, topAnnual) = TopCode(notes, displayPath, errors);
        var occupations = Occupations(sheets[dataSheet], displayPath, topHourly, topAnnual, errors);
        return errors.Count > before ? null : new OewsRelease(year, label, displayPath, topHourly, topAnnual, occupations);
    }

    // The first cell of "Field Descriptions" names the release: "May 2025 OEWS Estimates".
    private static string ReleaseLabel(Worksheet notes, int year, string file, List<ContentError> errors)
    {
        var title = notes.Text(1, 0);
        var match = ReleaseTitle().Match(title);
        if (!match.Success)
        {
            errors.Add(new ContentError(file, 1, $"sheet '{FieldDescriptions}', cell A1 should name the release (\"May {year} OEWS Estimates\") but holds \"{title}\""));
            return "";
        }

        if (match.Groups["year"].Value != year.ToString(CultureInfo.InvariantCulture))
        {
            errors.Add(new ContentError(file, 1, $"sheet '{FieldDescriptions}', cell A1 names the release \"{title}\", but the file name says May {year}"));
        }

        return $"May {match.Groups["year"].Value}";
    }

    // The note that explains '#': "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year".
    private static (decimal Hourly, decimal Annual) TopCode(Worksheet notes, string file, List<ContentError> errors)
    {
        for (var row = 1; row <= notes.Rows.Count; row++)
        {
            var match = TopCodeNote().Match(notes.Text(row, 0));
            if (match.Success)
            {
                return (decimal.Parse(match.Groups["hourly"].Value, CultureInfo.InvariantCulture),
                    decimal.Parse(match.Groups["annual"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
            }
        }

        errors.Add(new ContentError(file, 1, $"sheet '{FieldDescriptions}' has no note saying what '#' stands for (\"# = indicates a wage equal to or greater than $… per hour or $… per year\")"));
        return (0, 0);
    }

    private static Dictionary<string, OewsOccupation> Occupations(Worksheet sheet, string file, decimal topHourly, decimal topAnnual, List<ContentError> errors)
    {
        var columns = Headings(sheet, file, errors);
        var occupations = new Dictionary<string, OewsOccupation>(StringComparer.Ordinal);
        if (columns is null)
        {
            return occupations;
        }

        for (var row = 2; row <= sheet.Rows.Count; row++)
        {
            var code = sheet.Text(row, columns["OCC_CODE"]);
            if (code.Length == 0)
            {
                continue;
            }

            if (!SocCode().IsMatch(code))
            {
                errors.Add(new ContentError(file, row, $"cell {Xlsx.CellName(columns["OCC_CODE"], row)} (OCC_CODE) holds \"{code}\", not an occupation code like 29-2072"));
                continue;
            }

            var cells = new RowReader(sheet, row, columns, file, errors);
            var occupation = new OewsOccupation(
                code,
                sheet.Text(row, columns["OCC_TITLE"]),
                sheet.Text(row, columns["O_GROUP"]),
                row,
                cells.Employment("TOT_EMP"),
                cells.Wage("H_MEAN", topHourly),
                cells.Wage("A_MEAN", topAnnual),
                cells.Percentiles(HourlyColumns, topHourly),
                cells.Percentiles(AnnualColumns, topAnnual),
                cells.Flag("ANNUAL"),
                cells.Flag("HOURLY"));
            cells.CheckHourlyMatchesAnnual(occupation);

            // A broad code BLS publishes only as a whole (29-2010) appears twice, as "broad" and "detailed":
            // the same figures, and the detailed row is the one to keep.
            if (!occupations.TryGetValue(code, out var earlier) || occupation.Group == "detailed" && earlier.Group != "detailed")
            {
                occupations[code] = occupation;
            }
        }

        return occupations;
    }

    private static Dictionary<string, int>? Headings(Worksheet sheet, string file, List<ContentError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var width = sheet.Rows.Count > 0 ? sheet.Rows[0].Length : 0;
        for (var column = 0; column < width; column++)
        {
            columns.TryAdd(sheet.Text(1, column).ToUpperInvariant(), column);
        }

        var missing = Required.Where(name => !columns.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ContentError(file, 1, $"sheet '{sheet.Name}' has no column {string.Join(", ", missing)} in its heading row: is it an OEWS national workbook?"));
            return null;
        }

        return columns;
    }

    // The cells of one row, read with BLS's markers: '*' no wage published, '**' no employment published,
    // '#' at or above the top code. Anything else that is not a number is an error at that cell.
    private sealed class RowReader(Worksheet sheet, int row, Dictionary<string, int> columns, string file, List<ContentError> errors)
    {
        public int? Employment(string column) =>
            Number(column, marker: "**", "an employment figure or '**'") is { } value ? (int)value : null;

        public Wage? Wage(string column, decimal topCode)
        {
            if (sheet.Text(row, columns[column]) == "#")
            {
                return new Wage(topCode, AtLeast: true);
            }

            return Number(column, marker: "*", "a wage, '*' or '#'") is { } value ? new Wage(value, AtLeast: false) : null;
        }

        public WagePercentiles Percentiles(string[] names, decimal topCode)
        {
            var wages = names.Select(name => Wage(name, topCode)).ToArray();
            // Percentiles rise, so once one is at the top code every higher one must be too.
            var firstTop = Array.FindIndex(wages, wage => wage is { AtLeast: true });
            if (firstTop >= 0 && wages.Skip(firstTop).Any(wage => wage is { AtLeast: false }))
            {
                errors.Add(new ContentError(file, row, $"cells {Xlsx.CellName(columns[names[0]], row)}–{Xlsx.CellName(columns[names[^1]], row)}: a percentile is above the top code ('#') but a higher one is not"));
            }

            return new WagePercentiles(wages[0], wages[1], wages[2], wages[3], wages[4]);
        }

        public bool Flag(string column) =>
            columns.TryGetValue(column, out var index) && string.Equals(sheet.Text(row, index), "TRUE", StringComparison.OrdinalIgnoreCase);

        public void CheckHourlyMatchesAnnual(OewsOccupation occupation)
        {
            if (occupation.AnnualOnly || occupation.HourlyOnly)
            {
                return;
            }

            var pairs = occupation.Hourly.All.Zip(occupation.Annual.All, (hourly, annual) => (hourly, annual))
                .Zip(HourlyColumns.Zip(AnnualColumns))
                .Prepend(((occupation.HourlyMean, occupation.AnnualMean), ("H_MEAN", "A_MEAN")));
            foreach (var ((hourly, annual), (hourlyColumn, annualColumn)) in pairs)
            {
                if (hourly is { AtLeast: false } h && annual is { AtLeast: false } a && Math.Abs(h.Amount * HoursInYear - a.Amount) > AnnualTolerance)
                {
                    errors.Add(new ContentError(file, row, $"cells {Xlsx.CellName(columns[hourlyColumn], row)} and {Xlsx.CellName(columns[annualColumn], row)}: " +
                        $"the hourly wage {h.Amount:0.00} × 2,080 hours is {h.Amount * HoursInYear:0}, but the annual wage is {a.Amount:0}"));
                }
            }
        }

        private decimal? Number(string column, string marker, string expected)
        {
            var index = columns[column];
            switch (sheet.Cell(row, index))
            {
                case double number:
                    return (decimal)number;
                case string text when text.Trim() == marker:
                    return null;
                case string text when decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed):
                    return parsed;
                case var other:
                    var shown = other is null || Convert.ToString(other, CultureInfo.InvariantCulture)!.Trim().Length == 0
                        ? "nothing" : $"\"{Convert.ToString(other, CultureInfo.InvariantCulture)}\"";
                    errors.Add(new ContentError(file, row, $"cell {Xlsx.CellName(index, row)} ({column}) holds {shown}, not {expected}"));
                    return null;
            }
        }
    }

    [GeneratedRegex(@"^national_M(?<year>\d{4})_dl\.xlsx$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^May (?<year>\d{4}) OEWS Estimates$")]
    private static partial Regex ReleaseTitle();

    [GeneratedRegex(@"^#\s*=.*?\$(?<hourly>[\d.]+) per hour or \$(?<annual>[\d,]+) per year")]
    private static partial Regex TopCodeNote();

    [GeneratedRegex(@"^\d{2}-\d{4}$")]
    private static partial Regex SocCode();
}
