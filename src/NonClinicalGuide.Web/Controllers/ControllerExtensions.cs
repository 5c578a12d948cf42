using Microsoft.AspNetCore.Mvc;
using NonClinicalGuide.Web.Models;

namespace NonClinicalGuide.Web.Controllers;

public static class ControllerExtensions
{
    // A request we understood but cannot answer: say what was wrong, in the site's own page.
    public static IActionResult BadRequestPage(this Controller controller, string title, string message)
    {
        var result = controller.View("Error", new ErrorPage(StatusCodes.Status400BadRequest, title, message));
        result.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }

    // The same answers spelt another way (a default written out, an empty field, another order, the roles
    // as separate parameters) are sent to the page's one address before any work is done, so the canonical
    // link, the render cache and shared links all name one URL. (Paths and unknown parameters were already
    // redirected by Infrastructure/CanonicalAddresses.) Null when the request is at that address.
    public static IActionResult? RedirectUnlessAt(this Controller controller, string canonicalPathAndQuery) =>
        controller.Request.Path + controller.Request.QueryString == canonicalPathAndQuery ? null : controller.RedirectPermanent(canonicalPathAndQuery);
}
