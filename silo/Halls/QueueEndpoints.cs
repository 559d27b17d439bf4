using Hub.Api;
using Hub.Catalogue;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;

namespace Hub.Halls;

/// <summary>
/// The window API for a hall's queue numbers (排队叫号): the ticket machine checks a person in with their citizen ID
/// (实名排队) or their booking, windows call the next number and record it served or a no-show, and any window reads a
/// hall's queues. Only the hall's own windows (its ticket machine is one) work its queues.
/// </summary>
public static class QueueEndpoints
{
    public static RouteGroupBuilder MapQueueEndpoints(this RouteGroupBuilder api)
    {
        var queue = api.MapGroup("/nodes/{code}/queue").WithTags("Queue numbers");
        queue.MapGet("/", Overview).WithSummary("A hall's queues today: waiting counts and the estimated wait per matter, and the totals.")
            .Produces<HallQueueResponse>().ProducesValidationProblem();
        queue.MapPost("/checkins", CheckIn)
            .WithSummary("Check a person in with their citizen ID and the matter, or their booking of today: a queue number, the same one on a second check-in.")
            .Produces<QueueTicketResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        queue.MapPost("/{matter}/calls", Call).WithSummary("Call the next number to this window (booked applicants whose slot has begun first); 204 when nobody waits.")
            .Produces<QueueTicketResponse>().Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden);
        queue.MapGet("/{matter}/tickets/{number}", Ticket).WithSummary("A number of today: its state, and while it waits how many are ahead.")
            .Produces<QueueTicketResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        queue.MapPost("/{matter}/tickets/{number}/served", (string code, string matter, string number, HttpContext http, QueueContext context) =>
                Finish(code, matter, number, served: true, http, context))
            .WithSummary("Record a called number served; a repeat changes nothing.")
            .Produces<QueueTicketResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        queue.MapPost("/{matter}/tickets/{number}/no-show", (string code, string matter, string number, HttpContext http, QueueContext context) =>
                Finish(code, matter, number, served: false, http, context))
            .WithSummary("Record that a called number did not come; a repeat changes nothing.")
            .Produces<QueueTicketResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> CheckIn(string code, CheckInRequest request, HttpContext http, QueueContext context)
    {
        var errors = new InputErrors();
        var node = context.Reader.ReadHall(code, "code", errors);
        var citizenId = BookingReader.ReadCitizenId(request.CitizenId, "citizenId", errors);
        AppointmentId booked = default;
        Matter? matter = null;
        if (!string.IsNullOrWhiteSpace(request.AppointmentId))
        {
            if (!AppointmentId.TryParse(request.AppointmentId.Trim(), out booked, out var error))
            {
                errors.Add("appointmentId", error);
            }
            else if (request.Matter is { } asked && !string.IsNullOrWhiteSpace(asked) && asked.Trim() != booked.MatterCode)
            {
                errors.Add("matter", $"The booking is for {booked.MatterCode}, not {asked.Trim()}; leave matter out when checking in with a booking.");
            }
            else
            {
                matter = context.Reader.ReadMatter(booked.MatterCode, "appointmentId", errors);
            }
        }
        else
        {
            matter = context.Reader.ReadMatter(request.Matter, "matter", errors);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (OwnHallOnly(node!.Value, http) is { } refused)
        {
            return refused;
        }

        var today = HallClock.Today(context.Time.GetUtcNow());
        var queue = context.Grains.GetGrain<IMatterQueueGrain>(QueueKeys.Queue(node.Value, matter!.Code, today));
        var masked = PersonalData.Mask(citizenId);
        var holder = Convert.ToHexStringLower(context.Keys.Hash($"queue:{citizenId}"));
        if (request.AppointmentId is null || string.IsNullOrWhiteSpace(request.AppointmentId))
        {
            var walkIn = await queue.CheckIn(new QueueCheckIn(holder, masked, null, null));
            return Created(code, walkIn, matter);
        }

        if (booked.Node != node.Value || booked.Date != today)
        {
            return InputErrors.Single("appointmentId", booked.Node != node.Value
                ? $"Booking {booked} is at {booked.Node}, not at this hall; check in there, or here as a walk-in."
                : $"Booking {booked} is for {booked.Date:yyyy-MM-dd}, not today ({today:yyyy-MM-dd}); come on its day, or check in as a walk-in.",
                StatusCodes.Status409Conflict, HallRuleCodes.NotOpen);
        }

        var bookingHolder = await context.Grains.GetGrain<IAppointmentDayGrain>(booked.DayKey).HolderOf(booked.Number)
            ?? throw new HallRuleException(HallRuleCodes.NotFound, $"There is no booking {booked} at this hall.");
        var appointment = context.Grains.GetGrain<IAppointmentGrain>(bookingHolder);
        var view = await appointment.Get(booked.ToString(), node.Value);
        if (bookingHolder != context.Reader.HolderOf(node.Value, matter.Code, citizenId!))
        {
            throw new HallRuleException(HallRuleCodes.NotTheHolder, $"Booking {booked} was not made with this citizen ID; the person who booked checks in with it.");
        }

        if (view.Status == AppointmentStatus.Cancelled)
        {
            throw new HallRuleException(HallRuleCodes.NotOpen, $"Booking {booked} was cancelled; check in without it, as a walk-in.");
        }

        // The number first, then the booking records it: a failure between the two leaves a number the person holds
        // and a booking a second check-in completes, never a booking checked in without a number.
        var ticket = await queue.CheckIn(new QueueCheckIn(holder, masked, booked.ToString(), HallClock.Start(view.Date, view.Slot)));
        await appointment.CheckIn(booked.ToString(), ticket.Number);
        return Created(code, ticket, matter);
    }

    private static async Task<IResult> Call(string code, string matter, HttpContext http, QueueContext context)
    {
        if (Read(code, matter, http, context, out var node, out var found) is { } problem)
        {
            return problem;
        }

        var ticket = await context.Queue(node, found.Code).CallNext(http.Window().Id);
        return ticket is null ? Results.NoContent() : Results.Ok(QueueTicketResponse.From(ticket, found.Name));
    }

    private static async Task<IResult> Finish(string code, string matter, string number, bool served, HttpContext http, QueueContext context)
    {
        if (Read(code, matter, http, context, out var node, out var found) is { } problem)
        {
            return problem;
        }

        var ticket = await context.Queue(node, found.Code).Finish(number.Trim(), http.Window().Id, served);
        return Results.Ok(QueueTicketResponse.From(ticket, found.Name));
    }

    private static async Task<IResult> Ticket(string code, string matter, string number, HttpContext http, QueueContext context)
    {
        if (Read(code, matter, http, context, out var node, out var found) is { } problem)
        {
            return problem;
        }

        return Results.Ok(QueueTicketResponse.From(await context.Queue(node, found.Code).Get(number.Trim()), found.Name));
    }

    private static async Task<IResult> Overview(string code, QueueContext context, NodeRegistry registry)
    {
        var errors = new InputErrors();
        var node = context.Reader.ReadHall(code, "code", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var today = HallClock.Today(context.Time.GetUtcNow());
        var matters = await context.Grains.GetGrain<INodeQueuesGrain>(QueueKeys.Node(node!.Value, today)).Matters();
        var summaries = await Task.WhenAll(matters.Select(m => context.Queue(node.Value, m).Summary()));
        var queues = summaries
            .Select(s => new MatterQueueResponse(
                s.MatterCode, context.Catalogue.TryGetLatest(s.MatterCode, out var m) ? m.Name : s.MatterCode, s.Waiting, s.BookedWaiting, s.AtWindow,
                s.Served, s.NoShows, s.Windows, (int)Math.Round(s.AverageService.TotalMinutes), (int)s.EstimatedWait.TotalMinutes))
            .OrderByDescending(q => q.Waiting).ThenBy(q => q.Matter, StringComparer.Ordinal).ToList();
        return Results.Ok(new HallQueueResponse(
            NodeRef.From(node.Value, registry), today, queues.Sum(q => q.Waiting), queues.Sum(q => q.AtWindow), queues.Sum(q => q.Served), queues));
    }

    private static IResult Created(string code, QueueTicket ticket, Matter matter) =>
        Results.Created($"/api/nodes/{code}/queue/{matter.Code}/tickets/{ticket.Number}", QueueTicketResponse.From(ticket, matter.Name));

    private static IResult? Read(string code, string matter, HttpContext http, QueueContext context, out DivisionCode node, out Matter found)
    {
        var errors = new InputErrors();
        var hall = context.Reader.ReadHall(code, "code", errors);
        var read = context.Reader.ReadMatter(matter, "matter", errors);
        node = hall ?? default;
        found = read!;
        return errors.Any ? errors.ToProblem() : OwnHallOnly(node, http);
    }

    private static IResult? OwnHallOnly(DivisionCode node, HttpContext http)
    {
        var window = http.Window();
        return window.Node == node
            ? null
            : Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Only the hall's own windows work its queues",
                detail: $"Window {window.Id} serves {window.Node}, not {node}; GET /api/nodes/{node}/queue shows its queues to any window.");
    }
}

/// <summary>What the queue endpoints read with: the hall and matter checks, the grains, the clock, the keyed hash.</summary>
public sealed class QueueContext(BookingReader reader, IGrainFactory grains, HubClock time, HolderKeys keys, MatterCatalogue catalogue)
{
    public BookingReader Reader => reader;

    public IGrainFactory Grains => grains;

    public HubClock Time => time;

    public HolderKeys Keys => keys;

    public MatterCatalogue Catalogue => catalogue;

    /// <summary>Today's queue of <paramref name="matter"/> at <paramref name="node"/>.</summary>
    public IMatterQueueGrain Queue(DivisionCode node, string matter) =>
        grains.GetGrain<IMatterQueueGrain>(QueueKeys.Queue(node, matter, HallClock.Today(time.GetUtcNow())));
}
