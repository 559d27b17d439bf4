using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Routing;

/// <summary>
/// Routes a window's request to its handling node as a pure function over the registry and the catalogue:
/// no grain hop, no I/O, and no allocation for a request that routes.
/// </summary>
public sealed class CaseRouter(NodeRegistry registry, MatterCatalogue catalogue)
{
    private readonly Dictionary<string, MatterRoute> routes = Index(catalogue);

    private readonly RouteErrors errors = new(registry);

    /// <summary>
    /// Checks the request and resolves the handling node, mode and tasks. Checks in order: matter known, receiving
    /// node known and at a level the matter is receivable at, applicant home known and at least as fine as the
    /// competent level, both nodes within the matter's scope, mode allowed.
    /// </summary>
    public RouteResult Route(RouteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MatterCode is null || !routes.TryGetValue(request.MatterCode, out var route))
        {
            return RouteResult.Failure(RouteErrors.UnknownMatter(request.MatterCode));
        }

        var matter = route.Matter;
        var receiving = request.ReceivingNode;
        if (!registry.Contains(receiving))
        {
            return RouteResult.Failure(RouteErrors.UnknownReceivingNode(receiving), matter);
        }

        if (!matter.IsReceivableAt(receiving.Level))
        {
            return RouteResult.Failure(RouteErrors.NotReceivable(matter, receiving), matter);
        }

        var home = request.ApplicantHome;
        if (!registry.Contains(home))
        {
            return RouteResult.Failure(RouteErrors.UnknownHome(home), matter);
        }

        if (home.Level < matter.CompetentLevel)
        {
            return RouteResult.Failure(errors.HomeTooCoarse(matter, home), matter);
        }

        var handling = home.AncestorAt(matter.CompetentLevel);
        if (!registry.Contains(handling))
        {
            return RouteResult.Failure(errors.NoHandlingNode(matter, home), matter);
        }

        if (!IsInScope(route, receiving, handling))
        {
            return RouteResult.Failure(errors.OutOfScope(matter, route.Alliance, receiving, handling), matter);
        }

        var mode = request.Mode ?? route.DefaultMode;
        return matter.Allows(mode)
            ? RouteResult.Success(matter, handling, mode, route.TasksFor(mode))
            : RouteResult.Failure(RouteErrors.ModeNotAllowed(matter, mode), matter);
    }

    /// <summary>
    /// The matters a window at <paramref name="node"/> may take for an applicant from <paramref name="home"/>:
    /// receivable at the node's level and in scope for the handling node resolved from the home, in catalogue order.
    /// Empty when either code is not in the registry; a home coarser than a matter's competent level leaves that matter out.
    /// </summary>
    public IReadOnlyList<Matter> MattersFor(DivisionCode node, DivisionCode home)
    {
        var matters = new List<Matter>();
        if (!registry.Contains(node) || !registry.Contains(home))
        {
            return matters;
        }

        foreach (var matter in catalogue.All)
        {
            var route = routes[matter.Code];
            var handling = home.AncestorAt(matter.CompetentLevel);
            if (matter.IsReceivableAt(node.Level)
                && home.Level >= matter.CompetentLevel
                && registry.Contains(handling)
                && IsInScope(route, node, handling))
            {
                matters.Add(matter);
            }
        }

        return matters;
    }

    private static Dictionary<string, MatterRoute> Index(MatterCatalogue catalogue)
    {
        var routes = new Dictionary<string, MatterRoute>(catalogue.All.Count, StringComparer.Ordinal);
        foreach (var matter in catalogue.All)
        {
            var alliance = matter.Alliance is { } name && catalogue.TryGetAlliance(name, out var found) ? found : null;
            routes.Add(matter.Code, new MatterRoute(matter, alliance));
        }

        return routes;
    }

    private static bool IsInScope(MatterRoute route, DivisionCode receiving, DivisionCode handling) => route.Matter.Scope switch
    {
        MatterScope.National => true,
        MatterScope.Alliance => route.Alliance is { } alliance && alliance.Includes(receiving) && alliance.Includes(handling),
        MatterScope.Province => Same(receiving, handling, DivisionLevel.Province),
        MatterScope.City => Same(receiving, handling, DivisionLevel.City),
        _ => Same(receiving, handling, DivisionLevel.County),
    };

    private static bool Same(DivisionCode receiving, DivisionCode handling, DivisionLevel level) =>
        receiving.Level >= level && handling.Level >= level && receiving.AncestorAt(level) == handling.AncestorAt(level);
}
