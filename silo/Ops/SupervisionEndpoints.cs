using Hub.Access;
using Hub.Api;
using Hub.Calendars;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Ops;

/// <summary>
/// The supervision view (电子监察): a node's open cards, with the case, the deadline and the working days overdue, and
/// the rectifications it owes after bad ratings.
/// </summary>
public static class SupervisionEndpoints
{
    private static readonly string[] Colours = ["yellow", "red"];
    private static readonly string[] Statuses = ["open", "rectified", "closed", "all"];

    public static IEndpointRouteBuilder MapSupervision(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops").WithTags("Operations").RequireAuthorization(HubClaims.OperatorRole);
        ops.MapGet("/supervision", Cards)
            .WithSummary("A node's open supervision cards (yellow: committed deadline or a rectification's follow-up overdue; red: statutory deadline or the rectification overdue), with the case, the deadline and the working days overdue; filter by department and colour.");
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
        var cards = board.Open
            .SelectMany(e => e.OpenCards.Select(c => (Entry: e, Card: c)))
            .Where(x => (department is null || x.Card.Department == department) && (colour is null || x.Card.Colour == colour))
            .OrderByDescending(x => x.Card.Colour == "red").ThenBy(x => x.Card.Deadline)
            .Select(x => new
            {
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
            });
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
