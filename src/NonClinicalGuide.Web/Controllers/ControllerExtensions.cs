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
}
