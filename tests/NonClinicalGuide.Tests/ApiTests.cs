using System.Net;
using System.Text.Json;

namespace NonClinicalGuide.Tests;

public class ApiTests(TestSite site)
{
    [Fact]
    public async Task Roles_ListsEveryRole_WithItsPageAddress()
    {
        var (response, body) = await site.GetAsync("/api/roles");
        var roles = JsonDocument.Parse(body).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, roles.GetArrayLength());
        Assert.Equal("http://localhost/roles/alpha-clerk", roles[0].GetProperty("url").GetString());
        Assert.Equal("daily", roles[0].GetProperty("patientContact").GetString());
        Assert.True(response.Headers.CacheControl?.Public, "open data can be cached by anyone");
    }

    [Fact]
    public async Task Role_GivesTheSameFactsAsThePage_WithReleasesAndSources()
    {
        var oews = OfficialWorkbook.Oews(2025);
        var (_, body) = await site.GetAsync("/api/roles/alpha-clerk");
        var role = JsonDocument.Parse(body).RootElement;
        var pay = role.GetProperty("medianPay");

        Assert.Equal(decimal.Parse(oews.Cell("43-4171", "A_MEDIAN"), System.Globalization.CultureInfo.InvariantCulture), pay.GetProperty("value").GetDecimal());
        Assert.Equal("May 2025", pay.GetProperty("period").GetString());
        Assert.Equal("BLS Occupational Employment and Wage Statistics, May 2025", pay.GetProperty("source").GetString());
        Assert.Equal("https://www.bls.gov/oes/2025/may/oes434171.htm", pay.GetProperty("sourceUrl").GetString());
        Assert.Equal("2024–34", role.GetProperty("projectedGrowth").GetProperty("period").GetString());
        var occupation = role.GetProperty("occupations")[0];
        Assert.Equal("43-4171", occupation.GetProperty("soc").GetString());
        Assert.Equal("Receptionists and Information Clerks", occupation.GetProperty("title").GetString());
        Assert.Equal(decimal.Parse(oews.Cell("43-4171", "A_PCT10"), System.Globalization.CultureInfo.InvariantCulture), occupation.GetProperty("annualPay").GetProperty("p10").GetProperty("value").GetDecimal());
        Assert.Equal(decimal.Parse(oews.Cell("43-4171", "H_PCT90"), System.Globalization.CultureInfo.InvariantCulture), occupation.GetProperty("hourlyPay").GetProperty("p90").GetProperty("value").GetDecimal());
        Assert.Equal("openings a year, on average", occupation.GetProperty("annualOpenings").GetProperty("unit").GetString());
        Assert.Equal(6, occupation.GetProperty("medianPayHistory").GetArrayLength());
        Assert.Contains("O*NET 29.3 Database", role.GetProperty("credit").GetString());
        Assert.Equal("medical-assistant", role.GetProperty("fromClinical")[0].GetProperty("from").GetString());
        Assert.Equal("beta-analyst", role.GetProperty("related")[0].GetString());
    }

    [Fact]
    public async Task RoleOfAWiderOccupation_SaysHowItRelates()
    {
        var (_, body) = await site.GetAsync("/api/roles/beta-analyst");
        var occupation = JsonDocument.Parse(body).RootElement.GetProperty("occupations")[0];

        Assert.Equal("part-of", occupation.GetProperty("relation").GetString());
        Assert.Equal("15-1211.01", occupation.GetProperty("onetSoc").GetString());
        Assert.Equal("Health Informatics Specialists", occupation.GetProperty("onetTitle").GetString());
    }

    [Fact]
    public async Task Categories_CountTheirRoles()
    {
        var (_, body) = await site.GetAsync("/api/categories");
        var categories = JsonDocument.Parse(body).RootElement;

        Assert.Equal("office-work", categories[0].GetProperty("slug").GetString());
        Assert.Equal(1, categories[0].GetProperty("roles").GetInt32());
        Assert.Equal(2, categories[1].GetProperty("roles").GetInt32());
    }

    [Theory]
    [InlineData("/api/roles/nobody")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_Is404ProblemDetails(string path)
    {
        var (response, body) = await site.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        // A 404 kept by a CDN would hide a role published a minute later.
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }
}
