using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;

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
}
