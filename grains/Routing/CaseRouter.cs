using Hub.Cases;
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
    private volatile RouteIndex? index;

    private readonly RouteErrors errors = new(registry, catalogue);

    /// <summary>
    /// Checks the request and resolves the handling node, mode and tasks. Checks in order: matter known, receiving
    /// node known and at a level the matter is receivable at, applicant home known and at least as fine as the
    /// competent level, both nodes within the matter's scope, mode allowed; for 多地联办, the former home likewise. A
    /// receiving node at province level is that province's online hall (网上办事大厅): it takes any matter that may be
    /// handled FullyOnline, in that mode only, for a handling node in its province (any, for a matter of national scope).
    /// </summary>
    public RouteResult Route(RouteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MatterCode is null || !Routes().Routes.TryGetValue(request.MatterCode, out var route))
        {
            return RouteResult.Failure(request.MatterCode is not null && catalogue.TryGetRetirement(request.MatterCode, out var retired)
                ? errors.Retired(retired)
                : RouteErrors.UnknownMatter(request.MatterCode));
        }

        var matter = route.Matter;
        var receiving = request.ReceivingNode;
        if (!registry.Contains(receiving))
        {
            return RouteResult.Failure(RouteErrors.UnknownReceivingNode(receiving), matter);
        }

        var online = IsOnlineHall(receiving);
        if (online ? !matter.Allows(HandlingMode.FullyOnline) : !matter.IsReceivableAt(receiving.Level))
        {
            return RouteResult.Failure(online ? RouteErrors.NotOnline(matter) : RouteErrors.NotReceivable(matter, receiving), matter);
        }

        if (ResolveHandling(matter, request.ApplicantHome, "applicant.home", out var handling) is { } homeError)
        {
            return RouteResult.Failure(homeError, matter);
        }

        if (!IsInScope(route, receiving, handling))
        {
            return RouteResult.Failure(errors.OutOfScope(matter, route.Alliance, receiving, handling), matter);
        }

        var mode = request.Mode ?? (online ? HandlingMode.FullyOnline : route.DefaultMode);
        if (online && mode != HandlingMode.FullyOnline)
        {
            return RouteResult.Failure(RouteErrors.OnlineHallMode(mode), matter);
        }

        if (!matter.Allows(mode))
        {
            return RouteResult.Failure(RouteErrors.ModeNotAllowed(matter, mode), matter);
        }

        if (mode != HandlingMode.JointHandling)
        {
            return request.FormerHome is null
                ? RouteResult.Success(matter, handling, mode, route.TasksFor(mode))
                : RouteResult.Failure(RouteErrors.FormerHomeNotJoint(matter, mode), matter);
        }

        if (request.FormerHome is not { } formerHome)
        {
            return RouteResult.Failure(RouteErrors.FormerHomeMissing(matter), matter);
        }

        if (ResolveHandling(matter, formerHome, "applicant.formerHome", out var former) is { } formerError)
        {
            return RouteResult.Failure(formerError, matter);
        }

        if (former == handling)
        {
            return RouteResult.Failure(errors.SameRegion(matter, handling), matter);
        }

        return IsInScope(route, receiving, former)
            ? RouteResult.Success(matter, handling, mode, route.JointTasksAt(handling, former))
            : RouteResult.Failure(errors.OutOfScope(matter, route.Alliance, receiving, former), matter);
    }

    /// <summary>Whether a window at <paramref name="node"/> is an online hall: a province's, bound to the province's code.</summary>
    public static bool IsOnlineHall(DivisionCode node) => node.Level == DivisionLevel.Province;

    // The node at the matter's competent level above a home division, or why there is none.
    private RouteError? ResolveHandling(Matter matter, DivisionCode home, string field, out DivisionCode handling)
    {
        handling = default;
        if (!registry.Contains(home))
        {
            return RouteErrors.UnknownHome(home, field);
        }

        if (home.Level < matter.CompetentLevel)
        {
            return errors.HomeTooCoarse(matter, home, field);
        }

        handling = home.AncestorAt(matter.CompetentLevel);
        return registry.Contains(handling) ? null : errors.NoHandlingNode(matter, home, field);
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

        var index = Routes();
        foreach (var matter in index.Matters)
        {
            var route = index.Routes[matter.Code];
            var handling = home.AncestorAt(matter.CompetentLevel);
            if ((IsOnlineHall(node) ? matter.Allows(HandlingMode.FullyOnline) : matter.IsReceivableAt(node.Level))
                && home.Level >= matter.CompetentLevel
                && registry.Contains(handling)
                && IsInScope(route, node, handling))
            {
                matters.Add(matter);
            }
        }

        return matters;
    }

    // The routes of the catalogue in force: built again when a change set is put in force or a day begins.
    private RouteIndex Routes()
    {
        var view = catalogue.Current;
        var current = index;
        if (current is null || !ReferenceEquals(current.View, view))
        {
            var routes = new Dictionary<string, MatterRoute>(view.Matters.Count, StringComparer.Ordinal);
            foreach (var matter in view.Matters)
            {
                var alliance = matter.Alliance is { } name && catalogue.TryGetAlliance(name, out var found) ? found : null;
                routes.Add(matter.Code, new MatterRoute(matter, alliance));
            }

            current = new RouteIndex(view, view.Matters, routes);
            index = current;
        }

        return current;
    }

    private sealed record RouteIndex(CatalogueView View, IReadOnlyList<Matter> Matters, Dictionary<string, MatterRoute> Routes);

    // An online hall serves its province: in scope for a matter of national scope anywhere, otherwise for a handling node
    // in its province (and, for an alliance's matter, in the alliance).
    private static bool IsInScope(MatterRoute route, DivisionCode receiving, DivisionCode handling) => IsOnlineHall(receiving)
        ? route.Matter.Scope == MatterScope.National
            || (Same(receiving, handling, DivisionLevel.Province) && (route.Matter.Scope != MatterScope.Alliance || route.Alliance?.Includes(handling) == true))
        : route.Matter.Scope switch
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
