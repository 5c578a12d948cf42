using System.Text.Json;
using System.Text.Json.Serialization;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Catalogue;

// A wage distribution as published (annual in dollars or hourly): the 10th, 25th, 50th, 75th and 90th
// percentiles, each null where BLS does not publish it. AtLeastFrom is the lowest percentile published only as
// "the top code or more".
public sealed record PayScale(double? P10, double? P25, double? Median, double? P75, double? P90, int? AtLeastFrom)
{
    [JsonIgnore]
    public IReadOnlyList<(int Percentile, double? Value)> Points => [(10, P10), (25, P25), (50, Median), (75, P75), (90, P90)];

    public bool IsAtLeast(int percentile) => AtLeastFrom is { } from && percentile >= from;

    [JsonIgnore]
    public bool HasRange => P10 is not null && P90 is not null;
}

public sealed record PayPoint(int Year, int? Median, bool AtLeast);

// Everything the site shows about one official occupation a role names, from the newest releases in data/.
// Worked out once, when the catalogue is built, and stored with the role (RoleText.FactsJson) as JSON.
public sealed record OccupationFacts(
    string SocCode, string Title, string OnetCode, string OnetTitle, OccupationRelation Relation, string? Note,
    int? Employment, PayScale Annual, PayScale Hourly, bool AnnualOnly, bool HourlyOnly,
    int? EmploymentBase, int? EmploymentTarget, double? GrowthPercent, int? OpeningsPerYear,
    string? TypicalEducation, string? WorkExperience, string? OnTheJobTraining,
    int? JobZone, string? JobZoneName, IReadOnlyList<PayPoint> History);

// Written once per build, read on every page that shows figures. The build writes through a context that only
// serializes: in a fresh process, setting up the full context's metadata for a first write cost the build
// about 40 ms; pages read through the full one.
public static class OccupationFactsJson
{
    public static string Serialize(IReadOnlyList<OccupationFacts> facts) => JsonSerializer.Serialize(facts.ToList(), FactsWriterContext.Default.ListOccupationFacts);

    public static IReadOnlyList<OccupationFacts> Parse(string json) => JsonSerializer.Deserialize(json, FactsJsonContext.Default.ListOccupationFacts) ?? [];
}

[JsonSerializable(typeof(List<OccupationFacts>))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(List<OccupationFacts>))]
internal sealed partial class FactsWriterContext : JsonSerializerContext;
