using NonClinicalGuide.Web.Catalogue;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddControllersWithViews();
builder.Services.AddCatalogue(builder.Configuration);

var app = builder.Build();

if (!app.TryBuildCatalogue())
{
    return 1;
}

app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.MapStaticAssets();
app.MapControllers();

app.Run();
return 0;
