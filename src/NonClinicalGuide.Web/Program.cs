using System.Text.Encodings.Web;
using System.Text.Unicode;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Content;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Seo;
using NonClinicalGuide.Web.Build;
using NonClinicalGuide.Web.Health;

if (ValidateCommand.IsRequested(args))
{
    return ValidateCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out, DateOnly.FromDateTime(DateTime.UtcNow));
}

if (PagesCommand.IsRequested(args))
{
    return PagesCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

if (ImportDataCommand.IsRequested(args))
{
    return ImportDataCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

if (ShipCatalogueCommand.IsRequested(args))
{
    return ShipCatalogueCommand.Run(args, Directory.GetCurrentDirectory(), Console.Out);
}

ContentParsersWarmUp.Start();
var builder = WebApplication.CreateBuilder(args);
if (PublicAddress.Problem(builder.Configuration, builder.Environment) is { } addressProblem)
{
    Console.Error.WriteLine(addressProblem);
    return 1;
}

builder.StartPreparingCatalogue();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddControllersWithViews(mvc =>
{
    mvc.Conventions.Add(new GetAlsoAnswersHead());
    mvc.Conventions.Add(new QueryKeysConvention());
});
builder.Services.WithoutSessionState();
builder.Services.AddProblemDetails();
// Pages are English with dashes, minus signs and curly quotes: emit them as UTF-8, not as &#x…; escapes.
builder.Services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddCatalogue(builder.Configuration);
builder.Services.AddCatalogueBuild();
builder.Services.AddCatalogueHealth();
builder.Services.AddSiteRateLimits(builder.Configuration);
builder.Services.AddProxyHeaders(builder.Configuration);
builder.Services.AddPageCaching(builder.Configuration);
builder.Services.AddWarmUp();
builder.Services.AddPublicAddress(builder.Configuration);

var app = builder.Build();
if (!app.TryBuildCatalogue())
{
    return 1;
}

app.Services.StartPreparingCatalogueModel();

app.UseProxyHeaders();
app.UseDiagnosticHeaders();
app.UseSiteSecurityHeaders();
app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseMiddleware<CanonicalAddresses>();
app.UsePageCaching();
// After the render cache, so only pages that are really rendered count against the limits.
app.UseRateLimiter();
app.UseMiddleware<CatalogueRecovery>();
app.MapStaticAssets();
app.MapCatalogueHealth();
app.MapControllers().WithStaticAssets();

app.Run();
return 0;

// Lets the functional tests start the real app with WebApplicationFactory<Program>.
public partial class Program;
