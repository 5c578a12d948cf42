using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Catalogue;

namespace NonClinicalGuide.Web.Health;

// A request that fails on the catalogue has the file checked; if the file itself is gone or damaged it is
// repaired, and the request is answered from the new file instead of failing.
public sealed class CatalogueRecovery(RequestDelegate next, CurrentCatalogue current, CatalogueRepair repair, IServiceScopeFactory scopes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var snapshot = current.Snapshot;
        try
        {
            await next(context);
        }
        catch (SqliteException exception) when (!context.Response.HasStarted && snapshot is not null && !CatalogueRepair.IsReadable(snapshot))
        {
            if (!await repair.RepairAsync(snapshot, exception))
            {
                throw;
            }

            // Answer again in a fresh scope, so the request opens the new catalogue. The scope lives until the
            // response is done, because an error page may re-run the pipeline with it after this returns.
            context.Response.Clear();
            var scope = scopes.CreateAsyncScope();
            context.Response.RegisterForDisposeAsync(scope);
            context.RequestServices = scope.ServiceProvider;
            await next(context);
        }
    }
}
