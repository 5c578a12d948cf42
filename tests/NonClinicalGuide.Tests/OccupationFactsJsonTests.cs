using System.Text.Json;

namespace NonClinicalGuide.Tests;

// The build writes each role's facts field by field and pages read them through System.Text.Json: the build must
// write the very text the serializer would, and pages must read back every field, nulls and markers included.
public class OccupationFactsJsonTests
{
    [Fact]
    public void FactsTheBuildWrites_ArePagesFactsField_ForField()
    {
        IReadOnlyList<OccupationFacts> written =
        [
            new("11-9111", "Medical and Health Services Managers", "11-9111.00", "Medical and Health Services Managers", OccupationRelation.PartOf,
                "Practice managers are one of several jobs this occupation counts.", 566_200,
                new PayScale(70_000, 85_000, 117_000, 160_000, 239_200, AtLeastFrom: 90), new PayScale(33.65, 40.87, 56.25, 76.92, 115, AtLeastFrom: 90),
                AnnualOnly: false, HourlyOnly: false, 566_000, 708_000, 25.1, 61_400, "Bachelor's degree", "5 years or more", "None", 4, "Considerable preparation",
                [new PayPoint(2021, 104_280, false), new PayPoint(2025, null, true)]),
            new("29-2072", "Medical Records Specialists", "29-2072.00", "Medical Records Specialists", OccupationRelation.Exact, null, null,
                new PayScale(null, null, null, null, null, null), new PayScale(null, null, null, null, null, null),
                AnnualOnly: true, HourlyOnly: false, null, null, null, null, null, null, null, null, null, []),
        ];

        var text = OccupationFactsJson.Serialize(written);
        var read = OccupationFactsJson.Parse(text);

        Assert.Equal(Everything(written), text);

        Assert.Equal(Everything(written), Everything(read));
        Assert.Equal(OccupationRelation.PartOf, read[0].Relation);
        Assert.Equal([2021, 2025], read[0].History.Select(point => point.Year));
        Assert.Null(read[1].Annual.Median);
    }

    // Every field, nested ones too, as the full context sees them.
    private static string Everything(IReadOnlyList<OccupationFacts> facts) =>
        JsonSerializer.Serialize(facts.ToList(), FactsJsonContext.Default.ListOccupationFacts);
}
