using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Search;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// The job titles people use for each role, from O*NET (its title, alternate titles and sample of reported titles
// of each occupation the role names), so the title on a job ad or a résumé finds the role.
//
// How closely the role fits the occupation decides which titles it takes. A role that *is* the occupation (exact)
// takes them all. A role that is only part of a wider occupation, or its closest match, takes only the titles that
// share a distinctive word with the role's own words (its title, summary, skills and settings): patient access
// representatives are part of 29-2099.08 with patient advocates and navigators, and take "Patient Registrar" and
// "Admitting Representative" but not "Patient Advocate". Words in the own words of more than a quarter of the
// roles ("patient", "medical", "health") say nothing about which role a title means, so they never count.
public static class RoleTitles
{
    private const double CommonShare = 0.25;
    private const int ShortestStemForPrefix = 4;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> For(IReadOnlyList<LoadedRole> roles, OfficialDataSet data)
    {
        var ownWords = roles.ToDictionary(role => role.Source.Slug, role => OwnWords(role.Meta).ToHashSet(StringComparer.Ordinal));
        var candidates = roles.ToDictionary(role => role.Source.Slug, role => Candidates(role.Meta, data));
        // Stems as the search index makes them (PorterStemmer is FTS5's porter step), each worked out once.
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stem(string word) => stems.TryGetValue(word, out var stem) ? stem : stems[word] = PorterStemmer.Stem(word);

        var ownStems = ownWords.ToDictionary(pair => pair.Key, pair => pair.Value.Select(Stem).ToHashSet(StringComparer.Ordinal));
        var common = ownStems.Values.SelectMany(set => set)
            .CountBy(stem => stem, StringComparer.Ordinal)
            .Where(pair => pair.Value > roles.Count * CommonShare)
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.Ordinal);

        // Generated catalogues repeat the same words role after role: each distinct case is worked out once.
        var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
        return roles.ToDictionary(role => role.Source.Slug, role =>
        {
            var distinctive = ownStems[role.Source.Slug].Where(stem => !common.Contains(stem)).Order(StringComparer.Ordinal).ToList();
            var key = string.Join(' ', distinctive);
            return (IReadOnlyList<string>)candidates[role.Source.Slug]
                .Where(title => title.Exact || (decided.TryGetValue($"{key}\n{title.Text}", out var keep) ? keep
                    : decided[$"{key}\n{title.Text}"] = SearchQuery.Words(title.Text).Select(Stem).Any(stem => !common.Contains(stem) && distinctive.Any(own => Related(own, stem)))))
                .Select(title => title.Text)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        });
    }

    private static IEnumerable<string> OwnWords(RoleFrontMatter meta) =>
        new[] { meta.Title, meta.Summary }.Concat(meta.Skills).Concat(meta.Settings)
            .SelectMany(SearchQuery.Words)
            .Where(word => word.Length >= 3 && !word.Any(char.IsDigit));

    // A class, not a tuple: LINQ over a tuple holding a bool is generic code over a value type, which the
    // precompiled image lacks and every start compiled afresh (82 methods, measured with the JIT's summary).
    private sealed record Candidate(string Text, bool Exact);

    private static List<Candidate> Candidates(RoleFrontMatter meta, OfficialDataSet data) =>
        meta.Occupations.SelectMany(link =>
        {
            var occupation = data.Onet.Occupations[link.Onet];
            var exact = link.Relation == OccupationRelation.Exact;
            return new[] { occupation.Title, data.Newest.Occupations[link.Soc].Title }
                .Concat(occupation.AlternateTitles).Concat(occupation.ReportedTitles)
                .Select(title => new Candidate(title, exact));
        }).ToList();

    // The same stem, or one the start of the other ("code" and "coder", "regist" and "registrar"): the porter
    // stemmer leaves the names of the people who do a thing longer than the thing.
    private static bool Related(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= ShortestStemForPrefix && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));
}
