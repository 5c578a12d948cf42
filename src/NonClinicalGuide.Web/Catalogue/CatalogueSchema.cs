namespace NonClinicalGuide.Web.Catalogue;

// The SQL that creates the catalogue's tables. It is what EF Core's model generates (a test keeps the
// two identical), stored as a file so that building a catalogue does not have to build the EF model.
public static class CatalogueSchema
{
    public static readonly string Sql = Read();

    private static string Read()
    {
        using var stream = typeof(CatalogueSchema).Assembly.GetManifestResourceStream("Catalogue.Schema.sql")
            ?? throw new InvalidOperationException("Catalogue/Schema.sql is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return string.Join('\n', reader.ReadToEnd().Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal))).Trim();
    }
}
