using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.OfficialData;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Build;

// Turns the official data into catalogue rows for the occupations the content names: roles' occupations,
// clinical jobs and the guide's headline groups. Only the newest OEWS release gives figures; every release
// present gives a point of the pay history. Codes are checked against the data before the build (OfficialDataRules).
public sealed class OfficialRows(OfficialDataSet data)
{
    public Role Role(LoadedRole role, int categoryOrder)
    {
        var meta = role.Meta;
        var own = meta.Occupations[0].Soc;
        var pay = data.Newest.Occupations[own].Annual;
        return new Role
        {
            Slug = role.Source.Slug, Title = meta.Title, CategorySlug = meta.Category, CategoryOrder = categoryOrder, Summary = meta.Summary,
            PatientContact = meta.PatientContact, Remote = meta.Remote, EntryEducation = meta.EntryEducation,
            Interests = meta.Interests.Distinct().ToList(), Settings = meta.Settings, Skills = meta.Skills,
            PaySocCode = own,
            PayMedian = Whole(pay.Median),
            PayLow = Whole(pay.P10),
            PayHigh = Whole(pay.P90),
            PayHighAtLeast = pay.P90 is { AtLeast: true },
            GrowthPercent = data.Projections.Occupations.TryGetValue(own, out var projected) ? (double?)projected.ChangePercent : null,
            LastReviewed = meta.LastReviewed,
            RouteMonthsMin = meta.RouteIn.Months[0], RouteMonthsMax = meta.RouteIn.Months[^1], RouteSummary = meta.RouteIn.Summary,
        };
    }

    public IEnumerable<HeadlinePart> HeadlineParts(IReadOnlyList<string> codes) =>
        codes.Select(code => data.Projections.Occupations[code]).Select((group, i) => new HeadlinePart
        {
            Order = i, SocCode = group.Code, Title = group.Title,
            EmploymentBase = group.EmploymentBase ?? 0, EmploymentTarget = group.EmploymentTarget ?? 0, OpeningsPerYear = group.OpeningsPerYear ?? 0,
        });

    // Which releases the figures come from: a row of the catalogue and a field of its snapshot.
    public static DataRelease Release(OfficialDataSet data) => new()
    {
        Id = 1, OewsLabel = data.Newest.Label, OewsYear = data.Newest.Year, OewsFile = data.Newest.File,
        TopCodeHourly = (double)data.Newest.TopCodeHourly, TopCodeAnnual = (int)data.Newest.TopCodeAnnual,
        ProjectionsPeriod = data.Projections.Period, ProjectionsBaseYear = data.Projections.BaseYear, ProjectionsTargetYear = data.Projections.TargetYear,
        ProjectionsFile = data.Projections.File, OnetVersion = data.Onet.Version,
    };

    public void AddTo(CatalogueRows rows, ContentSet content)
    {
        rows.Add(Release(data));
        rows.AddRange(data.Files.Select(file => new DataFileEntry { Path = file.Path, Dataset = file.Dataset, Release = file.Release, Bytes = file.Bytes, Sha256 = file.Sha256 }));

        // Every occupation a role or a clinical job names (as links, not (SOC, O*NET) tuples: see AtLeastFrom).
        var links = content.Roles.SelectMany(role => role.Meta.Occupations)
            .Concat(content.ClinicalJobs.Select(job => job.Occupation))
            .ToList();
        foreach (var soc in links.Select(link => link.Soc).Distinct(StringComparer.Ordinal))
        {
            rows.Add(Occupation(soc));
            rows.AddRange(History(soc));
        }

        foreach (var onet in links.Select(link => link.Onet).Distinct(StringComparer.Ordinal))
        {
            var profile = data.Onet.Occupations[onet];
            rows.Add(new OnetProfile
            {
                OnetCode = onet, Title = profile.Title, Description = profile.Description, JobZone = profile.JobZone,
                JobZoneName = profile.JobZone is { } zone ? data.Onet.JobZoneNames.GetValueOrDefault(zone) : null,
            });
        }

        rows.AddRange(content.ClinicalJobs.Select(job => new ClinicalJob
        {
            Slug = job.Source.Slug, Title = job.Meta.Title, One = job.Meta.One, Label = job.Meta.Label, SocCode = job.Meta.Soc, OnetCode = job.Meta.Onet,
            Order = job.Meta.Order, Background = job.Meta.Background, PayReference = job.Meta.PayReference, DescriptionHtml = job.DescriptionHtml,
            FactsJson = FactsJson([job.Occupation]),
        }));
    }

    // What a page shows about each occupation a role (or a clinical job) names, stored with it as JSON.
    public string FactsJson(IEnumerable<OccupationLinkFrontMatter> links) => OccupationFactsJson.Serialize(links.Select(Facts).ToList());

    private OccupationFacts Facts(OccupationLinkFrontMatter link)
    {
        var row = Occupation(link.Soc);
        var onet = data.Onet.Occupations[link.Onet];
        var history = data.Oews.Where(release => release.Occupations.ContainsKey(link.Soc))
            .Select(release => Point(release.Year, release.Occupations[link.Soc].Annual.Median))
            .ToList();
        return new OccupationFacts(
            link.Soc, row.Title, link.Onet, onet.Title, link.Relation, link.Note, row.Employment,
            new PayScale(row.AnnualP10, row.AnnualP25, row.AnnualMedian, row.AnnualP75, row.AnnualP90, row.AtLeastFrom),
            new PayScale(row.HourlyP10, row.HourlyP25, row.HourlyMedian, row.HourlyP75, row.HourlyP90, row.AtLeastFrom),
            row.AnnualOnly, row.HourlyOnly, row.EmploymentBase, row.EmploymentTarget, row.GrowthPercent, row.OpeningsPerYear,
            row.TypicalEducation, row.WorkExperience, row.OnTheJobTraining,
            onet.JobZone, onet.JobZone is { } zone ? data.Onet.JobZoneNames.GetValueOrDefault(zone) : null, history);
    }

    private Occupation Occupation(string soc)
    {
        var row = data.Newest.Occupations[soc];
        var projected = data.Projections.Occupations.GetValueOrDefault(soc);
        return new Occupation
        {
            SocCode = soc, Title = row.Title, Employment = row.Employment,
            HourlyMean = Cents(row.HourlyMean), AnnualMean = Whole(row.AnnualMean),
            HourlyP10 = Cents(row.Hourly.P10), HourlyP25 = Cents(row.Hourly.P25), HourlyMedian = Cents(row.Hourly.Median),
            HourlyP75 = Cents(row.Hourly.P75), HourlyP90 = Cents(row.Hourly.P90),
            AnnualP10 = Whole(row.Annual.P10), AnnualP25 = Whole(row.Annual.P25), AnnualMedian = Whole(row.Annual.Median),
            AnnualP75 = Whole(row.Annual.P75), AnnualP90 = Whole(row.Annual.P90),
            AtLeastFrom = AtLeastFrom(row.Annual.All, row.Hourly.All), AnnualOnly = row.AnnualOnly, HourlyOnly = row.HourlyOnly,
            ProjectionTitle = projected?.Title, EmploymentBase = projected?.EmploymentBase, EmploymentTarget = projected?.EmploymentTarget,
            GrowthPercent = (double?)projected?.ChangePercent, OpeningsPerYear = projected?.OpeningsPerYear,
            TypicalEducation = projected?.Education, WorkExperience = projected?.WorkExperience, OnTheJobTraining = projected?.Training,
        };
    }

    // One point of a pay history; made here rather than from a (year, wage) tuple in the query, for the reason below.
    private static PayPoint Point(int year, Wage? median) => new(year, Whole(median), median is { AtLeast: true });

    // The lowest percentile published only as "the top code or more", yearly or hourly. A loop, where LINQ would
    // zip the wages into tuples: generic code over value types, which the precompiled image lacks and every
    // start compiled afresh.
    private static int? AtLeastFrom(IReadOnlyList<Wage?> annual, IReadOnlyList<Wage?> hourly)
    {
        for (var i = 0; i < WagePercentiles.Points.Count; i++)
        {
            if (annual[i] is { AtLeast: true } || hourly[i] is { AtLeast: true })
            {
                return WagePercentiles.Points[i];
            }
        }

        return null;
    }

    // A release that does not publish the occupation (a code new since then) simply has no point.
    private IEnumerable<PayHistoryPoint> History(string soc) =>
        from release in data.Oews
        where release.Occupations.ContainsKey(soc)
        let row = release.Occupations[soc]
        select new PayHistoryPoint
        {
            SocCode = soc, Year = release.Year, AnnualMedian = Whole(row.Annual.Median), HourlyMedian = Cents(row.Hourly.Median),
            AtLeast = row.Annual.Median is { AtLeast: true },
        };

    private static int? Whole(Wage? wage) => wage is { } w ? (int)w.Amount : null;

    private static double? Cents(Wage? wage) => wage is { } w ? (double)w.Amount : null;
}
