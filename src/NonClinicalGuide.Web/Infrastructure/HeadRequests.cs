using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace NonClinicalGuide.Web.Infrastructure;

// Every page that answers GET also answers HEAD (link checkers, CDNs and uptime monitors use it);
// the server sends the headers and drops the body.
public sealed class GetAlsoAnswersHead : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            var methods = selector.EndpointMetadata.OfType<HttpMethodMetadata>().FirstOrDefault();
            if (methods is null || !methods.HttpMethods.Contains(HttpMethods.Get) || methods.HttpMethods.Contains(HttpMethods.Head))
            {
                continue;
            }

            string[] withHead = [.. methods.HttpMethods, HttpMethods.Head];
            selector.EndpointMetadata.Remove(methods);
            selector.EndpointMetadata.Add(new HttpMethodMetadata(withHead));
            var constraint = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault();
            if (constraint is not null)
            {
                selector.ActionConstraints.Remove(constraint);
                selector.ActionConstraints.Add(new HttpMethodActionConstraint(withHead));
            }
        }
    }
}
