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

// Written once per build, read on every page that shows figures. The build writes the JSON field by field: in a
// fresh process, setting up System.Text.Json for a first write of these types cost the build 20-30 ms, more than
// the figures took to work out, for 36 short arrays. Pages read it through the serializer. A test holds the two
// to the same text, so a field added to these records and not written here fails it.
public static class OccupationFactsJson
{
    public static string Serialize(IReadOnlyList<OccupationFacts> facts) => HandWrittenJson.Text(json =>
    {
        json.WriteStartArray();
        foreach (var occupation in facts)
        {
            Write(json, occupation);
        }

        json.WriteEndArray();
    });

    public static IReadOnlyList<OccupationFacts> Parse(string json) => JsonSerializer.Deserialize(json, FactsJsonContext.Default.ListOccupationFacts) ?? [];

    private static void Write(Utf8JsonWriter json, OccupationFacts facts)
    {
        json.WriteStartObject();
        json.WriteString(nameof(facts.SocCode), facts.SocCode);
        json.WriteString(nameof(facts.Title), facts.Title);
        json.WriteString(nameof(facts.OnetCode), facts.OnetCode);
        json.WriteString(nameof(facts.OnetTitle), facts.OnetTitle);
        json.WriteNumber(nameof(facts.Relation), (int)facts.Relation);
        json.WriteString(nameof(facts.Note), facts.Note);
        Number(json, nameof(facts.Employment), facts.Employment);
        Scale(json, nameof(facts.Annual), facts.Annual);
        Scale(json, nameof(facts.Hourly), facts.Hourly);
        json.WriteBoolean(nameof(facts.AnnualOnly), facts.AnnualOnly);
        json.WriteBoolean(nameof(facts.HourlyOnly), facts.HourlyOnly);
        Number(json, nameof(facts.EmploymentBase), facts.EmploymentBase);
        Number(json, nameof(facts.EmploymentTarget), facts.EmploymentTarget);
        Number(json, nameof(facts.GrowthPercent), facts.GrowthPercent);
        Number(json, nameof(facts.OpeningsPerYear), facts.OpeningsPerYear);
        json.WriteString(nameof(facts.TypicalEducation), facts.TypicalEducation);
        json.WriteString(nameof(facts.WorkExperience), facts.WorkExperience);
        json.WriteString(nameof(facts.OnTheJobTraining), facts.OnTheJobTraining);
        Number(json, nameof(facts.JobZone), facts.JobZone);
        json.WriteString(nameof(facts.JobZoneName), facts.JobZoneName);
        json.WriteStartArray(nameof(facts.History));
        foreach (var point in facts.History)
        {
            json.WriteStartObject();
            json.WriteNumber(nameof(point.Year), point.Year);
            Number(json, nameof(point.Median), point.Median);
            json.WriteBoolean(nameof(point.AtLeast), point.AtLeast);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Scale(Utf8JsonWriter json, string name, PayScale scale)
    {
        json.WriteStartObject(name);
        Number(json, nameof(scale.P10), scale.P10);
        Number(json, nameof(scale.P25), scale.P25);
        Number(json, nameof(scale.Median), scale.Median);
        Number(json, nameof(scale.P75), scale.P75);
        Number(json, nameof(scale.P90), scale.P90);
        Number(json, nameof(scale.AtLeastFrom), scale.AtLeastFrom);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

[JsonSerializable(typeof(List<OccupationFacts>))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
