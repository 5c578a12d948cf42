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
    public async Task Role_GivesTheSameFactsAsThePage_WithPeriodsAndSources()
    {
        var (_, body) = await site.GetAsync("/api/roles/alpha-clerk");
        var role = JsonDocument.Parse(body).RootElement;
        var pay = role.GetProperty("medianPay");

        Assert.Equal(41230, pay.GetProperty("value").GetInt32());
        Assert.Equal("May 2024", pay.GetProperty("period").GetString());
        Assert.Equal("Test Handbook", pay.GetProperty("source").GetString());
        Assert.Equal(-3, role.GetProperty("projectedGrowth").GetProperty("value").GetInt32());
        Assert.Equal("2024–34", role.GetProperty("projectedGrowth").GetProperty("period").GetString());
        Assert.Equal("medical-assistant", role.GetProperty("fromClinical")[0].GetProperty("from").GetString());
        Assert.Equal("beta-analyst", role.GetProperty("related")[0].GetString());
    }

    [Fact]
    public async Task RoleWithoutFigures_HasNullFigures_NotZeros()
    {
        var (_, body) = await site.GetAsync("/api/roles/beta-analyst");
        var role = JsonDocument.Parse(body).RootElement;

        Assert.Equal(JsonValueKind.Null, role.GetProperty("medianPay").ValueKind);
        Assert.Equal("parent", role.GetProperty("occupation").GetProperty("match").GetString());
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
    }
}
