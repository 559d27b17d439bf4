using Hub.Access;
using Hub.Api;
using Hub.Calendars;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Ops;

/// <summary>
/// The supervision view (电子监察): a node's open cards — of cases, and of 12345 work orders waiting for their reply —
/// with the case or order, the deadline and the working days overdue, and the rectifications it owes after bad ratings.
/// </summary>
public static class SupervisionEndpoints
{
    private static readonly string[] Colours = ["yellow", "red"];
    private static readonly string[] Statuses = ["open", "rectified", "closed", "all"];

    public static IEndpointRouteBuilder MapSupervision(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops").WithTags("Operations").RequireAuthorization(HubClaims.OperatorRole);
        ops.MapGet("/supervision", Cards)
            .WithSummary("A node's open supervision cards (yellow: committed deadline or a rectification's follow-up overdue; red: statutory deadline or the rectification overdue; for a 12345 work order, its limit passed unanswered and then RedCardAfterDays more), with the case or work order, the deadline and the working days overdue; filter by department and colour.");
        ops.MapGet("/rectifications", Rectifications)
            .WithSummary("The rectifications a node owes after bad ratings (status open, rectified, closed or all; default open), with their due dates and what was recorded.");
        return app;
    }

    private static async Task<IResult> Cards(string? node, string? department, string? colour, IGrainFactory grains, HolidayCalendar calendar, HubClock time)
    {
        var errors = new InputErrors();
        var code = Node(node, errors);
        if (colour is not null && !Colours.Contains(colour))
        {
            errors.Add("colour", "Say yellow or red, or leave it out for both.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var board = await grains.GetGrain<ISupervisionBoardGrain>(code.ToString()).Read();
        var today = WorkingDays.ChinaDate(time.GetUtcNow());
        var working = calendar.Current;
        var cases = board.Open
            .SelectMany(e => e.OpenCards.Select(c => (Entry: e, Card: c)))
            .Where(x => (department is null || x.Card.Department == department) && (colour is null || x.Card.Colour == colour))
            .Select(x => (Red: x.Card.Colour == "red", x.Card.Deadline, Card: (object)new
            {
                subject = "case",
                caseId = x.Entry.CaseId.Value,
                matter = new { code = x.Entry.MatterCode, name = x.Entry.MatterName },
                colour = x.Card.Colour,
                reason = x.Card.Reason,
                department = x.Card.Department.Length == 0 ? null : x.Card.Department,
                deadline = x.Card.Deadline,
                workingDaysOverdue = working.WorkingDaysBetween(x.Card.Deadline, today),
                raisedAt = x.Card.RaisedAt,
                committedDeadline = x.Entry.CommittedDeadline,
                statutoryDeadline = x.Entry.StatutoryDeadline,
            }));
        var orders = board.WorkOrders
            .SelectMany(e => e.OpenCards.Select(c => (Entry: e, Card: c, Colour: c.Kind == Hotline.WorkOrderNoticeKind.RedCard ? "red" : "yellow")))
            .Where(x => (department is null || x.Entry.Department == department) && (colour is null || x.Colour == colour))
            .Select(x => (Red: x.Colour == "red", x.Entry.Deadline, Card: (object)new
            {
                subject = "work-order",
                workOrderId = x.Entry.OrderId,
                kind = x.Entry.Kind.ToString(),
                category = new { code = x.Entry.Category, name = x.Entry.CategoryName },
                colour = x.Colour,
                reason = "work-order-limit",
                department = x.Entry.Department,
                deadline = x.Entry.Deadline,
                workingDaysOverdue = working.WorkingDaysBetween(x.Entry.Deadline, today),
                raisedAt = x.Card.At,
            }));
        var cards = cases.Concat(orders).OrderByDescending(x => x.Red).ThenBy(x => x.Deadline).Select(x => x.Card);
        return Results.Ok(new { node = code.ToString(), asOf = today, cards });
    }

    private static async Task<IResult> Rectifications(string? node, string? status, IGrainFactory grains)
    {
        var errors = new InputErrors();
        var code = Node(node, errors);
        status ??= "open";
        if (!Statuses.Contains(status))
        {
            errors.Add("status", "Say open, rectified, closed or all.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var board = await grains.GetGrain<ISupervisionBoardGrain>(code.ToString()).Read();
        var rectifications = board.Open.Concat(board.Closed)
            .Where(e => e.Rectification is { } r && (status == "all" || r.Status == status))
            .Select(e => new { caseId = e.CaseId.Value, matter = new { code = e.MatterCode, name = e.MatterName }, rectification = e.Rectification });
        return Results.Ok(new { node = code.ToString(), status, rectifications });
    }

    private static DivisionCode Node(string? node, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(node))
        {
            errors.Add("node", "Required: the 12-digit division code of the node whose board to read.");
            return default;
        }

        if (!DivisionCode.TryParse(node, out var code, out var why))
        {
            errors.Add("node", why);
        }

        return code;
    }
}
