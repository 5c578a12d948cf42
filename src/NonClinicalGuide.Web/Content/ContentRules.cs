using System.Text.RegularExpressions;

namespace NonClinicalGuide.Web.Content;

// Checks that need more than one field or more than one file: references between files, sourced figures,
// required sections. Front matter types and required fields are already enforced by FrontMatterReader.
public static partial class ContentRules
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

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

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
            if (!IsSlug(alias))
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

        CheckOccupation(file, meta.Occupation, errors);
        if (meta.Facts is { } facts)
        {
            CheckFacts(file, facts, errors);
        }

        CheckSections(role, errors);
    }

    private static void CheckOccupation(SourceFile file, OccupationFrontMatter occupation, List<ContentError> errors)
    {
        if (occupation.Match != OccupationMatch.Exact && string.IsNullOrWhiteSpace(occupation.Note))
        {
            errors.Add(file.ErrorAt("occupation.match", "occupation.match is closest or parent, so occupation.note must say which occupation the figures describe"));
        }

        CheckUrl(file, "occupation.onet_url", occupation.OnetUrl, errors);
        CheckUrl(file, "occupation.bls_url", occupation.BlsUrl, errors);
    }

    private static void CheckFacts(SourceFile file, RoleFactsFrontMatter facts, List<ContentError> errors)
    {
        void RequirePeriod(object? figure, string? period, string figureName, string periodName)
        {
            if (figure is not null && string.IsNullOrWhiteSpace(period))
            {
                errors.Add(file.ErrorAt($"facts.{figureName}", $"facts.{figureName} needs facts.{periodName}: a figure is never shown without its period"));
            }
        }

        RequirePeriod(facts.MedianPay, facts.PayPeriod, "median_pay", "pay_period");
        RequirePeriod(facts.GrowthPercent, facts.GrowthPeriod, "growth_percent", "growth_period");
        RequirePeriod(facts.Jobs, facts.JobsPeriod, "jobs", "jobs_period");

        var hasFigure = facts.MedianPay is not null || facts.GrowthPercent is not null || facts.Jobs is not null || facts.TypicalEducation is not null;
        if (hasFigure && (string.IsNullOrWhiteSpace(facts.Source) || string.IsNullOrWhiteSpace(facts.SourceUrl)))
        {
            errors.Add(file.ErrorAt("facts", "facts needs source and source_url: a figure is never shown without its source"));
        }

        if (facts.MedianPay is <= 0)
        {
            errors.Add(file.ErrorAt("facts.median_pay", "facts.median_pay must be a positive number of US dollars a year"));
        }

        CheckUrl(file, "facts.source_url", facts.SourceUrl, errors);
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
        CheckUrl(guide.Source, "headline_figure.source_url", guide.Meta.HeadlineFigure.SourceUrl, errors);
        if (guide.Body.Headings.Count == 0)
        {
            errors.Add(guide.Source.ErrorAt(guide.Source.BodyFirstLine, "the guide needs '##' sections: they make its table of contents"));
        }
    }

    private static void CheckSlug(SourceFile file, List<ContentError> errors)
    {
        if (!IsSlug(file.Slug))
        {
            errors.Add(file.ErrorAt(1, $"the file name '{file.Slug}' is not a valid slug: use lowercase letters, digits and hyphens"));
        }
    }

    private static void CheckUrl(SourceFile file, string field, string? url, List<ContentError> errors)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add(file.ErrorAt(field, $"{field} must be a full https:// address"));
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

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
