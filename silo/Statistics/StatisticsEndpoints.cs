using Hub.Api;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;

namespace Hub.Statistics;

/// <summary>
/// A node's statistics for its windows: the node with everything below it, over a window of days. A window sees its
/// own node and the nodes below it; any other node answers 404, as one that does not exist.
/// </summary>
public static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapNodeStatistics(this RouteGroupBuilder api)
    {
        api.MapGet("/nodes/{code}/statistics", NodeStatistics).WithTags("Nodes")
            .WithSummary("A node's statistics with the nodes below it, from 'from' to 'to' (yyyy-MM-dd, both included; default this month): its own node and the nodes below it only.");
        return api;
    }

    private static async Task<IResult> NodeStatistics(string code, string? from, string? to, [AsParameters] StatisticsServices services)
    {
        if (!DivisionCode.TryParse(code, out var node, out var error))
        {
            return InputErrors.Single("code", error);
        }

        if (!services.Registry.Contains(node) || !node.IsWithin(services.Http.Window().Node))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such service node",
                detail: $"code: {node} is not a node this window may read: its own node or one below it.");
        }

        var errors = new InputErrors();
        if (StatisticsWindow.Parse(from, to, services.Time.GetUtcNow(), errors) is not { } window)
        {
            return errors.ToProblem();
        }

        var generation = await services.Reader.GenerationAsync();
        var byLine = await services.Reader.ReadAsync(generation, node.ToString(), window.From, window.To);
        return Results.Ok(StatisticsResponses.Of(NodeRef.From(node, services.Registry), window, generation, byLine));
    }
}

/// <summary>What the statistics endpoints need.</summary>
public sealed record StatisticsServices(HttpContext Http, StatisticsReader Reader, NodeRegistry Registry, HubClock Time);
