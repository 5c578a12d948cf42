namespace NonClinicalGuide.Web.Vocabulary;

// A page drawn from the catalogue that has no Markdown file of its own: its heading, the description search
// engines show, and the lead paragraph under the heading.
public sealed record AppPage(string Path, string Title, string Description, string Lead);

// The words of those pages, in one place: their views show them and site search indexes them, so a search
// result says what the page says.
public static class AppPages
{
    public static readonly AppPage Roles = new(
        SitePaths.Roles,
        "Non-clinical roles",
        "Every non-clinical healthcare role in the guide, grouped by category, with filters for patient contact, remote work and education.",
        "Roles that support patient care without diagnosing or treating, grouped by the kind of work.");

    public static readonly AppPage PayAndGrowth = new(
        SitePaths.PayAndGrowth,
        "Pay and growth at a glance",
        "The pay range and projected job growth of every non-clinical healthcare role, beside what registered nurses, LPNs and medical assistants earn, from the official BLS data.",
        "What each role pays, from its lowest-paid tenth to its highest-paid tenth, beside what clinical jobs pay, so you can see at a glance whether a move means more or less.");

    public static readonly AppPage FindYourRole = new(
        SitePaths.FindYourRole,
        "Find your role",
        "Answer six questions about patient contact, working from home, education and interests to see which non-clinical healthcare roles fit you, and why.",
        "Six questions. We rank every role against your answers and say why each one fits, or where it does not.");

    public static IReadOnlyList<AppPage> All { get; } = [Roles, PayAndGrowth, FindYourRole];
}
