using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models.FitFinder;

public sealed record FitCandidate(
    string Slug, string Title, string Summary, EducationLevel EntryEducation, PatientContact PatientContact, RemoteWork Remote,
    IReadOnlyList<Interest> Interests, IReadOnlyList<(ClinicalBackground From, string Why)> Pathways);

public sealed record FitResult(FitCandidate Role, int Score, bool RuledOut, bool Conflicts, IReadOnlyList<string> Matches, IReadOnlyList<string> Concerns);

// Every scoring rule of the fit finder lives here, and Rules explains them on the page in the same words.
public static class FitScorer
{
    public const int GoodFit = 4;

    public static readonly IReadOnlyList<string> Rules =
    [
        "Education: +2 if you already have the education most people start with. If you would need more, the role stays in only if you said you would study that far (a course of a year or less covers certificates and some college; a degree covers any level).",
        "Patient contact: +2 for the amount you asked for, +1 for one step away, −2 for the opposite.",
        "Working from home: if you need it, often-remote roles get +3, hybrid roles +1 and on-site roles are left out. If you would like some, often-remote and hybrid roles get +2 and on-site roles −1. If you prefer on-site, on-site roles get +1 and often-remote roles −1.",
        "Interests: +2 for each interest of yours the role involves.",
        "Clinical background: +3 if the role is a natural move from your clinical job, as its profile describes.",
        $"A role with {GoodFit} points or more counts as a good fit, unless something rules it out or goes against an answer (such as daily patient contact when you would rather have none).",
    ];

    public static IReadOnlyList<FitResult> Rank(IEnumerable<FitCandidate> roles, FitAnswers answers) =>
        roles.Select(role => Score(role, answers))
            .OrderBy(result => result.RuledOut)
            .ThenByDescending(result => result.Score)
            .ThenBy(result => result.Role.Title, StringComparer.Ordinal)
            .ToList();

    public static FitResult Score(FitCandidate role, FitAnswers answers)
    {
        var score = 0;
        var ruledOut = false;
        var conflicts = false;
        var matches = new List<string>();
        var concerns = new List<string>();

        if (role.EntryEducation <= answers.Education)
        {
            score += 2;
            matches.Add($"You already have the education most people start with ({Labels.Phrase(role.EntryEducation)}).");
        }
        else if (role.EntryEducation <= Reachable(answers))
        {
            concerns.Add($"Most people start with {Labels.Phrase(role.EntryEducation)}: you said you would study for it.");
        }
        else
        {
            ruledOut = true;
            concerns.Add($"Most people start with {Labels.Phrase(role.EntryEducation)}, more study than you said you want.");
        }

        conflicts |= ScoreContact(role, answers.Contact, ref score, matches, concerns);
        ScoreRemote(role, answers.Remote, ref score, ref ruledOut, matches, concerns);

        foreach (var interest in answers.Interests.Where(role.Interests.Contains))
        {
            score += 2;
            matches.Add($"Involves {Labels.Of(interest).ToLowerInvariant()}, which interests you.");
        }

        if (answers.From is { } from && role.Pathways.FirstOrDefault(p => p.From == from) is { Why: { } why })
        {
            score += 3;
            matches.Add($"A natural move for {Labels.Of(from).ToLowerInvariant()}: {why}");
        }

        return new FitResult(role, score, ruledOut, conflicts, matches, concerns);
    }

    public static bool IsGoodFit(FitResult result) => !result.RuledOut && !result.Conflicts && result.Score >= GoodFit;

    private static EducationLevel Reachable(FitAnswers answers) => answers.Study switch
    {
        StudyWish.Degree => EducationLevel.Master,
        StudyWish.Short => (EducationLevel)Math.Max((int)answers.Education, (int)EducationLevel.PostsecondaryAward),
        _ => answers.Education,
    };

    // Returns true when the role goes against the answer rather than just missing it.
    private static bool ScoreContact(FitCandidate role, ContactWish wish, ref int score, List<string> matches, List<string> concerns)
    {
        if (wish == ContactWish.Any)
        {
            return false;
        }

        var wanted = wish switch { ContactWish.Daily => PatientContact.Daily, ContactWish.Some => PatientContact.Occasional, _ => PatientContact.None };
        var distance = Math.Abs((int)wanted - (int)role.PatientContact);
        var contact = Labels.Of(role.PatientContact).ToLowerInvariant();
        switch (distance)
        {
            case 0:
                score += 2;
                matches.Add($"Patient contact is {contact}, as you wanted.");
                break;
            case 1:
                score += 1;
                matches.Add($"Patient contact is {contact}, close to what you wanted.");
                break;
            default:
                score -= 2;
                concerns.Add($"Patient contact is {contact}, the opposite of what you asked for.");
                return true;
        }

        return false;
    }

    private static void ScoreRemote(FitCandidate role, RemoteWish wish, ref int score, ref bool ruledOut, List<string> matches, List<string> concerns)
    {
        switch (wish, role.Remote)
        {
            case (RemoteWish.Must, RemoteWork.OftenRemote):
                score += 3;
                matches.Add("Often done from home, which you need.");
                break;
            case (RemoteWish.Must, RemoteWork.HybridPossible):
                score += 1;
                concerns.Add("Some home working is possible, but fully remote jobs are not the norm.");
                break;
            case (RemoteWish.Must, RemoteWork.OnSite):
                ruledOut = true;
                concerns.Add("This work is done on site, and you need to work from home.");
                break;
            case (RemoteWish.Like, RemoteWork.OftenRemote or RemoteWork.HybridPossible):
                score += 2;
                matches.Add($"{Labels.Of(role.Remote)}, and you would like some home working.");
                break;
            case (RemoteWish.Like, RemoteWork.OnSite):
                score -= 1;
                concerns.Add("This work is done on site.");
                break;
            case (RemoteWish.OnSite, RemoteWork.OnSite):
                score += 1;
                matches.Add("Done on site, as you prefer.");
                break;
            case (RemoteWish.OnSite, RemoteWork.OftenRemote):
                score -= 1;
                concerns.Add("Often done from home, and you prefer to be on site.");
                break;
        }
    }
}
