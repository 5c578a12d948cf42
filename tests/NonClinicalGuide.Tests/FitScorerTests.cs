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

    [Fact]
    public void NoPreferences_ScoreOnlyEducation()
    {
        var result = FitScorer.Score(Receptionist, Answers());

        Assert.Equal(2, result.Score);
        Assert.False(result.RuledOut);
        Assert.Single(result.Matches);
    }

    [Fact]
    public void EducationOutOfReach_RulesTheRoleOut_AndSaysWhy()
    {
        var result = FitScorer.Score(Manager, Answers(study: StudyWish.Short));

        Assert.True(result.RuledOut);
        Assert.Contains(result.Concerns, c => c.Contains("a bachelor's degree", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StudyWish.None, true)]
    [InlineData(StudyWish.Short, false)]
    [InlineData(StudyWish.Degree, false)]
    public void ShortCourse_ReachesCertificateRoles(StudyWish study, bool ruledOut)
    {
        Assert.Equal(ruledOut, FitScorer.Score(Coder, Answers(study: study)).RuledOut);
    }

    [Fact]
    public void NeedingToWorkFromHome_RulesOutOnSiteRoles_AndFavoursRemoteOnes()
    {
        var answers = Answers(remote: RemoteWish.Must, education: EducationLevel.Master);

        Assert.True(FitScorer.Score(Receptionist, answers).RuledOut);
        Assert.Equal(2 + 3, FitScorer.Score(Coder, answers).Score);
        Assert.Equal(2 + 1, FitScorer.Score(Manager, answers).Score);
    }

    [Theory]
    [InlineData(ContactWish.Daily, 2, 1, -2)]
    [InlineData(ContactWish.Some, 1, 2, 1)]
    [InlineData(ContactWish.None, -2, 1, 2)]
    public void PatientContact_ScoresByDistanceFromTheWish(ContactWish wish, int receptionist, int manager, int coder)
    {
        var answers = Answers(contact: wish, education: EducationLevel.Master);

        Assert.Equal(2 + receptionist, FitScorer.Score(Receptionist, answers).Score);
        Assert.Equal(2 + manager, FitScorer.Score(Manager, answers).Score);
        Assert.Equal(2 + coder, FitScorer.Score(Coder, answers).Score);
    }

    [Fact]
    public void Interests_AddTwoEach_AndAreNamedAsReasons()
    {
        var result = FitScorer.Score(Coder, Answers(education: EducationLevel.Master, interests: [Interest.Data, Interest.Organising, Interest.People]));

        Assert.Equal(2 + 2 + 2, result.Score);
        Assert.Contains(result.Matches, m => m.Contains("data and detail", StringComparison.Ordinal));
    }

    [Fact]
    public void ClinicalBackground_AddsThree_WithTheRolesOwnWhy()
    {
        var result = FitScorer.Score(Manager, Answers(education: EducationLevel.Master, from: ClinicalBackground.Nurse));

        Assert.Equal(2 + 3, result.Score);
        Assert.Contains(result.Matches, m => m.EndsWith("You know how wards run.", StringComparison.Ordinal));
    }

    [Fact]
    public void ARoleThatGoesAgainstAnAnswer_IsNeverCalledAGoodFit_WhateverItsScore()
    {
        var result = FitScorer.Score(Manager, Answers(contact: ContactWish.Daily, remote: RemoteWish.Like, education: EducationLevel.Master,
            interests: [Interest.People, Interest.Organising], from: ClinicalBackground.Nurse));
        var opposite = FitScorer.Score(Coder, Answers(contact: ContactWish.Daily, education: EducationLevel.Master,
            interests: [Interest.Data, Interest.Organising], from: ClinicalBackground.Nurse));

        Assert.True(FitScorer.IsGoodFit(result));
        Assert.True(opposite.Score >= FitScorer.GoodFit);
        Assert.False(FitScorer.IsGoodFit(opposite));
    }

    [Fact]
    public void Rank_PutsGoodFitsFirst_AndRuledOutRolesLast()
    {
        var ranked = FitScorer.Rank([Receptionist, Manager, Coder], Answers(remote: RemoteWish.Must, education: EducationLevel.Associate, study: StudyWish.Degree, interests: [Interest.Data]));

        Assert.Equal(["coder", "manager", "receptionist"], ranked.Select(r => r.Role.Slug));
        Assert.True(FitScorer.IsGoodFit(ranked[0]));
        Assert.True(ranked[^1].RuledOut);
    }
}
