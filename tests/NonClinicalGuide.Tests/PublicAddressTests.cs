using System.Diagnostics;

namespace NonClinicalGuide.Tests;

// Every absolute URL the site writes comes from Site:PublicUrl, never from the request: outside
// Development the site does not start without it, requests for another host are refused, and a forwarded
// scheme can only be http or https.
public class PublicAddressTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/api/roles")]
    public async Task ARequestForAnotherHost_IsRefused(string path)
    {
        var response = await site.SendRawAsync("GET", path, TestContext.Current.CancellationToken, "Host: evil.example");

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain("evil.example", response.Body);
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("ftp")]
    public async Task AForwardedSchemeOtherThanHttpOrHttps_IsRefused(string scheme)
    {
        var response = await site.SendRawAsync("GET", "/faq", TestContext.Current.CancellationToken, $"X-Forwarded-Proto: {scheme}", "X-Forwarded-For: 203.0.113.9");

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain(scheme + "://", response.Body);
    }

    [Theory]
    [InlineData("https")]
    [InlineData("HTTPS")]
    [InlineData("http")]
    public async Task AForwardedHttpOrHttpsScheme_IsAccepted(string scheme)
    {
        var response = await site.SendRawAsync("GET", "/faq", TestContext.Current.CancellationToken, $"X-Forwarded-Proto: {scheme}", "X-Forwarded-For: 203.0.113.9");

        Assert.Equal(200, response.Status);
    }

    // With host filtering switched off by the operator (AllowedHosts=*), the forged host still reaches no URL.
    [Theory]
    [InlineData("/faq")]
    [InlineData("/roles/alpha-clerk")]
    [InlineData("/roles/alpha-clerk/print")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/api/roles")]
    [InlineData("/api/roles/alpha-clerk")]
    public async Task EveryAbsoluteUrl_ComesFromThePublicAddress_WhateverTheHostHeader(string path)
    {
        await using var open = KestrelSite.With(new Dictionary<string, string> { ["AllowedHosts"] = "*" });

        var response = await open.SendRawAsync("GET", path, TestContext.Current.CancellationToken, "Host: evil.example");

        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("evil.example", response.Body);
        Assert.Contains(SiteFactory.PublicUrl + "/", response.Body);
    }

    [Fact]
    public async Task Production_WithoutAPublicAddress_RefusesToStart_AndSaysWhatToSet()
    {
        var (exitCode, output) = await StartAsync("Production");

        Assert.Equal(1, exitCode);
        Assert.Contains("Site:PublicUrl is not set", output);
        Assert.Contains("--Site:PublicUrl=https://", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task AMalformedPublicAddress_IsRefused_InEveryEnvironment()
    {
        var (exitCode, output) = await StartAsync("Development", "--Site:PublicUrl=javascript://example.org/x");

        Assert.Equal(1, exitCode);
        Assert.Contains("is not a site address", output);
    }

    [Fact]
    public async Task Development_WithoutAPublicAddress_UsesTheRequestsOwnAddress()
    {
        await using var development = new SiteFactory(TestPaths.TestContent) { Environment = "Development", Settings = { ["Site:PublicUrl"] = "" } };
        using var client = development.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://dev.example:8080") });

        var body = await client.GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);

        Assert.Contains("Sitemap: http://dev.example:8080/sitemap.xml", body);
    }

    // The built app as a deployment starts it; a start that does not end by itself within the deadline is
    // stopped, and counts as a start.
    private static async Task<(int ExitCode, string Output)> StartAsync(string environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NonClinicalGuide.Web.dll"));
        foreach (var arg in (string[])["--urls", "http://127.0.0.1:0", $"--Catalogue:ContentPath={TestPaths.TestContent}",
            $"--Catalogue:OfficialDataPath={TestPaths.RealData}", $"--Catalogue:DataDirectory={TestPaths.NewTempDirectory("start")}", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment.Remove("Site__PublicUrl");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (-1, await output + await error);
        }

        return (process.ExitCode, await output + await error);
    }
}
