using Microsoft.EntityFrameworkCore;

namespace NonClinicalGuide.Tests;

public class CatalogueSchemaTests
{
    [Fact]
    public void SchemaFile_IsExactlyWhatTheEfModelCreates()
    {
        using var db = new CatalogueDb(new DbContextOptionsBuilder<CatalogueDb>().UseSqlite("Data Source=:memory:").Options);
        var expected = db.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim();

        Assert.True(expected == CatalogueSchema.Sql,
            $"src/NonClinicalGuide.Web/Catalogue/Schema.sql is out of date with CatalogueDb; below its two comment lines it should read:\n{expected}");
    }

    [Fact]
    public void TablesThenIndexes_CreateTheSameSchema_AsTheWholeScript()
    {
        using var whole = Schema(CatalogueSchema.Sql);
        using var split = Schema(CatalogueSchema.Tables + "\n" + CatalogueSchema.Indexes);

        Assert.Contains("CREATE INDEX", CatalogueSchema.Indexes, StringComparison.Ordinal);
        Assert.DoesNotContain("INDEX", CatalogueSchema.Tables, StringComparison.Ordinal);
        Assert.Equal(Objects(whole), Objects(split));
    }

    private static Microsoft.Data.Sqlite.SqliteConnection Schema(string sql)
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return connection;
    }

    private static List<string> Objects(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || coalesce(sql, '(automatic)') FROM sqlite_master ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var objects = new List<string>();
        while (reader.Read())
        {
            objects.Add(reader.GetString(0));
        }

        return objects;
    }
}
