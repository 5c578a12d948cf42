namespace NonClinicalGuide.Web.Catalogue;

// The SQL that creates the catalogue's tables. It is what EF Core's model generates (a test keeps the
// two identical), stored as a file so that building a catalogue does not have to build the EF model.
// Split in two so a build can create the indexes after the rows are in.
public static class CatalogueSchema
{
    public static readonly string Sql = Read();

    public static readonly string Tables = Statements(index: false);

    public static readonly string Indexes = Statements(index: true);

    private static string Read()
    {
        using var stream = typeof(CatalogueSchema).Assembly.GetManifestResourceStream("Catalogue.Schema.sql")
            ?? throw new InvalidOperationException("Catalogue/Schema.sql is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim();
    }

    // EF's script ends every statement with ";" at the end of a line and has no ";" inside one.
    private static string Statements(bool index) => string.Join("\n", Sql
        .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(statement => statement.TrimEnd(';'))
        .Where(statement => statement.StartsWith("CREATE", StringComparison.Ordinal)
            && statement.Contains(" INDEX ", StringComparison.Ordinal) == index)
        .Select(statement => statement + ";"));
}
