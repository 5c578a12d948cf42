using System.Globalization;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Content;

// Checks that need more than one field or more than one file: references between files, sourced figures,
// required sections. Front matter types and required fields are already enforced by FrontMatterReader.
public static class ContentRules
{
    public static readonly IReadOnlyList<string> RoleSections =
    [
        "What they do",
        "Where they work",
        "Working with patients and clinicians",
        "How to get in",
        "Coming from a clinical role",
        "The honest downsides",
        "Where it can lead",
    ];

    public static void Check(
        LoadedGuide? guide, LoadedComparison? comparison,
        IReadOnlyList<LoadedCategory> categories, IReadOnlyList<LoadedRole> roles, IReadOnlySet<string> roleFiles, List<ContentError> errors)
    {
        foreach (var category in categories)
        {
            CheckSlug(category.Source, errors);
        }

        var categorySlugs = categories.Select(c => c.Source.Slug).ToHashSet(StringComparer.Ordinal);
        var claimedSlugs = roles.ToDictionary(r => r.Source.Slug, r => r.Source.DisplayPath, StringComparer.Ordinal);

        foreach (var role in roles)
        {
            CheckRole(role, categorySlugs, roleFiles, claimedSlugs, errors);
        }

        if (guide is not null)
        {
            CheckGuide(guide, errors);
        }

        if (comparison is not null && comparison.Meta.Rows.Count == 0)
        {
            errors.Add(comparison.Source.ErrorAt("rows", "the comparison needs at least one row"));
        }

    }

    private static void CheckRole(
        LoadedRole role, HashSet<string> categories, IReadOnlySet<string> roles, Dictionary<string, string> claimedSlugs, List<ContentError> errors)
    {
        var file = role.Source;
        var meta = role.Meta;
        CheckSlug(file, errors);

        if (!categories.Contains(meta.Category))
        {
            errors.Add(file.ErrorAt("category", $"unknown category '{meta.Category}': use the name of a file in content/categories/ ({string.Join(", ", categories.Order())})"));
        }

        foreach (var related in meta.Related)
        {
            if (related == file.Slug)
            {
                errors.Add(file.ErrorAt("related", "a role cannot be related to itself"));
            }
            else if (!roles.Contains(related))
            {
                errors.Add(file.ErrorAt("related", $"related role '{related}' does not exist (no content/roles/{related}.md)"));
            }
        }

        foreach (var alias in meta.Aliases)
        {
            if (!Codes.IsSlug(alias))
            {
                errors.Add(file.ErrorAt("aliases", $"alias '{alias}' is not a valid slug (lowercase letters, digits and hyphens)"));
            }
            else if (!claimedSlugs.TryAdd(alias, file.DisplayPath))
            {
                errors.Add(file.ErrorAt("aliases", $"alias '{alias}' is already claimed by {claimedSlugs[alias]}"));
            }
        }

        RequireNonEmpty(file, "interests", meta.Interests.Count, errors);
        RequireNonEmpty(file, "settings", meta.Settings.Count, errors);
        RequireNonEmpty(file, "skills", meta.Skills.Count, errors);
        RequireText(file, "title", meta.Title, errors);
        RequireText(file, "summary", meta.Summary, errors);

        RequireNonEmpty(file, "occupations", meta.Occupations.Count, errors);
        foreach (var occupation in meta.Occupations)
        {
            CheckOccupation(file, occupation, errors);
        }

        // Grouped by name, not by the enum: grouping by a value type is generic code that every start compiled afresh.
        foreach (var background in meta.ClinicalPathways.GroupBy(p => FixedValueNames.Of(p.From), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("from", background, "clinical_pathways"),
                $"clinical_pathways lists '{background}' twice: one pathway per background"));
        }

        CheckRouteIn(file, meta.RouteIn, errors);
        CheckSections(role, errors);
    }

    // The planner sorts by these months and shows these rules as facts, so each must be usable and sourced.
    private static void CheckRouteIn(SourceFile file, RouteInFrontMatter route, List<ContentError> errors)
    {
        if (route.Months is not [var fewest, var most] || fewest < 0 || most > MaxRouteMonths || fewest > most)
        {
            errors.Add(file.ErrorAt(file.LineOf("route_in.months"), $"route_in.months should be two whole numbers of months, fewest then most, between 0 and {MaxRouteMonths}: [6, 12]"));
        }

        RequireText(file, "route_in.summary", route.Summary, errors);
        RequireNonEmpty(file, "route_in.rules", route.Rules.Count, errors);
        foreach (var rule in route.Rules)
        {
            var line = file.LineOfValue("url", rule.Url, "route_in.rules");
            if (!Uri.TryCreate(rule.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add(file.ErrorAt(line, $"route_in rule source '{rule.Url}' should be the full address (https://…) of the page the rule comes from"));
            }

            if (string.IsNullOrWhiteSpace(rule.Says) || string.IsNullOrWhiteSpace(rule.Source))
            {
                errors.Add(file.ErrorAt(line, "each route_in rule needs what it says and its source"));
            }
        }
    }

    // Ten years: longer than any route a reader would plan, so a bigger number is a typo.
    private const int MaxRouteMonths = 120;

    public static void CheckClinicalJobs(IReadOnlyList<LoadedClinicalJob> jobs, List<ContentError> errors)
    {
        foreach (var job in jobs)
        {
            var file = job.Source;
            CheckSlug(file, errors);
            RequireText(file, "title", job.Meta.Title, errors);
            RequireText(file, "one", job.Meta.One, errors);
            CheckOccupation(file, job.Occupation, errors);
        }

        // Grouped by the order as text, for the reason above.
        foreach (var twice in jobs.GroupBy(job => job.Meta.Order.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            errors.Add(twice.Last().Source.ErrorAt("order", $"order {twice.Key} is also the order of {twice.First().Source.DisplayPath}: each clinical job needs its own place in the list"));
        }
    }

    private static void CheckOccupation(SourceFile file, OccupationLinkFrontMatter occupation, List<ContentError> errors)
    {
        if (!Codes.IsSoc(occupation.Soc))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("soc", occupation.Soc, "occupations"), $"'{occupation.Soc}' is not a SOC code: write it as BLS does, e.g. 29-2072"));
        }

        if (!Codes.IsOnet(occupation.Onet))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("onet", occupation.Onet, "occupations"), $"'{occupation.Onet}' is not an O*NET-SOC code: write it as O*NET does, e.g. 29-2072.00"));
        }
        else if (Codes.IsSoc(occupation.Soc) && !Codes.OnetIsWithin(occupation.Onet, occupation.Soc))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("onet", occupation.Onet, "occupations"), $"O*NET occupation {occupation.Onet} does not belong to SOC {occupation.Soc}: the O*NET code starts with its SOC code (or its broad group, e.g. 29-2012.00 in 29-2010)"));
        }

        if (occupation.Relation != OccupationRelation.Exact && string.IsNullOrWhiteSpace(occupation.Note))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("soc", occupation.Soc, "occupations"), $"the relation to {occupation.Soc} is {FixedValueNames.Of(occupation.Relation)}, so a note must say in plain words whom its figures count"));
        }
    }

    private static void CheckSections(LoadedRole role, List<ContentError> errors)
    {
        var file = role.Source;
        var found = role.Sections.Select(s => s.Text).ToList();
        var next = 0;
        for (var r = 0; r < RoleSections.Count; r++)
        {
            var required = RoleSections[r];
            var index = found.IndexOf(required);
            if (index < 0)
            {
                // Point at the section it belongs before, which is where the editor has to add it.
                var following = RoleSections.Skip(r + 1).Select(name => found.IndexOf(name)).FirstOrDefault(i => i >= 0, -1);
                var line = following >= 0 ? file.BodyFirstLine + role.Sections[following].Line : file.BodyFirstLine;
                errors.Add(file.ErrorAt(line, $"missing section '## {required}'"));
            }
            else if (index < next)
            {
                errors.Add(file.ErrorAt(file.BodyFirstLine + role.Sections[index].Line, $"section '## {required}' is out of order (see content/README.md)"));
            }
            else
            {
                next = index;
            }
        }
    }

    private static void CheckGuide(LoadedGuide guide, List<ContentError> errors)
    {
        RequireNonEmpty(guide.Source, "key_points", guide.Meta.KeyPoints.Count, errors);
        RequireNonEmpty(guide.Source, "headline_figure.occupations", guide.Meta.HeadlineFigure.Occupations.Count, errors);
        foreach (var code in guide.Meta.HeadlineFigure.Occupations.Where(code => !Codes.IsSoc(code)))
        {
            errors.Add(guide.Source.ErrorAt("headline_figure.occupations", $"'{code}' is not a SOC code: write it as BLS does, e.g. 29-0000"));
        }
        if (guide.Body.Headings.Count == 0)
        {
            errors.Add(guide.Source.ErrorAt(guide.Source.BodyFirstLine, "the guide needs '##' sections: they make its table of contents"));
        }
    }

    private static void CheckSlug(SourceFile file, List<ContentError> errors)
    {
        if (!Codes.IsSlug(file.Slug))
        {
            errors.Add(file.ErrorAt(1, $"the file name '{file.Slug}' is not a valid slug: use lowercase letters, digits and hyphens"));
        }
    }

    private static void RequireNonEmpty(SourceFile file, string key, int count, List<ContentError> errors)
    {
        if (count == 0)
        {
            errors.Add(file.ErrorAt(key, $"{key} must list at least one entry"));
        }
    }

    private static void RequireText(SourceFile file, string key, string value, List<ContentError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(file.ErrorAt(key, $"{key} must not be empty"));
        }
    }
}
