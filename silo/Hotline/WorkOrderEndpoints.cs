using Hub.Hotline;

namespace Hub.Ops;

/// <summary>The operator's view of 12345 work orders: the routing table, and one order with its route, limit, notices and steps.</summary>
public static class WorkOrderEndpoints
{
    public static RouteGroupBuilder MapWorkOrders(this RouteGroupBuilder ops)
    {
        ops.MapGet("/hotline/categories", (HotlineRouting routing) => Results.Ok(new
            {
                categories = routing.Categories.Select(c => new { c.Code, c.Name, c.Department, level = c.Level.ToString() }),
            }))
            .WithTags("12345 work orders")
            .WithSummary("The routing table of 12345 work orders: each category's department line and the level whose node is competent.");
        ops.MapGet("/work-orders/{id}", async (string id, IGrainFactory grains) =>
                await grains.GetGrain<IWorkOrderGrain>(id.Trim()).Get() is { } order
                    ? Results.Ok(WorkOrderResponse.From(order))
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such work order",
                        detail: $"No 12345 order {id} was received on hotline.orders; an order that could not be read or routed is among the dead letters (GET /ops/dead-letters)."))
            .WithTags("12345 work orders")
            .WithSummary("A 12345 work order: where it was routed, its limit, status, reply, satisfaction, notices and steps.");
        return ops;
    }
}

/// <summary>A work order as the operator reads it; <c>round</c> is 2 and on once a dissatisfied caller sent it back (重办).</summary>
public sealed record WorkOrderResponse(
    string OrderId,
    string Kind,
    bool Urgent,
    string Caller,
    string Division,
    string Category,
    string CategoryName,
    string Text,
    string? CaseId,
    DateTimeOffset ReceivedAt,
    string Node,
    string NodeName,
    string Department,
    DateOnly Deadline,
    bool Provisional,
    string Status,
    string? Reply,
    string? Satisfaction,
    IReadOnlyList<WorkOrderNoticeResponse> Notices,
    IReadOnlyList<WorkOrderStep> Steps,
    int Round)
{
    public static WorkOrderResponse From(WorkOrderView view) => new(
        view.Order.OrderId, view.Order.Kind.ToString(), view.Order.Urgent, view.Order.CallerMasked, view.Order.Division.ToString(), view.Order.Category,
        view.CategoryName, view.Order.Text, view.Order.CaseId?.Value, view.Order.ReceivedAt, view.Node.ToString(), view.NodeName, view.Department,
        view.Deadline, view.Provisional, view.Status.ToString(), view.Reply?.Text, view.Feedback?.Satisfaction.ToString(),
        [.. view.Notices.Select(n => new WorkOrderNoticeResponse(n.Kind.ToString(), n.At, n.Detail, n.Round))], view.Steps, view.Round);
}

/// <summary>A reminder or card of a work order.</summary>
public sealed record WorkOrderNoticeResponse(string Kind, DateTimeOffset At, string Detail, int Round);
