using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace NonClinicalGuide.Web.Infrastructure;

// The query parameters a page reads from Request.Query itself (a filter or an answers record parses them),
// declared on its action: [PageQuery("remote", "education", "page")]. Parameters the action binds from the
// query (string? q) are found from its signature and need no attribute. Together they are the page's
// QueryKeys: the only parameters its address keeps, its canonical link names and its render cache varies by.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PageQueryAttribute(params string[] keys) : Attribute
{
    public IReadOnlyList<string> Keys { get; } = keys;
}

// Endpoint metadata on every MVC action: the query keys it uses (often none). Endpoints without it (health
// checks, static files) are not pages.
public sealed record QueryKeys(IReadOnlyList<string> Keys)
{
    // Where the key stands among the page's own (compared as ASP.NET Core reads a query: ignoring case), or -1.
    public int IndexOf(string key)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.Equals(Keys[i], key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

public sealed class QueryKeysConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var declared = action.Attributes.OfType<PageQueryAttribute>().SelectMany(attribute => attribute.Keys);
        foreach (var selector in action.Selectors)
        {
            var routeParameters = RouteParameters(selector.AttributeRouteModel?.Template);
            var bound = action.Parameters
                .Where(parameter => IsBoundFromQuery(parameter) && !routeParameters.Contains(parameter.ParameterName))
                .Select(parameter => parameter.BindingInfo?.BinderModelName ?? parameter.ParameterName);
            selector.EndpointMetadata.Add(new QueryKeys(declared.Concat(bound).Distinct(StringComparer.OrdinalIgnoreCase).ToList()));
        }
    }

    // Simple values with no other source: [FromQuery] ones, and those MVC would look for in route and query.
    private static bool IsBoundFromQuery(ParameterModel parameter) =>
        parameter.BindingInfo?.BindingSource is { } source
            ? source == BindingSource.Query
            : parameter.ParameterType != typeof(CancellationToken)
              && (parameter.ParameterType == typeof(string) || Nullable.GetUnderlyingType(parameter.ParameterType) is not null || parameter.ParameterType.IsPrimitive || parameter.ParameterType.IsEnum);

    private static HashSet<string> RouteParameters(string? template) =>
        template is null
            ? []
            : RoutePatternFactory.Parse(template).Parameters.Select(parameter => parameter.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
