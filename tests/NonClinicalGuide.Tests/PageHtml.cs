using System.Text.RegularExpressions;

namespace NonClinicalGuide.Tests;

public static partial class PageHtml
{
    // A script element that could run: anything but our own file and JSON-LD data blocks.
    [GeneratedRegex(@"(?i)<script(?![^>]*\b(src=""/js/[a-z0-9.-]+\.js""|type=""application/ld\+json""))")]
    public static partial Regex RunnableScriptOtherThanOurs();
}
