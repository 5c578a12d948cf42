using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NonClinicalGuide.Tests;

// Reads and edits cells of an official .xlsx workbook straight from its XML parts, independently of the app's
// importer (ExcelDataReader), so a test's expected figure never comes from the code under test.
public sealed partial class OfficialWorkbook
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly string _path;
    private readonly string _sheetPart;
    private readonly XDocument _sheet;
    private readonly List<string> _strings;

    public OfficialWorkbook(string path, string sheetName)
    {
        _path = path;
        using var zip = ZipFile.OpenRead(path);
        var workbook = Load(zip, "xl/workbook.xml");
        var id = workbook.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(Relationships + "id")!.Value;
        var target = Load(zip, "xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        _sheetPart = target.StartsWith('/') ? target[1..] : "xl/" + target;
        _sheet = Load(zip, _sheetPart);
        _strings = zip.GetEntry("xl/sharedStrings.xml") is null
            ? []
            : Load(zip, "xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
    }

    public static string OewsFile(int year) => Path.Combine(TestPaths.RealData, "bls", "oews", $"national_M{year}_dl.xlsx");

    public static string ProjectionsFile => Path.Combine(TestPaths.RealData, "bls", "ep", "occupation.xlsx");

    public static OfficialWorkbook Oews(int year, string? path = null) => new(path ?? OewsFile(year), $"national_M{year}_dl");

    public static OfficialWorkbook Projections(string? path = null) => new(path ?? ProjectionsFile, "Table 1.2");

    // The text of the cell in the row whose `keyColumn` (found by its heading in `headingRow`) is `key`.
    public string Cell(string key, string column, string keyColumn = "OCC_CODE", int headingRow = 1) => Text(CellElement(key, column, keyColumn, headingRow));

    public int RowOf(string key, string keyColumn = "OCC_CODE", int headingRow = 1) =>
        int.Parse((string)Row(key, keyColumn, headingRow).Attribute("r")!, CultureInfo.InvariantCulture);

    public string CellName(string key, string column, string keyColumn = "OCC_CODE", int headingRow = 1) =>
        (string)CellElement(key, column, keyColumn, headingRow).Attribute("r")!;

    // Replaces the cell's value with text (BLS markers such as '#', or a damaged value), as Excel writes text.
    public OfficialWorkbook WithText(string key, string column, string text, string keyColumn = "OCC_CODE", int headingRow = 1)
    {
        var cell = CellElement(key, column, keyColumn, headingRow);
        cell.SetAttributeValue("t", "inlineStr");
        cell.RemoveNodes();
        cell.Add(new XElement(Main + "is", new XElement(Main + "t", text)));
        return this;
    }

    public OfficialWorkbook WithNumber(string key, string column, decimal value, string keyColumn = "OCC_CODE", int headingRow = 1)
    {
        var cell = CellElement(key, column, keyColumn, headingRow);
        cell.Attribute("t")?.Remove();
        cell.RemoveNodes();
        cell.Add(new XElement(Main + "v", value.ToString(CultureInfo.InvariantCulture)));
        return this;
    }

    public OfficialWorkbook WithHeading(string column, string newHeading, int headingRow = 1)
    {
        var cell = Cells(RowElement(headingRow)).Single(c => Text(c).Equals(column, StringComparison.OrdinalIgnoreCase));
        cell.SetAttributeValue("t", "inlineStr");
        cell.RemoveNodes();
        cell.Add(new XElement(Main + "is", new XElement(Main + "t", newHeading)));
        return this;
    }

    // Writes the edited sheet into a copy of the workbook; the other parts are copied byte for byte.
    public void SaveAs(string path)
    {
        File.Copy(_path, path, overwrite: true);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(_sheetPart)!.Delete();
        using var stream = zip.CreateEntry(_sheetPart).Open();
        _sheet.Save(stream, SaveOptions.DisableFormatting);
    }

    private XElement CellElement(string key, string column, string keyColumn, int headingRow)
    {
        var letters = ColumnLetters(column, headingRow);
        return Cells(Row(key, keyColumn, headingRow)).Single(c => Letters((string)c.Attribute("r")!) == letters);
    }

    private XElement Row(string key, string keyColumn, int headingRow)
    {
        var keyLetters = ColumnLetters(keyColumn, headingRow);
        // A broad code published only as a whole appears twice (broad and detailed): the detailed row counts.
        return _sheet.Descendants(Main + "row")
            .Where(row => Cells(row).Any(c => Letters((string)c.Attribute("r")!) == keyLetters && Text(c) == key))
            .Last();
    }

    private string ColumnLetters(string heading, int headingRow) =>
        Letters((string)Cells(RowElement(headingRow)).First(c => Text(c).StartsWith(heading, StringComparison.OrdinalIgnoreCase)).Attribute("r")!);

    private XElement RowElement(int number) => _sheet.Descendants(Main + "row").Single(r => (string?)r.Attribute("r") == number.ToString(CultureInfo.InvariantCulture));

    private static IEnumerable<XElement> Cells(XElement row) => row.Elements(Main + "c");

    private string Text(XElement cell) => (string?)cell.Attribute("t") switch
    {
        "s" => _strings[int.Parse(cell.Element(Main + "v")!.Value, CultureInfo.InvariantCulture)],
        "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
        _ => cell.Element(Main + "v")?.Value ?? "",
    };

    private static string Letters(string reference) => ColumnPart().Match(reference).Value;

    private static XDocument Load(ZipArchive zip, string part)
    {
        using var stream = zip.GetEntry(part)!.Open();
        return XDocument.Load(stream);
    }

    [GeneratedRegex("^[A-Z]+")]
    private static partial Regex ColumnPart();
}
