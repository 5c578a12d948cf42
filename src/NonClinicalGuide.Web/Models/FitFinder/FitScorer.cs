using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Models.FitFinder;

public sealed record FitCandidate(
    string Slug, string Title, string Summary, EducationLevel EntryEducation, PatientContact PatientContact, RemoteWork Remote,
    IReadOnlyList<Interest> Interests, IReadOnlyList<(ClinicalBackground From, string Why)> Pathways,
    int? PayMedian = null, int? PayLow = null, int? PayHigh = null, bool PayHighAtLeast = false);

// How a role meets the answers: Matches are answers it meets, Notes are facts worth knowing that go against
// nothing you said, Concerns are answers it meets only in part, Against are answers it goes against.
public sealed record FitResult(FitCandidate Role, MoveFit Fit, int Met, IReadOnlyList<string> Matches, IReadOnlyList<string> Notes, IReadOnlyList<string> Concerns, IReadOnlyList<string> Against);

// Every rule of the fit finder lives here, and Rules says them on the page in the same words. The label of a
// role and its place in the list come from the same three questions: does it go against any answer (unlikely),
// does it meet each answer only in part somewhere (possible), or does it meet them all (strong).
public static class FitScorer
{
    public static readonly IReadOnlyList<string> Rules =
    [
        "Strong fit: the role meets every answer you gave. Possible fit: it meets some answers only in part (for example, some home working when you need to work from home, or occasional patient contact when you wanted none). Unlikely fit: it goes against an answer (on-site work when you need to work from home, the opposite amount of patient contact, or more study than you said you would do).",
        "Education: a role fits if you already have the education most people start with, or if you said you would study that far (a course of a year or less covers certificates and some college; a degree covers any level).",
        "\"No preference\" is never held against a role.",
        "Within each group, roles that meet more of your answers come first: each interest of yours the role involves, the patient contact and home working you asked for, and a clinical background its profile describes as a natural move all count. Ties are in alphabetical order.",
    ];

    public static IReadOnlyList<FitResult> Rank(IEnumerable<FitCandidate> roles, FitAnswers answers) =>
        roles.Select(role => Score(role, answers))
            .OrderBy(result => result.Fit)
            .ThenByDescending(result => result.Met)
            .ThenBy(result => result.Role.Title, StringComparer.Ordinal)
            .ToList();

    public static FitResult Score(FitCandidate role, FitAnswers answers)
    {
        var matches = new List<string>();
        var notes = new List<string>();
        var concerns = new List<string>();
        var against = new List<string>();

        if (role.EntryEducation <= answers.Education)
        {
            matches.Add($"You already have the education most people start with ({Labels.Phrase(role.EntryEducation)}).");
        }
        else if (role.EntryEducation <= Reachable(answers))
        {
            notes.Add($"Most people start with {Labels.Phrase(role.EntryEducation)}: you said you would study for it.");
        }
        else
        {
            against.Add($"Most people start with {Labels.Phrase(role.EntryEducation)}, more study than you said you want.");
        }

        ScoreContact(role, answers.Contact, matches, concerns, against);
        ScoreRemote(role, answers.Remote, matches, concerns, against);

        foreach (var interest in answers.Interests.Where(role.Interests.Contains))
        {
            matches.Add($"Involves {Labels.Of(interest).ToLowerInvariant()}, which interests you.");
        }

        if (answers.From is { } from && role.Pathways.FirstOrDefault(p => p.From == from) is { Why: { } why })
        {
            matches.Add($"A natural move for {Labels.Of(from).ToLowerInvariant()}: {why}");
        }

        var fit = against.Count > 0 ? MoveFit.Unlikely : concerns.Count > 0 ? MoveFit.Possible : MoveFit.Strong;
        return new FitResult(role, fit, matches.Count, matches, notes, concerns, against);
    }

    private static EducationLevel Reachable(FitAnswers answers) => answers.Study switch
    {
        StudyWish.Degree => EducationLevel.Master,
        StudyWish.Short => (EducationLevel)Math.Max((int)answers.Education, (int)EducationLevel.PostsecondaryAward),
        _ => answers.Education,
    };

    private static void ScoreContact(FitCandidate role, ContactWish wish, List<string> matches, List<string> concerns, List<string> against)
    {
        if (wish == ContactWish.Any)
        {
            return;
        }

        var wanted = wish switch { ContactWish.Daily => PatientContact.Daily, ContactWish.Some => PatientContact.Occasional, _ => PatientContact.None };
        var contact = Labels.Of(role.PatientContact).ToLowerInvariant();
        switch (Math.Abs((int)wanted - (int)role.PatientContact))
        {
            case 0:
                matches.Add($"Patient contact is {contact}, as you wanted.");
                break;
            case 1:
                concerns.Add($"Patient contact is {contact}, not quite what you asked for.");
                break;
            default:
                against.Add($"Patient contact is {contact}, the opposite of what you asked for.");
                break;
        }
    }

    private static void ScoreRemote(FitCandidate role, RemoteWish wish, List<string> matches, List<string> concerns, List<string> against)
    {
        switch (wish, role.Remote)
        {
            case (RemoteWish.Must, RemoteWork.OftenRemote):
                matches.Add("Often done from home, which you need.");
                break;
            case (RemoteWish.Must, RemoteWork.HybridPossible):
                concerns.Add("Some home working is possible, but fully remote jobs are not the norm, and you need to work from home.");
                break;
            case (RemoteWish.Must, RemoteWork.OnSite):
                against.Add("This work is done on site, and you need to work from home.");
                break;
            case (RemoteWish.Like, RemoteWork.OftenRemote or RemoteWork.HybridPossible):
                matches.Add($"{Labels.Of(role.Remote)}, and you would like some home working.");
                break;
            case (RemoteWish.Like, RemoteWork.OnSite):
                concerns.Add("This work is done on site, and you would like some home working.");
                break;
            case (RemoteWish.OnSite, RemoteWork.OnSite or RemoteWork.HybridPossible):
                matches.Add(role.Remote == RemoteWork.OnSite ? "Done on site, as you prefer." : "Can be done on site, as you prefer.");
                break;
            case (RemoteWish.OnSite, RemoteWork.OftenRemote):
                concerns.Add("Often done from home, and you prefer to be on site.");
                break;
        }
    }
}
