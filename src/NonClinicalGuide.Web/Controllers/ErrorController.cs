using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Controllers.Queries;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

// Friendly pages for status codes. They never show exception details, whatever the environment.
[ApiExplorerSettings(IgnoreApi = true)]
public sealed partial class ErrorController(CurrentCatalogue current, ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{code:int}")]
    public async Task<IActionResult> Show(int code, CancellationToken cancellationToken)
    {
        // Callers of the JSON API get problem details, never an HTML page.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            var status = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
            return Problem(statusCode: status, title: status == 404 ? "Not found" : "The request could not be answered");
        }

        var page = code switch
        {
            404 or < 400 => new ErrorPage(404, "Page not found", "We could not find that page. It may have moved, or the address may have a typo.",
                await HelpAsync(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath, cancellationToken)),
            405 => new ErrorPage(405, "Not allowed", "This page can only be read, not sent to."),
            429 => new ErrorPage(429, "Too many requests", "You have made a lot of requests in a short time. Please wait a moment and try again."),
            503 => new ErrorPage(503, "Busy right now", "The site is answering a lot of requests that need working out. Please try again in a moment."),
            < 500 => new ErrorPage(code, "Something is wrong with that request", "The address or the request could not be understood."),
            _ => new ErrorPage(500, "Something went wrong on our side", "Sorry, the page could not be shown. Please try again in a moment."),
        };
        Response.StatusCode = page.StatusCode;
        return View("Error", page);
    }

    // The real addresses nearest the one that was missed. A 404 must stay a 404: with no catalogue yet, or
    // one that cannot be read, the page simply offers none (the next page that needs the catalogue repairs it).
    private async Task<NotFoundHelp> HelpAsync(string? missedPath, CancellationToken cancellationToken)
    {
        if (MissedAddress.Read(missedPath) is not { } missed || current.Snapshot is null)
        {
            return NotFoundHelp.None;
        }

        try
        {
            // Asked for here, not in the constructor: every other status page must render without a catalogue.
            var services = HttpContext.RequestServices;
            var book = await AddressBook.OfAsync(services.GetRequiredService<CatalogueDb>(), services.GetRequiredService<CatalogueSnapshot>(), cancellationToken);
            return new NotFoundHelp(true, NearestPages.To(missed.Slug, book.For(missed.Kind)), missed.Words);
        }
        catch (SqliteException exception)
        {
            NoSuggestions(logger, exception);
            return NotFoundHelp.None;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The 404 page could not read the catalogue for suggestions")]
    private static partial void NoSuggestions(ILogger logger, Exception exception);
}
