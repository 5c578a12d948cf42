using Microsoft.Data.Sqlite;

namespace NonClinicalGuide.Web.Catalogue;

// A request that finds the catalogue file unusable has it repaired, then is answered from the new file
// instead of failing.
public sealed class CatalogueRecovery(RequestDelegate next, CurrentCatalogue current, CatalogueRepair repair, IServiceScopeFactory scopes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var snapshot = current.Snapshot;
        try
        {
            await next(context);
        }
        catch (SqliteException exception) when (CatalogueRepair.IsUnusableFile(exception) && !context.Response.HasStarted && snapshot is not null)
        {
            if (!await repair.RepairAsync(snapshot, exception))
            {
                throw;
            }

            // Answer again in a fresh scope, so the request opens the new catalogue.
            context.Response.Clear();
            using var scope = scopes.CreateScope();
            context.RequestServices = scope.ServiceProvider;
            await next(context);
        }
    }
}
