namespace NonClinicalGuide.Web.Vocabulary;

// What a planner page (/from/{job}) is called and says it is: the page shows these, and site search lists the page
// under the same words.
public static class PlannerWords
{
    public static string Title(string jobTitle) => $"From {jobTitle.ToLowerInvariant()} to a non-clinical job";

    public static string Question(string one) => $"I'm {WithArticle(one)}: where can I go?";

    public static string Description(string one) =>
        $"Every non-clinical healthcare role ranked as a move for {WithArticle(one)}: pay compared with now, the skills you bring and need, whether your licence counts, and the route in.";

    // "a registered nurse", "an emergency medical technician" (the jobs' names start with a sounded letter).
    public static string WithArticle(string one) => $"{(one.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(one[0])) ? "an" : "a")} {one}";
}
