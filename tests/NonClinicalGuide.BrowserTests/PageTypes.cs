using Microsoft.Playwright;

namespace NonClinicalGuide.BrowserTests;

// One address per kind of page the site has; every browser check runs over all of them.
public static class PageTypes
{
    public static readonly string[] Paths =
    [
        "/",
        "/roles",
        "/categories/health-information-and-technology",
        "/roles/medical-billers-and-coders",
        "/roles/patient-advocates",
        "/compare",
        "/faq",
        "/from-clinical",
        "/search?q=remote+coding",
        "/roles?remote=hybrid-possible&education=associate",
        "/roles/compare?roles=medical-billers-and-coders,medical-records-and-health-information-technicians,health-informatics-specialists",
        "/find-your-role?contact=none&remote=must&education=high-school&study=short&interest=data&from=nurse",
        "/roles/pay-and-growth",
        "/roles/medical-billers-and-coders/print",
        "/accessibility",
        "/no-such-page",
    ];

    public static readonly int[] Widths = [390, 1280];

    public static TheoryData<string, int> PathsAtEachWidth() => AtEachWidth(Paths);

    public static TheoryData<string, int, ColorScheme> PathsAtEachWidthAndScheme()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var path in Paths)
        {
            foreach (var width in Widths)
            {
                data.Add(path, width, ColorScheme.Light);
                data.Add(path, width, ColorScheme.Dark);
            }
        }

        return data;
    }

    // The printable sheet has no menu to skip, so the keyboard checks leave it out.
    public static TheoryData<string, int> PathsWithMenuAtEachWidth() => AtEachWidth(Paths.Where(path => !path.EndsWith("/print", StringComparison.Ordinal)));

    private static TheoryData<string, int> AtEachWidth(IEnumerable<string> paths)
    {
        var data = new TheoryData<string, int>();
        foreach (var path in paths)
        {
            foreach (var width in Widths)
            {
                data.Add(path, width);
            }
        }

        return data;
    }
}
