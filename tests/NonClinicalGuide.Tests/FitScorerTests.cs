namespace NonClinicalGuide.Tests;

public class FitScorerTests
{
    private static readonly FitCandidate Coder = new("coder", "Coder", "", EducationLevel.PostsecondaryAward, PatientContact.None, RemoteWork.OftenRemote,
        [Interest.Data, Interest.Organising], [(ClinicalBackground.Nurse, "You read charts already.")]);

    private static readonly FitCandidate Receptionist = new("receptionist", "Receptionist", "", EducationLevel.HighSchool, PatientContact.Daily, RemoteWork.OnSite,
        [Interest.People], []);

    private static readonly FitCandidate Manager = new("manager", "Manager", "", EducationLevel.Bachelor, PatientContact.Occasional, RemoteWork.HybridPossible,
        [Interest.People, Interest.Organising], [(ClinicalBackground.Nurse, "You know how wards run.")]);

    private static FitAnswers Answers(
        ContactWish contact = ContactWish.Any, RemoteWish remote = RemoteWish.Any, EducationLevel education = EducationLevel.HighSchool,
        StudyWish study = StudyWish.None, Interest[]? interests = null, ClinicalBackground? from = null) =>
        new(contact, remote, education, study, interests ?? [], from);

    // A new user answered "no preference" everywhere and was told nothing fitted well.
    [Fact]
    public void NoPreferenceAnywhere_EveryRoleWithinReachIsAStrongFit()
    {
        var ranked = FitScorer.Rank([Receptionist, Manager, Coder], Answers(education: EducationLevel.Master));

        Assert.All(ranked, result => Assert.Equal(MoveFit.Strong, result.Fit));
    }

    [Fact]
    public void EducationOutOfReach_GoesAgainstTheAnswers_AndSaysWhy()
    {
        var result = FitScorer.Score(Manager, Answers(study: StudyWish.Short));

        Assert.Equal(MoveFit.Unlikely, result.Fit);
        Assert.Contains(result.Against, c => c.Contains("a bachelor's degree", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StudyWish.None, MoveFit.Unlikely)]
    [InlineData(StudyWish.Short, MoveFit.Strong)]
    [InlineData(StudyWish.Degree, MoveFit.Strong)]
    public void StudyYouWouldDo_IsNotHeldAgainstARole(StudyWish study, MoveFit fit)
    {
        Assert.Equal(fit, FitScorer.Score(Coder, Answers(study: study)).Fit);
    }

    // Hybrid roles were called a good fit for "I need to work from home".
    [Fact]
    public void NeedingToWorkFromHome_OnlyOftenRemoteRolesAreStrong_HybridIsPossible_OnSiteUnlikely()
    {
        var answers = Answers(remote: RemoteWish.Must, education: EducationLevel.Master);

        Assert.Equal(MoveFit.Strong, FitScorer.Score(Coder, answers).Fit);
        Assert.Equal(MoveFit.Possible, FitScorer.Score(Manager, answers).Fit);
        Assert.Equal(MoveFit.Unlikely, FitScorer.Score(Receptionist, answers).Fit);
    }

    [Theory]
    [InlineData(ContactWish.Daily, MoveFit.Strong, MoveFit.Possible, MoveFit.Unlikely)]
    [InlineData(ContactWish.Some, MoveFit.Possible, MoveFit.Strong, MoveFit.Possible)]
    [InlineData(ContactWish.None, MoveFit.Unlikely, MoveFit.Possible, MoveFit.Strong)]
    public void PatientContact_ExactIsStrong_OneStepOffIsPossible_OppositeIsUnlikely(ContactWish wish, MoveFit receptionist, MoveFit manager, MoveFit coder)
    {
        var answers = Answers(contact: wish, education: EducationLevel.Master);

        Assert.Equal(receptionist, FitScorer.Score(Receptionist, answers).Fit);
        Assert.Equal(manager, FitScorer.Score(Manager, answers).Fit);
        Assert.Equal(coder, FitScorer.Score(Coder, answers).Fit);
    }

    [Fact]
    public void Interests_AreNamedAsReasons_AndCountAsAnswersMet()
    {
        var result = FitScorer.Score(Coder, Answers(education: EducationLevel.Master, interests: [Interest.Data, Interest.Organising, Interest.People]));

        Assert.Equal(3, result.Met); // education and two interests
        Assert.Contains(result.Matches, m => m.Contains("data and detail", StringComparison.Ordinal));
    }

    [Fact]
    public void ClinicalBackground_IsAReason_WithTheRolesOwnWhy()
    {
        var result = FitScorer.Score(Manager, Answers(education: EducationLevel.Master, from: ClinicalBackground.Nurse));

        Assert.Contains(result.Matches, m => m.EndsWith("You know how wards run.", StringComparison.Ordinal));
    }

    // A role marked "not a good fit" sat above a good fit: the order now follows the label first.
    [Fact]
    public void Rank_NeverPutsAWeakerLabelAboveAStrongerOne_HoweverManyAnswersItMeets()
    {
        var answers = Answers(contact: ContactWish.Daily, education: EducationLevel.Master, interests: [Interest.Data, Interest.Organising], from: ClinicalBackground.Nurse);
        var ranked = FitScorer.Rank([Coder, Receptionist, Manager], answers);

        Assert.True(FitScorer.Score(Coder, answers).Met > FitScorer.Score(Receptionist, answers).Met);
        Assert.Equal(["receptionist", "manager", "coder"], ranked.Select(r => r.Role.Slug));
        Assert.Equal([MoveFit.Strong, MoveFit.Possible, MoveFit.Unlikely], ranked.Select(r => r.Fit));
    }

    [Fact]
    public void Rank_WithinALabel_MoreAnswersMetComesFirst()
    {
        var ranked = FitScorer.Rank([Receptionist, Manager, Coder], Answers(education: EducationLevel.Master, interests: [Interest.People, Interest.Organising]));

        Assert.Equal(["manager", "coder", "receptionist"], ranked.Select(r => r.Role.Slug));
    }

    // "1 points": no result or rule speaks of points any more.
    [Fact]
    public void TheRulesAndReasons_AreWords_NotPoints()
    {
        var result = FitScorer.Score(Coder, Answers(remote: RemoteWish.Must, interests: [Interest.Data], study: StudyWish.Short));

        Assert.DoesNotContain(FitScorer.Rules.Concat(result.Matches).Concat(result.Concerns).Concat(result.Notes), line => line.Contains("point", StringComparison.OrdinalIgnoreCase));
    }
}
