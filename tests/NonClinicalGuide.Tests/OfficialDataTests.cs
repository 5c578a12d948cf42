namespace NonClinicalGuide.Tests;

// The importer against the real files and against copies with one cell changed: BLS's markers, damaged or
// unexpected files (named with file, row and cell), and a new release.
public class OfficialDataTests
{
    [Fact]
    public void RealData_LoadsWithoutErrors_AndTakesTheNewestRelease()
    {
        var (data, errors) = OfficialDataLoader.Load(TestPaths.RealData);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(["May 2020", "May 2021", "May 2022", "May 2023", "May 2024", "May 2025"], data!.Oews.Select(r => r.Label));
        Assert.Equal("May 2025", data.Newest.Label);
        Assert.Equal("2024–34", data.Projections.Period);
        Assert.Equal("29.3", data.Onet.Version);
    }

    [Fact]
    public void TopCode_IsReadFromEachWorkbooksOwnNotes()
    {
        var (data, _) = OfficialDataLoader.Load(TestPaths.RealData);

        Assert.Equal((100.00m, 208000m), (data!.Oews[0].TopCodeHourly, data.Oews[0].TopCodeAnnual));
        Assert.Equal((115.00m, 239200m), (data.Newest.TopCodeHourly, data.Newest.TopCodeAnnual));
    }

    [Fact]
    public void HashMarker_IsTheTopCodeOrMore_AsBlsPublishesIt()
    {
        // May 2020 publishes chief executives' 75th and 90th percentiles only as '#'.
        var book = OfficialWorkbook.Oews(2020);
        Assert.Equal("#", book.Cell("11-1011", "A_PCT90"));
        using var file = File.OpenRead(OfficialWorkbook.OewsFile(2020));
        var errors = new List<ContentError>();
        var release = OewsWorkbook.Read(file, "data/bls/oews/national_M2020_dl.xlsx", errors);

        Assert.Empty(errors);
        var chief = release!.Occupations["11-1011"];
        Assert.Equal(new Wage(208000m, AtLeast: true), chief.Annual.P90);
        Assert.Equal(new Wage(100.00m, AtLeast: true), chief.Hourly.P75);
        Assert.False(chief.Annual.Median!.Value.AtLeast);
    }

    [Theory]
    [InlineData("A_MEDIAN", "abc", "holds \"abc\", not a wage, '*' or '#'")]
    [InlineData("TOT_EMP", "many", "holds \"many\", not an employment figure or '**'")]
    [InlineData("OCC_CODE", "29-20X2", "holds \"29-20X2\", not an occupation code like 29-2072")]
    public void DamagedCell_StopsTheImport_NamingFileRowAndCell(string column, string text, string message)
    {
        var data = TestPaths.CopyOfRealData();
        var book = OfficialWorkbook.Oews(2025);
        var row = book.RowOf("29-2072");
        var cell = book.CellName("29-2072", column);
        book.WithText("29-2072", column, text).SaveAs(Path.Combine(data, "bls", "oews", "national_M2025_dl.xlsx"));

        var (loaded, errors) = OfficialDataLoader.Load(data);

        Assert.Null(loaded);
        var error = Assert.Single(errors);
        Assert.Equal("data/bls/oews/national_M2025_dl.xlsx", error.File);
        Assert.Equal(row, error.Line);
        Assert.Contains($"cell {cell} ({column}) {message}", error.Message);
    }

    [Fact]
    public void AnnualWage_ThatIsNotTheHourlyTimes2080_IsAnError()
    {
        var data = TestPaths.CopyOfRealData();
        var book = OfficialWorkbook.Oews(2025);
        book.WithNumber("29-2072", "A_MEDIAN", 61140).SaveAs(Path.Combine(data, "bls", "oews", "national_M2025_dl.xlsx"));

        var (_, errors) = OfficialDataLoader.Load(data);

        var error = Assert.Single(errors);
        Assert.Equal(book.RowOf("29-2072"), error.Line);
        Assert.Contains($"cells {book.CellName("29-2072", "H_MEDIAN")} and {book.CellName("29-2072", "A_MEDIAN")}: the hourly wage 24.59 × 2,080 hours is 51147, but the annual wage is 61140", error.Message);
    }

    [Fact]
    public void MissingColumn_IsAnError_AtTheHeadingRow()
    {
        var data = TestPaths.CopyOfRealData();
        OfficialWorkbook.Oews(2025).WithHeading("A_PCT90", "A_P90").SaveAs(Path.Combine(data, "bls", "oews", "national_M2025_dl.xlsx"));

        var (_, errors) = OfficialDataLoader.Load(data);

        Assert.Equal("data/bls/oews/national_M2025_dl.xlsx:1: sheet 'national_M2025_dl' has no column A_PCT90 in its heading row: is it an OEWS national workbook?", Assert.Single(errors).ToString());
    }

    [Fact]
    public void FileThatIsNotAWorkbook_IsAnError()
    {
        var data = TestPaths.CopyOfRealData();
        File.WriteAllText(Path.Combine(data, "bls", "ep", "occupation.xlsx"), "<html>Not found</html>");

        var (_, errors) = OfficialDataLoader.Load(data);

        var error = Assert.Single(errors);
        Assert.Equal(("data/bls/ep/occupation.xlsx", 1), (error.File, error.Line));
        Assert.StartsWith("not a readable .xlsx workbook", error.Message);
    }

    [Fact]
    public void WorkbookWhoseLabelDisagreesWithItsName_IsAnError()
    {
        var data = TestPaths.CopyOfRealData();
        File.Copy(OfficialWorkbook.OewsFile(2024), Path.Combine(data, "bls", "oews", "national_M2026_dl.xlsx"));

        var (_, errors) = OfficialDataLoader.Load(data);

        Assert.Contains(errors, e => e.File == "data/bls/oews/national_M2026_dl.xlsx" && e.Message.Contains("has no sheet 'national_M2026_dl'"));
    }

    [Fact]
    public void ProjectionsTable_InThousands_IsReadAsPeople()
    {
        var (data, _) = OfficialDataLoader.Load(TestPaths.RealData);
        var cell = OfficialWorkbook.Projections().Cell("29-2072", "Occupational openings", "2024 National Employment Matrix code", headingRow: 2);

        Assert.Equal(Figures.Thousands(cell), data!.Projections.Occupations["29-2072"].OpeningsPerYear!.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }
}

// The saved import that spares a restart reading the workbooks again gives back the same figures.
public class ImportedDataFileTests
{
    [Fact]
    public void SavedImport_ReadsBackEveryFigureTheSiteUses()
    {
        var data = OfficialDataLoader.Load(TestPaths.RealData).Data!;
        var folder = TestPaths.NewTempDirectory("saved-import");

        ImportedDataFile.Write(folder, "stamp", data);
        var saved = ImportedDataFile.TryRead(folder, "stamp");

        Assert.NotNull(saved);
        Assert.Equal(data.Oews.Select(r => (r.Year, r.Label, r.File, r.TopCodeHourly, r.TopCodeAnnual)), saved.Oews.Select(r => (r.Year, r.Label, r.File, r.TopCodeHourly, r.TopCodeAnnual)));
        foreach (var (original, copy) in data.Oews.Zip(saved.Oews))
        {
            Assert.Equal(original.Occupations.Keys.Order(), copy.Occupations.Keys.Order());
            foreach (var (code, row) in original.Occupations)
            {
                var other = copy.Occupations[code];
                Assert.Equal((row.Title, row.Employment, row.HourlyMean, row.AnnualMean, row.AnnualOnly, row.HourlyOnly), (other.Title, other.Employment, other.HourlyMean, other.AnnualMean, other.AnnualOnly, other.HourlyOnly));
                Assert.Equal(row.Annual.All, other.Annual.All);
                Assert.Equal(row.Hourly.All, other.Hourly.All);
            }
        }

        Assert.Equal(data.Projections.Occupations.Values.Select(p => p with { }), saved.Projections.Occupations.Values);
        Assert.Equal((data.Onet.Version, data.Onet.Folder), (saved.Onet.Version, saved.Onet.Folder));
        Assert.Equal(data.Onet.JobZoneNames.OrderBy(z => z.Key), saved.Onet.JobZoneNames.OrderBy(z => z.Key));
        Assert.Equal(data.Onet.Occupations.Keys.Order(), saved.Onet.Occupations.Keys.Order());
        foreach (var (code, occupation) in data.Onet.Occupations)
        {
            var other = saved.Onet.Occupations[code];
            Assert.Equal((occupation.Title, occupation.Description, occupation.JobZone), (other.Title, other.Description, other.JobZone));
            Assert.Equal(occupation.AlternateTitles, other.AlternateTitles);
            Assert.Equal(occupation.ReportedTitles, other.ReportedTitles);
            Assert.Equal(occupation.Skills, other.Skills);
            Assert.Equal(occupation.Knowledge, other.Knowledge);
            Assert.Equal(occupation.Related, other.Related);
        }

        Assert.Equal(data.Files, saved.Files);
        Assert.Equal(data.Fingerprint, saved.Fingerprint);
    }

    // A published build ships an import made where it was published; the deployed copy of data/ must find it.
    [Fact]
    public void TheStamp_IsTheSameForACopyOfTheFiles_ButNotOnceOneByteChanges()
    {
        var copy = TestPaths.CopyOfRealData();
        Assert.Equal(OfficialDataCache.ImportStamp(TestPaths.RealData), OfficialDataCache.ImportStamp(copy));

        var file = Directory.EnumerateFiles(copy, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var written = File.GetLastWriteTimeUtc(file);
        var bytes = File.ReadAllBytes(file);
        bytes[^1] ^= 1;
        File.WriteAllBytes(file, bytes);
        File.SetLastWriteTimeUtc(file, written);

        Assert.NotEqual(OfficialDataCache.ImportStamp(TestPaths.RealData), OfficialDataCache.ImportStamp(copy));
    }

    [Fact]
    public void TheImportDataCommand_SavesAnImport_ThatACopyOfTheFilesElsewhereReads()
    {
        var output = TestPaths.NewTempDirectory("shipped-import");
        var printed = new StringWriter();

        var status = ImportDataCommand.Run(["import-data", TestPaths.RealData, output], Directory.GetCurrentDirectory(), printed);

        Assert.Equal(0, status);
        Assert.Contains("saved in", printed.ToString(), StringComparison.Ordinal);
        var copy = TestPaths.CopyOfRealData();
        var saved = ImportedDataFile.TryRead(output, OfficialDataCache.ImportStamp(copy));
        Assert.NotNull(saved);
        Assert.Equal(OfficialDataLoader.Load(copy).Data!.Fingerprint, saved.Fingerprint);
    }

    [Fact]
    public void SavedImport_IsNamedAfterTheFiles_SoAChangedFileIsReadAgain()
    {
        Assert.NotEqual(ImportedDataFile.NameFor("data/a.xlsx|100|1"), ImportedDataFile.NameFor("data/a.xlsx|100|2"));
        Assert.Null(ImportedDataFile.TryRead(TestPaths.NewTempDirectory("empty"), "stamp"));
    }

    // A file cut short (a full disk), overwritten by something else (here an import of the older JSON layout, long
    // enough to be read as far as the opening tag) or with one byte changed inside an OEWS row, which is decoded only
    // when a build asks for it, is ignored, so the workbooks are read again.
    [Theory]
    [InlineData("cut short")]
    [InlineData("not an import")]
    [InlineData("one byte changed")]
    public void ADamagedSavedImport_IsNotUsed(string damage)
    {
        var (data, _) = OfficialDataLoader.Load(TestPaths.RealData);
        var folder = TestPaths.NewTempDirectory("damaged-import");
        ImportedDataFile.Write(folder, "stamp", data!);
        var path = Path.Combine(folder, ImportedDataFile.NameFor("stamp"));
        Assert.NotNull(ImportedDataFile.TryRead(folder, "stamp"));
        var bytes = File.ReadAllBytes(path);

        File.WriteAllBytes(path, damage switch
        {
            "cut short" => bytes[..(bytes.Length * 2 / 3)],
            "not an import" => System.Text.Encoding.UTF8.GetBytes($"{{\"Oews\": [{string.Join(", ", Enumerable.Repeat("{}", 100))}]}}"),
            _ => ChangeOneByteOfARow(bytes),
        });

        Assert.Null(ImportedDataFile.TryRead(folder, "stamp"));
    }

    // A byte of the newest release's "Registered Nurses" title: the first release is the oldest, so the last time the
    // title appears is in the newest one.
    private static byte[] ChangeOneByteOfARow(byte[] bytes)
    {
        var at = bytes.AsSpan().LastIndexOf("Registered Nurses"u8);
        Assert.True(at > 0, "the saved import holds the title in full");
        bytes[at] = (byte)'r';
        return bytes;
    }

    // Rows are decoded as they are asked for, by the build's threads at once: each is decoded the same, and kept once.
    [Fact]
    public void SavedImportRows_ReadFromManyThreadsAtOnce_AreTheSameRow()
    {
        var data = OfficialDataLoader.Load(TestPaths.RealData).Data!;
        var folder = TestPaths.NewTempDirectory("saved-import-threads");
        ImportedDataFile.Write(folder, "stamp", data);
        var newest = ImportedDataFile.TryRead(folder, "stamp")!.Newest.Occupations;
        string[] codes = ["29-1141", "29-2072", "43-4171", "11-9111"];

        var seen = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => newest[codes[i % codes.Length]]).ToList();

        foreach (var code in codes)
        {
            var rows = seen.Where(row => row.Code == code).ToList();
            Assert.Equal(16, rows.Count);
            Assert.All(rows, row => Assert.Same(rows[0], row));
            Assert.Equal(data.Newest.Occupations[code].Annual.All, rows[0].Annual.All);
            Assert.Equal(data.Newest.Occupations[code].Title, rows[0].Title);
        }

        Assert.False(newest.ContainsKey("99-9999"));
        Assert.False(newest.TryGetValue("99-9999", out _));
    }
}
