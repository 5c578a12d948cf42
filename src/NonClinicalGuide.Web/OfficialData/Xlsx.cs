using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace NonClinicalGuide.Web.OfficialData;

// One worksheet's cells as ExcelDataReader gives them (double, string, bool or null). Rows[i] is Excel's
// row i + 1, so a problem can be reported at the row and cell an editor sees when opening the file.
public sealed record Worksheet(string Name, IReadOnlyList<object?[]> Rows)
{
    public object? Cell(int row, int column) =>
        row >= 1 && row <= Rows.Count && column >= 0 && column < Rows[row - 1].Length ? Rows[row - 1][column] : null;

    public string Text(int row, int column) => Convert.ToString(Cell(row, column), CultureInfo.InvariantCulture)?.Trim() ?? "";
}

// Reads the sheets a caller names from an .xlsx workbook, the format BLS publishes.
public static class Xlsx
{
    static Xlsx() =>
        // ExcelDataReader asks for the Windows-1252 code page up front (for old .xls files); .NET keeps the
        // legacy code pages in a provider that has to be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Every sheet name in the workbook, and the rows of those wanted. Throws InvalidDataException when the
    // bytes are not a readable workbook.
    public static (IReadOnlyList<string> SheetNames, IReadOnlyDictionary<string, Worksheet> Sheets) Read(Stream workbook, IReadOnlySet<string> wanted)
    {
        var names = new List<string>();
        var sheets = new Dictionary<string, Worksheet>(StringComparer.Ordinal);
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(workbook, new ExcelReaderConfiguration { LeaveOpen = true });
            do
            {
                names.Add(reader.Name);
                if (!wanted.Contains(reader.Name))
                {
                    continue;
                }

                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    // Depth is the zero-based sheet row; keep Excel's numbering even where rows are missing.
                    while (rows.Count < reader.Depth)
                    {
                        rows.Add([]);
                    }

                    var cells = new object?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = reader.GetValue(i);
                    }

                    rows.Add(cells);
                }

                sheets[reader.Name] = new Worksheet(reader.Name, rows);
            }
            while (reader.NextResult());
        }
        catch (Exception exception) when (exception is not InvalidDataException and not OutOfMemoryException)
        {
            // ExcelDataReader's own exceptions, the zip reader's and XML errors all mean the same to an editor.
            throw new InvalidDataException(exception.Message, exception);
        }

        return (names, sheets);
    }

    // "AB595": the column letters Excel shows, for a zero-based column and a one-based row.
    public static string CellName(int column, int row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
