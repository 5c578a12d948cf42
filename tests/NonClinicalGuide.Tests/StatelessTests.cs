using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NonClinicalGuide.Tests;

// The site keeps no state and takes no posts, so it must not set up data protection (a key ring written
// under the home folder, ~8 MB of XML and OpenSSL code) for antiforgery tokens and TempData it never uses.
public class StatelessTests(TestSite site)
{
    [Fact]
    public async Task PagesWithForms_Render_WithoutAnyoneAskingForAKey()
    {
        var (response, body) = await site.GetAsync("/roles/alpha-clerk");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form action=\"/roles/compare\" method=\"get\"", body);
        Assert.DoesNotContain("__RequestVerificationToken", body);
        Assert.DoesNotContain(site.Services.GetServices<IHostedService>(), service => service.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AFormThatPosts_WouldBeToldThereAreNoTokens_NotGivenOneThatProtectsNothing()
    {
        var antiforgery = site.Services.GetRequiredService<IAntiforgery>();

        var problem = Assert.Throws<InvalidOperationException>(() => antiforgery.GetAndStoreTokens(new DefaultHttpContext()));
        Assert.Contains("no forms that post", problem.Message, StringComparison.Ordinal);
    }
}
