using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Models;

// Where each kind of figure comes from, named and linked the same way on every page and in the API.
public static class FigureSources
{
    public const string ProjectionsUrl = "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm";

    public static string Oews(DataRelease release) => $"BLS Occupational Employment and Wage Statistics, {release.OewsLabel}";

    // BLS keeps each release's occupation pages under its year: /oes/2025/may/oes292072.htm.
    public static string OewsUrl(DataRelease release, string soc) => $"https://www.bls.gov/oes/{release.OewsYear}/may/oes{soc.Replace("-", "", StringComparison.Ordinal)}.htm";

    public static string OewsTableUrl(DataRelease release) => $"https://www.bls.gov/oes/{release.OewsYear}/may/oes_nat.htm";

    public static string Projections(DataRelease release) => $"BLS Employment Projections {release.ProjectionsPeriod}, Table 1.2";

    public static string Onet(DataRelease release) => $"O*NET {release.OnetVersion} Database";

    public static string OnetUrl(string onetCode) => $"https://www.onetonline.org/link/summary/{onetCode}";

    // The credit O*NET's licence (CC BY 4.0) asks for, word for word, on every page that shows O*NET information.
    public static string OnetCredit(string version) =>
        $"This page includes information from the O*NET {version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";

    public const string OnetModified = "NonClinicalGuide has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.";

    public const string OnetLicenceUrl = "https://creativecommons.org/licenses/by/4.0/";
}
