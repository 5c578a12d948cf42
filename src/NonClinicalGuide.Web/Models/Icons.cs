namespace NonClinicalGuide.Web.Models;

// The names of the site's icons (drawn in Views/Shared/_Icon.cshtml), and which one each category shows.
public static class Icons
{
    public const string Clipboard = "clipboard";
    public const string Screen = "screen";
    public const string Conversation = "conversation";
    public const string Cross = "cross";
    public const string Compass = "compass";
    public const string Grid = "grid";
    public const string Book = "book";
    public const string Briefcase = "briefcase";

    // A category an editor adds later gets the briefcase until someone draws it an icon of its own.
    public static string ForCategory(string slug) => slug switch
    {
        "administrative-and-operational" => Clipboard,
        "health-information-and-technology" => Screen,
        "patient-support-and-advocacy" => Conversation,
        _ => Briefcase,
    };
}
