using System.Text;
using System.Text.Json;

namespace NonClinicalGuide.Tests;

// The build writes a catalogue's manifest field by field and a later start reads it through System.Text.Json:
// the text must be the very one the serializer writes, or a restart would find no catalogue to copy.
public class CatalogueManifestWriterTests
{
    [Fact]
    public void TheManifestTheBuildWrites_IsWhatTheSerializerWrites_AndReadsBack()
    {
        var manifest = new CatalogueManifest(25, "0a1b2c3d4e5f6a7b",
            new DataRelease
            {
                Id = 1, OewsLabel = "May 2025", OewsYear = 2025, OewsFile = "bls/oews/national_M2025_dl.xlsx", TopCodeHourly = 115, TopCodeAnnual = 239_200,
                ProjectionsPeriod = "2024–34", ProjectionsBaseYear = 2024, ProjectionsTargetYear = 2034, ProjectionsFile = "bls/ep/occupation.xlsx", OnetVersion = "29.3",
            },
            [new ClinicalJobLink("registered-nurses", "Registered nurses", ClinicalBackground.Nurse), new ClinicalJobLink("emts", "EMTs & paramedics' <aides>", ClinicalBackground.Paramedic)]);

        var written = CatalogueManifestWriter.Utf8(manifest);

        Assert.Equal(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(manifest, CatalogueReuse.ManifestJson.Default.CatalogueManifest)), Encoding.UTF8.GetString(written));
        var read = JsonSerializer.Deserialize(written, CatalogueReuse.ManifestJson.Default.CatalogueManifest)!;
        Assert.Equal(("May 2025", 115.0, "29.3"), (read.Release.OewsLabel, read.Release.TopCodeHourly, read.Release.OnetVersion));
        Assert.Equal(manifest.ClinicalJobs, read.ClinicalJobs);
    }
}
