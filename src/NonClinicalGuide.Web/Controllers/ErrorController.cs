using Microsoft.AspNetCore.Mvc;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

// Friendly pages for status codes. They never show exception details, whatever the environment.
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show(int code)
    {
        // Callers of the JSON API get problem details, never an HTML page.
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path;
        if (original?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            var status = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
            return Problem(statusCode: status, title: status == 404 ? "Not found" : "The request could not be answered");
        }

        var page = code switch
        {
            404 => new ErrorPage(404, "Page not found", "We could not find that page. It may have moved, or the address may have a typo."),
            405 => new ErrorPage(405, "Not allowed", "This page can only be read, not sent to."),
            429 => new ErrorPage(429, "Too many requests", "You have made a lot of requests in a short time. Please wait a moment and try again."),
            503 => new ErrorPage(503, "Busy right now", "The site is answering a lot of requests that need working out. Please try again in a moment."),
            < 400 => new ErrorPage(404, "Page not found", "We could not find that page. It may have moved, or the address may have a typo."),
            < 500 => new ErrorPage(code, "Something is wrong with that request", "The address or the request could not be understood."),
            _ => new ErrorPage(500, "Something went wrong on our side", "Sorry, the page could not be shown. Please try again in a moment."),
        };
        Response.StatusCode = page.StatusCode;
        return View("Error", page);
    }
}
