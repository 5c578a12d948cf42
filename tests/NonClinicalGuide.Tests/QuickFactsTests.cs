namespace NonClinicalGuide.Tests;

// The quick facts of real roles against the official workbooks themselves, read cell by cell with a reader of
// the tests' own (OfficialWorkbook), never with the app's importer.
public class QuickFactsTests(RealSiteFixture real, TestSite site)
{
    public static TheoryData<string, string, string> RolesAndTheirOccupations => new()
    {
        { "medical-billers-and-coders", "29-2072", "29-2072" },
        { "medical-records-and-health-information-technicians", "29-2072", "29-2072" },
        { "practice-managers", "11-9111", "11-9111" },
        { "medical-receptionists-and-schedulers", "43-4171", "43-4171" },
        { "information-security-analysts", "15-1212", "15-1212" },
        { "patient-advocates", "29-2099", "29-2099" },
    };

    [Theory]
    [MemberData(nameof(RolesAndTheirOccupations))]
    public async Task RolePage_ShowsTheWorkbooksMedianRangeAndOpenings_WithTheRelease(string slug, string soc, string projectionsCode)
    {
        var oews = OfficialWorkbook.Oews(2025);
        var projections = OfficialWorkbook.Projections();
        var (_, body) = await real.GetAsync($"/roles/{slug}");
        var box = QuickFactsBox(body);

        Assert.Contains($"{Figures.Dollars(oews.Cell(soc, "A_MEDIAN"))} a year", box);
        Assert.Contains($"({Figures.Cents(oews.Cell(soc, "H_MEDIAN"))} an hour)", box);
        Assert.Contains($"<td>{Figures.Dollars(oews.Cell(soc, "A_PCT10"))}</td>", box);
        Assert.Contains($"<td>{Figures.Dollars(oews.Cell(soc, "A_PCT25"))}</td>", box);
        Assert.Contains($"<td>{Figures.Dollars(oews.Cell(soc, "A_PCT75"))}</td>", box);
        Assert.Contains($"<td>{Figures.Dollars(oews.Cell(soc, "A_PCT90"))}</td>", box);
        Assert.Contains($"<td>{Figures.Cents(oews.Cell(soc, "H_PCT90"))}</td>", box);
        Assert.Contains(Figures.Count(oews.Cell(soc, "TOT_EMP")), box);
        Assert.Contains(Figures.Thousands(projections.Cell(projectionsCode, "Occupational openings", "2024 National Employment Matrix code", headingRow: 2)), box);
        Assert.Contains($"{projections.Cell(projectionsCode, "Employment change, percent", "2024 National Employment Matrix code", headingRow: 2)}%", box);
        Assert.Contains("BLS Occupational Employment and Wage Statistics, May 2025", box);
        Assert.Contains("BLS Employment Projections 2024–34, Table 1.2", box);
        Assert.Contains($"https://www.bls.gov/oes/2025/may/oes{soc.Replace("-", "")}.htm", box);
    }

    [Fact]
    public async Task ASearchResult_ShowsTheRolesMedianAndRange_OnOneLine()
    {
        var oews = OfficialWorkbook.Oews(2025);
        var (_, body) = await real.GetAsync("/search?q=information+security+analysts");

        Assert.Contains($"<strong>{Figures.Dollars(oews.Cell("15-1212", "A_MEDIAN"))}</strong> median pay, most earn "
            + $"{Figures.Dollars(oews.Cell("15-1212", "A_PCT10"))}\u2013{Figures.Dollars(oews.Cell("15-1212", "A_PCT90"))}</span>", body);
    }

    [Fact]
    public async Task MedicalRecordsTechnicians_AreMedicalRecordsSpecialists_NotHealthInformationTechnologists()
    {
        var (_, body) = await real.GetAsync("/roles/medical-records-and-health-information-technicians");
        var box = QuickFactsBox(body);

        Assert.Contains("SOC 29-2072 Medical Records Specialists", box);
        Assert.DoesNotContain("29-9021", box);
        Assert.DoesNotContain(Figures.Dollars(OfficialWorkbook.Oews(2025).Cell("29-9021", "A_MEDIAN")), box);
    }

    [Fact]
    public async Task MedicalBillersAndCoders_ShowBothOccupationsTheyStraddle()
    {
        var (_, body) = await real.GetAsync("/roles/medical-billers-and-coders");
        var box = QuickFactsBox(body);
        var oews = OfficialWorkbook.Oews(2025);

        Assert.Contains("Medical Records Specialists <span class=\"fw-normal text-body-secondary\">(SOC 29-2072)</span>", box);
        Assert.Contains("Billing and Posting Clerks <span class=\"fw-normal text-body-secondary\">(SOC 43-3021)</span>", box);
        Assert.Contains($"{Figures.Dollars(oews.Cell("43-3021", "A_MEDIAN"))} a year", box);
        Assert.True(box.IndexOf("43-3021", StringComparison.Ordinal) > box.IndexOf(Figures.Dollars(oews.Cell("29-2072", "A_MEDIAN")), StringComparison.Ordinal),
            "the role's own occupation (coders) comes first");
    }

    [Theory]
    [InlineData("practice-managers", "Part of a wider occupation.", "medical and health services managers (SOC 11-9111)")]
    [InlineData("patient-advocates", "Part of a wider occupation.", "health technologists and technicians, all other (SOC 29-2099)")]
    [InlineData("medical-receptionists-and-schedulers", "Part of a wider occupation.", "receptionists and information clerks (SOC 43-4171)")]
    [InlineData("case-managers-non-clinical", "Closest official match.", "social and human service assistants (SOC 21-1093)")]
    public async Task FiguresOfAWiderOccupation_AreSaidToBeSo_BeforeTheFigures(string slug, string notice, string occupation)
    {
        var (_, body) = await real.GetAsync($"/roles/{slug}");
        var box = QuickFactsBox(body);

        var at = box.IndexOf(notice, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{slug} says '{notice}'");
        Assert.True(at < box.IndexOf("a year", StringComparison.Ordinal), "the notice comes before the first figure");
        Assert.Contains($"The figures below are for all {occupation}, not for this role alone.", box);
    }

    [Fact]
    public async Task PatientAdvocates_AreDescribedAsOnetPatientRepresentatives()
    {
        var (_, body) = await real.GetAsync("/roles/patient-advocates");

        Assert.Contains("O*NET-SOC 29-2099.08 Patient Representatives", QuickFactsBox(body));
    }

    [Fact]
    public async Task PayOverTime_SaysTheChangeSinceMay2021_FromTheWorkbooks()
    {
        var first = decimal.Parse(OfficialWorkbook.Oews(2021).Cell("11-9111", "A_MEDIAN"), System.Globalization.CultureInfo.InvariantCulture);
        var last = decimal.Parse(OfficialWorkbook.Oews(2025).Cell("11-9111", "A_MEDIAN"), System.Globalization.CultureInfo.InvariantCulture);
        var percent = Math.Round((last - first) / first * 100);
        var (_, body) = await real.GetAsync("/roles/healthcare-administrators-and-executives");

        Assert.Contains($"Median up {percent:0}% since May 2021, before inflation.", QuickFactsBox(body));
        Assert.Contains($"May 2021: {Figures.Dollars(first.ToString(System.Globalization.CultureInfo.InvariantCulture))}", QuickFactsBox(body));
    }

    [Fact]
    public async Task QuickFacts_ShowFixedValuesCertificationsAndOccupationCodes()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");
        var box = QuickFactsBox(body);

        Assert.Contains("Test Clerk Certificate", box);
        Assert.Contains("from Test Clerk Board", box);
        Assert.Contains("<dd>Daily</dd>", box);
        Assert.Contains("<dd>On-site</dd>", box);
        Assert.Contains("SOC 43-4171 Receptionists and Information Clerks; O*NET-SOC 43-4171.00", box);
        Assert.Contains("href=\"/sources\"", box);
    }

    [Fact]
    public async Task RolePage_CarriesTheOnetCreditWordForWord()
    {
        var (_, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Contains("This page includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.", body);
        Assert.Contains("NonClinicalGuide has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.", body);
    }

    [Fact]
    public async Task CertificationNotes_AreShownWithTheCertification()
    {
        var (_, body) = await real.GetAsync("/roles/information-security-analysts");

        Assert.Matches(@"CISSP[^<]*<span class=""text-body-secondary"">from [^<]+</span>\s*<span class=""fact-source certification-note"">Requires", QuickFactsBox(body));
    }

    public static string QuickFactsBox(string body)
    {
        var start = body.IndexOf("aria-labelledby=\"quick-facts\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no quick-facts box");
        var end = body.IndexOf("</section>", start, StringComparison.Ordinal);
        return body[start..end];
    }
}
