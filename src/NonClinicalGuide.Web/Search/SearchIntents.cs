using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Search;

// What a searcher asks for besides words: remote work, no patients, a start without a degree, pay, a way out of a
// clinical job.
public enum SearchIntent { Remote, NoPatientContact, EntryLevel, Pay, LeaveClinical }

// The words left to search for once the phrases that name an intent are taken out, and the intents found.
public sealed record ReadQuery(IReadOnlyList<string> Words, IReadOnlyList<SearchIntent> Intents)
{
    public bool Asks(SearchIntent intent) => Intents.Contains(intent);

    // The roles the intents narrow a search to, as the /roles filters would: remote, patient contact, education.
    public RoleFacetFilter? Filter =>
        Asks(SearchIntent.Remote) || Asks(SearchIntent.NoPatientContact) || Asks(SearchIntent.EntryLevel)
            ? new RoleFacetFilter(
                Asks(SearchIntent.NoPatientContact) ? PatientContact.None : null,
                Asks(SearchIntent.Remote) ? RemoteWork.OftenRemote : null,
                Asks(SearchIntent.EntryLevel) ? EducationLevel.HighSchool : null)
            : null;
}

// The values of the /roles filters a search applies: roles with exactly this patient contact, this much remote
// work or more, and that people start with this education or less (Controllers/Queries/RoleFiltering filters the
// same way; a test checks that both give the same roles).
public sealed record RoleFacetFilter(PatientContact? Contact, RemoteWork? Remote, EducationLevel? Education)
{
    public bool Allows(RoleFacets facets) =>
        (Contact is not { } contact || facets.Contact == contact)
        && (Remote is not { } remote || facets.Remote >= remote)
        && (Education is not { } education || facets.Education <= education);
}

// The phrases people type for each intent, matched on whole words in the order typed (the longest first).
public static class SearchIntents
{
    private static readonly (string[] Words, SearchIntent Intent)[] Phrases = new (string Phrase, SearchIntent Intent)[]
    {
        ("remote", SearchIntent.Remote), ("remotely", SearchIntent.Remote), ("wfh", SearchIntent.Remote),
        ("work from home", SearchIntent.Remote), ("working from home", SearchIntent.Remote), ("works from home", SearchIntent.Remote),
        ("from home", SearchIntent.Remote), ("home based", SearchIntent.Remote), ("telecommute", SearchIntent.Remote),
        ("telecommuting", SearchIntent.Remote), ("telework", SearchIntent.Remote), ("teleworking", SearchIntent.Remote),
        ("no patients", SearchIntent.NoPatientContact), ("no patient", SearchIntent.NoPatientContact),
        ("no patient contact", SearchIntent.NoPatientContact), ("no direct patient contact", SearchIntent.NoPatientContact),
        ("no contact with patients", SearchIntent.NoPatientContact), ("without patients", SearchIntent.NoPatientContact),
        ("without patient contact", SearchIntent.NoPatientContact), ("not patient facing", SearchIntent.NoPatientContact),
        ("non patient facing", SearchIntent.NoPatientContact), ("away from patients", SearchIntent.NoPatientContact),
        ("entry level", SearchIntent.EntryLevel), ("no degree", SearchIntent.EntryLevel), ("without a degree", SearchIntent.EntryLevel),
        ("without degree", SearchIntent.EntryLevel), ("no college", SearchIntent.EntryLevel), ("no experience", SearchIntent.EntryLevel),
        ("high school", SearchIntent.EntryLevel),
        ("salary", SearchIntent.Pay), ("salaries", SearchIntent.Pay), ("pay", SearchIntent.Pay), ("pays", SearchIntent.Pay),
        ("paid", SearchIntent.Pay), ("paying", SearchIntent.Pay), ("wage", SearchIntent.Pay), ("wages", SearchIntent.Pay),
        ("earn", SearchIntent.Pay), ("earns", SearchIntent.Pay), ("earning", SearchIntent.Pay), ("earnings", SearchIntent.Pay),
        ("income", SearchIntent.Pay), ("how much", SearchIntent.Pay),
        ("leave", SearchIntent.LeaveClinical), ("leaving", SearchIntent.LeaveClinical), ("left", SearchIntent.LeaveClinical),
        ("quit", SearchIntent.LeaveClinical), ("quitting", SearchIntent.LeaveClinical), ("exit", SearchIntent.LeaveClinical),
        ("exiting", SearchIntent.LeaveClinical), ("escape", SearchIntent.LeaveClinical), ("escaping", SearchIntent.LeaveClinical),
        ("former", SearchIntent.LeaveClinical), ("ex", SearchIntent.LeaveClinical), ("transition", SearchIntent.LeaveClinical),
        ("transitioning", SearchIntent.LeaveClinical), ("get out of", SearchIntent.LeaveClinical), ("move on from", SearchIntent.LeaveClinical),
        ("moving on from", SearchIntent.LeaveClinical), ("career change", SearchIntent.LeaveClinical), ("change careers", SearchIntent.LeaveClinical),
        ("changing careers", SearchIntent.LeaveClinical), ("switch careers", SearchIntent.LeaveClinical), ("switching careers", SearchIntent.LeaveClinical),
        ("career switch", SearchIntent.LeaveClinical), ("alternative careers", SearchIntent.LeaveClinical), ("alternatives to", SearchIntent.LeaveClinical),
        ("away from the bedside", SearchIntent.LeaveClinical), ("away from bedside", SearchIntent.LeaveClinical),
    }
    .Select(entry => (entry.Phrase.Split(' '), entry.Intent))
    .OrderByDescending(entry => entry.Item1.Length)
    .ToArray();

    // Every word of those phrases: spelling corrects to them too ("salery" to "salary"), though few are in the
    // catalogue's own words.
    public static IReadOnlyList<string> Vocabulary { get; } = Phrases.SelectMany(phrase => phrase.Words).Distinct(StringComparer.Ordinal).ToList();

    public static ReadQuery Read(IReadOnlyList<string> words)
    {
        var left = new List<string>();
        var intents = new List<SearchIntent>();
        for (var i = 0; i < words.Count;)
        {
            var (length, intent) = PhraseAt(words, i);
            if (length == 0)
            {
                left.Add(words[i]);
                i++;
                continue;
            }

            if (!intents.Contains(intent))
            {
                intents.Add(intent);
            }

            i += length;
        }

        return new ReadQuery(left, intents);
    }

    private static (int Length, SearchIntent Intent) PhraseAt(IReadOnlyList<string> words, int start)
    {
        foreach (var (phrase, intent) in Phrases)
        {
            if (start + phrase.Length <= words.Count && phrase.Select((word, i) => words[start + i] == word).All(same => same))
            {
                return (phrase.Length, intent);
            }
        }

        return (0, default);
    }
}
