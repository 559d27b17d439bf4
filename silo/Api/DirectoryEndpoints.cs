using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Nodes;
using Hub.Registry;
using Hub.Routing;
using Hub.Windows;

namespace Hub.Api;

/// <summary>The window API for matters and nodes.</summary>
public static class DirectoryEndpoints
{
    public static RouteGroupBuilder MapDirectoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/matters", Matters).WithTags("Matters")
            .WithSummary("The matters a node may take for an applicant registered in a division.");
        api.MapGet("/windows/me", Me).WithTags("Windows")
            .WithSummary("The window this credential belongs to and its node: a window's check that its key works, and the hub's cheapest authenticated call.");
        var nodes = api.MapGroup("/nodes").WithTags("Nodes");
        nodes.MapGet("/{code}", Node).WithSummary("A node's profile, its open cases to handle, and this month's figures from the statistics (the node with the nodes below it).");
        nodes.MapGet("/{code}/inbox", Inbox).WithSummary("A node's open cases to handle (its own windows only).");
        return api;
    }

    private static IResult Me(HttpContext http, NodeRegistry registry)
    {
        var window = http.Window();
        return Results.Ok(new WindowResponse(window.Id, window.Name, window.Node, registry.NameOf(window.Node)));
    }

    private static IResult Matters(string? node, string? home, HttpContext http, CaseRouter router, NodeRegistry registry)
    {
        var errors = new InputErrors();
        var at = http.Window().Node;
        if (node is not null && !DivisionCode.TryParse(node, out at, out var nodeError))
        {
            errors.Add("node", nodeError);
        }

        var from = default(DivisionCode);
        if (home is null)
        {
            errors.Add("home", "Required: the applicant's registered division (6, 9 or 12 digits), e.g. home=430102.");
        }
        else if (!DivisionCode.TryParse(home, out from, out var homeError))
        {
            errors.Add("home", homeError);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!registry.Contains(at))
        {
            return InputErrors.Single("node", $"{at} is not a service node.", StatusCodes.Status404NotFound);
        }

        return Results.Ok(router.MattersFor(at, from).Select(m => MatterResponse.From(m, from)).ToArray());
    }

    private static async Task<IResult> Node(string code, IGrainFactory grains, NodeRegistry registry, Statistics.StatisticsReader statistics, HubClock clock)
    {
        if (!TryFind(code, registry, out var node, out var problem))
        {
            return problem;
        }

        var month = Statistics.StatisticsWindow.ThisMonth(clock.GetUtcNow());
        var open = grains.Node(node.ToString()).OpenCount();
        var generation = await statistics.GenerationAsync();
        var byLine = await statistics.ReadAsync(generation, node.ToString(), month.From, month.To);
        var parent = node.Level == DivisionLevel.Province ? null : NodeRef.From(node.Parent, registry);
        return Results.Ok(new NodeResponse(
            NodeRef.From(node, registry), parent, registry.ChildrenOf(node).Count, await open,
            new NodeMonthResponse(month.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), month.To,
                Statistics.FiguresResponse.From(byLine.GetValueOrDefault(Statistics.StatisticsEntry.AllLines, Statistics.StatisticsCounts.Zero)))));
    }

    private static async Task<IResult> Inbox(string code, HttpContext http, IGrainFactory grains, NodeRegistry registry)
    {
        if (!TryFind(code, registry, out var node, out var problem))
        {
            return problem;
        }

        var window = http.Window();
        if (window.Node != node || Routing.CaseRouter.IsOnlineHall(node))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "A window reads only its own node's inbox",
                detail: $"Window {window.Id} serves {window.Node}, not {node}.");
        }

        return Results.Ok(await grains.Node(node.ToString()).GetInbox());
    }

    private static bool TryFind(string code, NodeRegistry registry, out DivisionCode node, out IResult problem)
    {
        problem = null!;
        if (!DivisionCode.TryParse(code, out node, out var error))
        {
            problem = InputErrors.Single("code", error);
            return false;
        }

        if (!registry.Contains(node))
        {
            problem = Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such service node", detail: $"code: {node} is not in the division registry.");
            return false;
        }

        return true;
    }
}

/// <summary>A node's profile: its open cases to handle (its inbox) and this month's figures.</summary>
public sealed record NodeResponse(NodeRef Node, NodeRef? Parent, int Children, int Open, NodeMonthResponse ThisMonth);

/// <summary>
/// A node's figures from the first of this month (China's date) to today, all department lines, the node with the nodes
/// below it, as <c>GET /api/nodes/{code}/statistics</c> counts them.
/// </summary>
public sealed record NodeMonthResponse(string Month, DateOnly To, Statistics.FiguresResponse Figures);

/// <summary>
/// A matter as a window sees it when choosing what to submit: with a 一件事 bundle's stages (the department lines of each,
/// in any mode) and, for JointHandling, the tasks at the applicant's Home region and at the Former one.
/// </summary>
public sealed record MatterResponse(
    string Code, string Name, string Department, DivisionLevel CompetentLevel, MatterScope Scope,
    IReadOnlyCollection<Cases.HandlingMode> Modes, int CommittedDays, int StatutoryDays, decimal Fee,
    IReadOnlyList<MaterialSpec> Materials, string HandlingNode, IReadOnlyList<IReadOnlyList<string>> Stages, IReadOnlyList<JointTask> JointTasks,
    int Version, DateOnly? EffectiveFrom)
{
    public static MatterResponse From(Matter m, DivisionCode home) => new(
        m.Code, m.Name, m.Department, m.CompetentLevel, m.Scope, m.Modes, m.CommittedDays, m.StatutoryDays, m.Fee,
        m.Materials, home.AncestorAt(m.CompetentLevel).ToString(), m.Stages, m.JointTasks ?? [],
        m.Version, m.EffectiveFrom == default ? null : m.EffectiveFrom);
}
