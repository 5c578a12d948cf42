using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// Checks that the content names occupations the data has: a code missing from the newest OEWS release, the
// projections or O*NET would leave a page without its figures, so it stops the build like any content error.
public static class OfficialDataRules
{
    public static void Check(ContentSet content, OfficialDataSet data, List<ContentError> errors)
    {
        foreach (var role in content.Roles)
        {
            foreach (var occupation in role.Meta.Occupations)
            {
                CheckCodes(role.Source, occupation.Soc, occupation.Onet, data, errors);
            }
        }

        foreach (var job in content.ClinicalJobs)
        {
            CheckCodes(job.Source, job.Meta.Soc, job.Meta.Onet, data, errors);
        }

        var guide = content.Guide.Source;
        foreach (var code in content.Guide.Meta.HeadlineFigure.Occupations)
        {
            if (!data.Projections.Occupations.TryGetValue(code, out var group))
            {
                errors.Add(guide.ErrorAt("headline_figure.occupations", $"{code} is not in {data.Projections.File} (Table 1.2)"));
            }
            else if (group.EmploymentBase is null || group.EmploymentTarget is null || group.OpeningsPerYear is null)
            {
                errors.Add(guide.ErrorAt("headline_figure.occupations", $"{code} ({group.Title}) has no employment or openings figures in {data.Projections.File}, row {group.Row}"));
            }
        }
    }

    private static void CheckCodes(SourceFile file, string soc, string onet, OfficialDataSet data, List<ContentError> errors)
    {
        var newest = data.Newest;
        if (Codes.IsSoc(soc) && !newest.Occupations.ContainsKey(soc))
        {
            // A real occupation (O*NET knows it) that BLS publishes only inside its broad group, such as 29-2012 in
            // 29-2010, gets the code to use; a mistyped code does not get a misleading hint.
            var broad = soc[..^1] + "0";
            var hint = data.Onet.Occupations.ContainsKey(soc + ".00") && newest.Occupations.TryGetValue(broad, out var group)
                ? $" BLS publishes it only as part of {broad} ({group.Title}): use that code."
                : "";
            errors.Add(file.ErrorAt(file.LineOfValue("soc", soc, "occupations"), $"SOC {soc} is not in {newest.File} (OEWS {newest.Label}).{hint}"));
        }
        else if (Codes.IsSoc(soc) && !data.Projections.Occupations.ContainsKey(soc))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("soc", soc, "occupations"), $"SOC {soc} is not in {data.Projections.File} (Table 1.2), so it has no projections"));
        }

        if (Codes.IsOnet(onet) && !data.Onet.Occupations.ContainsKey(onet))
        {
            errors.Add(file.ErrorAt(file.LineOfValue("onet", onet, "occupations"), $"O*NET {onet} is not in {data.Onet.Folder}/{OnetFiles.OccupationData}"));
        }
    }
}
