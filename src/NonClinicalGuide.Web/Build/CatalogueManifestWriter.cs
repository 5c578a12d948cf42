using System.Text.Json;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Build;

// A catalogue's manifest (CatalogueReuse), written field by field for the same reason as each role's facts
// (OccupationFactsJson): in a fresh process, the serializer's set-up for a first write cost a start that builds
// more than the writing. A later start reads it through the serializer; a test holds the two to the same text.
public static class CatalogueManifestWriter
{
    public static byte[] Utf8(CatalogueManifest manifest) => HandWrittenJson.Utf8(json =>
    {
        json.WriteStartObject();
        json.WriteNumber(nameof(manifest.Roles), manifest.Roles);
        json.WriteString(nameof(manifest.Version), manifest.Version);
        Release(json, nameof(manifest.Release), manifest.Release);
        json.WriteStartArray(nameof(manifest.ClinicalJobs));
        foreach (var job in manifest.ClinicalJobs)
        {
            json.WriteStartObject();
            json.WriteString(nameof(job.Slug), job.Slug);
            json.WriteString(nameof(job.Title), job.Title);
            json.WriteNumber(nameof(job.Background), (int)job.Background);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Release(Utf8JsonWriter json, string name, DataRelease release)
    {
        json.WriteStartObject(name);
        json.WriteNumber(nameof(release.Id), release.Id);
        json.WriteString(nameof(release.OewsLabel), release.OewsLabel);
        json.WriteNumber(nameof(release.OewsYear), release.OewsYear);
        json.WriteString(nameof(release.OewsFile), release.OewsFile);
        json.WriteNumber(nameof(release.TopCodeHourly), release.TopCodeHourly);
        json.WriteNumber(nameof(release.TopCodeAnnual), release.TopCodeAnnual);
        json.WriteString(nameof(release.ProjectionsPeriod), release.ProjectionsPeriod);
        json.WriteNumber(nameof(release.ProjectionsBaseYear), release.ProjectionsBaseYear);
        json.WriteNumber(nameof(release.ProjectionsTargetYear), release.ProjectionsTargetYear);
        json.WriteString(nameof(release.ProjectionsFile), release.ProjectionsFile);
        json.WriteString(nameof(release.OnetVersion), release.OnetVersion);
        json.WriteEndObject();
    }
}
