using NonClinicalGuide.Web.Planner;

namespace NonClinicalGuide.Tests;

public class CareerMoveScorerTests
{
    private static OnetRating Rated(string id, decimal importance, decimal level) => new(id, "Element " + id, importance, level);

    // Your job's levels, and the role's importance and level for each element.
    private static readonly OnetRating[] Job = [Rated("A", 4, 4), Rated("B", 2, 2), Rated("C", 5, 5)];
    private static readonly OnetRating[] Role = [Rated("A", 4, 5), Rated("B", 3, 2), Rated("C", 2, 6), Rated("D", 3.5m, 3)];

    [Fact]
    public void SkillsMatch_IsTheImportanceWeightedShareOfTheLevelTheRoleNeeds_CountingOnlyImportantElements()
    {
        // A: 4 × 4/5 = 3.2; B: 3 × 2/2 = 3; D (not rated in the job): 3.5 × 0 = 0; C is not important to the role.
        var expected = (4 * 4 / 5.0 + 3 * 1.0 + 0) / (4 + 3 + 3.5);

        Assert.Equal(expected, CareerMoveScorer.SkillsMatch(Job, Role)!.Value, 10);
    }

    [Fact]
    public void SkillsMatch_IsUnknown_WhenEitherOccupationIsUnrated()
    {
        Assert.Null(CareerMoveScorer.SkillsMatch([], Role));
        Assert.Null(CareerMoveScorer.SkillsMatch(Job, []));
    }

    [Fact]
    public void Compare_ListsWhatYouBring_AndTheGapsLargestFirst()
    {
        var comparison = CareerMoveScorer.Compare(Job, Role);

        Assert.Equal(["Element B"], comparison.Bring);
        Assert.Equal(["Element D", "Element A"], comparison.Gaps); // 3.5 × 3 before 4 × 1
    }

    [Theory]
    [InlineData(true, null, null, MoveFit.Strong)]
    [InlineData(true, null, 0.5, MoveFit.Strong)]
    [InlineData(false, "Supplemental", 0.5, MoveFit.Possible)]
    [InlineData(false, null, 0.9, MoveFit.Possible)]
    [InlineData(false, null, 0.89, MoveFit.Unlikely)]
    [InlineData(false, null, null, MoveFit.Unlikely)]
    public void Fit_FollowsThePathway_ThenRelatedness_ThenNearlyAllTheSkills(bool pathway, string? tier, double? match, MoveFit expected)
    {
        Assert.Equal(expected, CareerMoveScorer.Fit(pathway, tier, match));
    }

    private sealed record Move(string Title, MoveFit Fit, LicenceUse? Licence, double? SkillsMatch, int? PayMedian, int MonthsMin, int MonthsMax, int FitRank = 0) : IMoveKeys;

    [Fact]
    public void BestFit_ByFit_ThenLicence_ThenWithinAYear_ThenNoPayCut_ThenSkills_ThenPay()
    {
        Move[] moves =
        [
            new("possible, valued", MoveFit.Possible, LicenceUse.Valued, 0.99, 90_000, 0, 3),
            new("strong, not needed", MoveFit.Strong, LicenceUse.NotNeeded, 0.99, 90_000, 0, 3),
            new("strong, valued, long", MoveFit.Strong, LicenceUse.Valued, 0.99, 90_000, 12, 36),
            new("strong, valued, pay cut", MoveFit.Strong, LicenceUse.Valued, 0.99, 40_000, 0, 6),
            new("strong, valued, less skill", MoveFit.Strong, LicenceUse.Valued, 0.80, 60_000, 0, 6),
            new("strong, valued", MoveFit.Strong, LicenceUse.Valued, 0.90, 55_000, 0, 6),
            new("strong, required", MoveFit.Strong, LicenceUse.Required, 0.10, 10_000, 24, 48),
        ];

        var ordered = CareerMoveScorer.InBestFitOrder(moves, payNow: 50_000).Select(m => m.Title);

        Assert.Equal(
        [
            "strong, required", "strong, valued", "strong, valued, less skill", "strong, valued, pay cut", "strong, valued, long",
            "strong, not needed", "possible, valued",
        ], ordered);
    }

    [Fact]
    public void OtherOrders_SortByTheirKey_AndKeepTheBestFitOrderForTies()
    {
        Move[] moves =
        [
            new("a", MoveFit.Strong, null, 0.7, 50_000, 6, 12, FitRank: 0),
            new("b", MoveFit.Strong, null, null, 70_000, 0, 3, FitRank: 1),
            new("c", MoveFit.Possible, null, 0.9, 50_000, 6, 12, FitRank: 2),
            new("d", MoveFit.Unlikely, null, 0.7, null, 0, 1, FitRank: 3),
        ];

        Assert.Equal(["b", "a", "c", "d"], CareerMoveScorer.Order(moves, MoveOrder.Pay).Select(m => m.Title));
        Assert.Equal(["c", "a", "d", "b"], CareerMoveScorer.Order(moves, MoveOrder.Skills).Select(m => m.Title));
        Assert.Equal(["d", "b", "a", "c"], CareerMoveScorer.Order(moves, MoveOrder.Time).Select(m => m.Title));
        Assert.Equal(["a", "b", "c", "d"], CareerMoveScorer.Order(moves, MoveOrder.Fit).Select(m => m.Title));
    }
}
