namespace NonClinicalGuide.Web.Models;

// BLS and O*NET terms in plain words, with the official term kept beside them for those who need it. The
// training lengths are BLS's own definitions (Employment Projections, "Education and training measures").
public static class PlainWords
{
    public const string DefinitionsUrl = "https://www.bls.gov/emp/documentation/education/tech.htm";

    public static string? Education(string? official) => official switch
    {
        null => null,
        "No formal educational credential" => "no formal qualification",
        "High school diploma or equivalent" => "a high school diploma or the equivalent (GED)",
        "Some college, no degree" => "some college courses, without a degree",
        "Postsecondary nondegree award" => "a certificate from a course after high school, not a degree",
        "Associate's degree" => "a two-year college (associate's) degree",
        "Bachelor's degree" => "a four-year college (bachelor's) degree",
        "Master's degree" => "a master's degree",
        "Doctoral or professional degree" => "a doctorate or a professional degree",
        _ => null,
    };

    public static string? WorkExperience(string? official) => official switch
    {
        null => null,
        "None" => "none needed",
        "Less than 5 years" => "under five years in a related job",
        "5 years or more" => "five years or more in a related job",
        _ => null,
    };

    public static string? Training(string? official) => official switch
    {
        null => null,
        "None" => "no formal training once hired",
        "Short-term on-the-job training" => "up to a month of training on the job",
        "Moderate-term on-the-job training" => "one to twelve months of training on the job",
        "Long-term on-the-job training" => "more than a year of training on the job",
        "Apprenticeship" => "an apprenticeship, usually several years",
        "Internship/residency" => "an internship or residency after your studies",
        _ => null,
    };

    // "Job Zone Three: Medium Preparation Needed" → "medium preparation needed".
    public static string? JobZone(string? name) =>
        name is null ? null : (name.Contains(':', StringComparison.Ordinal) ? name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..] : name).Trim().ToLowerInvariant();
}
