using System.Globalization;
using Microsoft.Extensions.Options;

namespace Hub.Halls;

/// <summary>
/// One matter's queue at one node on one day. Every step is one turn and one write, so two windows calling at once get
/// two numbers, never the same one; a number issued survives the loss of the silo that holds the queue.
/// </summary>
public sealed class MatterQueueGrain(
    [PersistentState("queue", "halls")] IPersistentState<MatterQueueState> state,
    IOptions<HallOptions> options,
    HubClock time) : Grain, IMatterQueueGrain
{
    private readonly HallOptions _settings = options.Value;

    public async Task<QueueTicket> CheckIn(QueueCheckIn checkIn)
    {
        // One number per person and queue: checking in again (a second scan of the ID card) gives back the one held.
        if (state.State.Tickets.Find(t => t.Holder == checkIn.Holder && t.Status is TicketStatus.Waiting or TicketStatus.Called) is { } held)
        {
            return View(held);
        }

        if (!state.State.Listed)
        {
            var key = this.GetPrimaryKeyString();
            var node = key[..key.IndexOf('/', StringComparison.Ordinal)];
            await GrainFactory.GetGrain<INodeQueuesGrain>($"{node}/{key[(key.LastIndexOf('/') + 1)..]}").Opened(MatterCode);
            state.State.Listed = true;
        }

        var booked = checkIn.AppointmentId is not null;
        var count = booked ? ++state.State.BookedIssued : ++state.State.WalkInsIssued;
        var ticket = new TicketRecord
        {
            Number = (booked ? "Y" : "P") + count.ToString("000", CultureInfo.InvariantCulture),
            Holder = checkIn.Holder,
            CitizenIdMasked = checkIn.CitizenIdMasked,
            AppointmentId = checkIn.AppointmentId,
            SlotStart = checkIn.SlotStart,
            IssuedAt = time.GetUtcNow(),
        };
        state.State.Tickets.Add(ticket);
        await WriteAsync(() =>
        {
            state.State.Tickets.Remove(ticket);
            _ = booked ? state.State.BookedIssued-- : state.State.WalkInsIssued--;
        });
        return View(ticket);
    }

    public async Task<QueueTicket?> CallNext(string windowId)
    {
        var now = time.GetUtcNow();
        if (QueueOrder.Waiting(state.State.Tickets, now) is not [var next, ..])
        {
            return null;
        }

        next.Status = TicketStatus.Called;
        next.CalledBy = windowId;
        next.CalledAt = now;
        await WriteAsync(() =>
        {
            next.Status = TicketStatus.Waiting;
            next.CalledBy = null;
            next.CalledAt = null;
        });
        return View(next);
    }

    public async Task<QueueTicket> Finish(string number, string windowId, bool served)
    {
        var ticket = Find(number);
        var outcome = served ? TicketStatus.Served : TicketStatus.NoShow;
        if (ticket.Status == outcome)
        {
            return View(ticket);
        }

        if (ticket.Status != TicketStatus.Called)
        {
            throw new HallRuleException(HallRuleCodes.InvalidTransition, ticket.Status == TicketStatus.Waiting
                ? $"Number {number} has not been called yet; call it before recording it {(served ? "served" : "as a no-show")}."
                : $"Number {number} is already recorded as {(ticket.Status == TicketStatus.Served ? "served" : "a no-show")}.");
        }

        ticket.Status = outcome;
        ticket.DoneAt = time.GetUtcNow();
        await WriteAsync(() =>
        {
            ticket.Status = TicketStatus.Called;
            ticket.DoneAt = null;
        });
        return View(ticket);
    }

    public Task<QueueTicket> Get(string number) => Task.FromResult(View(Find(number)));

    public Task<QueueSummary> Summary()
    {
        var tickets = state.State.Tickets;
        var waiting = tickets.Count(t => t.Status == TicketStatus.Waiting);
        var (windows, average) = Pace();
        return Task.FromResult(new QueueSummary(
            MatterCode,
            waiting,
            tickets.Count(t => t.Status == TicketStatus.Waiting && t.AppointmentId is not null),
            tickets.Count(t => t.Status == TicketStatus.Called),
            tickets.Count(t => t.Status == TicketStatus.Served),
            tickets.Count(t => t.Status == TicketStatus.NoShow),
            windows,
            average,
            Wait(waiting, windows, average)));
    }

    private string MatterCode
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var first = key.IndexOf('/', StringComparison.Ordinal);
            return key[(first + 1)..key.LastIndexOf('/')];
        }
    }

    private TicketRecord Find(string number) =>
        state.State.Tickets.Find(t => string.Equals(t.Number, number, StringComparison.OrdinalIgnoreCase))
        ?? throw new HallRuleException(HallRuleCodes.NotFound, $"This queue issued no number {number} today.");

    private QueueTicket View(TicketRecord ticket)
    {
        var ahead = 0;
        var wait = TimeSpan.Zero;
        if (ticket.Status == TicketStatus.Waiting)
        {
            ahead = QueueOrder.Waiting(state.State.Tickets, time.GetUtcNow()).IndexOf(ticket);
            var (windows, average) = Pace();
            wait = Wait(ahead, windows, average);
        }

        return new QueueTicket(ticket.Number, ticket.Status, MatterCode, ticket.CitizenIdMasked, ticket.AppointmentId, ticket.SlotStart,
            ticket.IssuedAt, ticket.CalledBy, ticket.CalledAt, ticket.DoneAt, ahead, wait);
    }

    // The windows serving the queue lately (one at least), and the average of its latest services.
    private (int Windows, TimeSpan Average) Pace()
    {
        var since = time.GetUtcNow() - _settings.ActiveWindowPeriod;
        var windows = state.State.Tickets.Where(t => t.CalledAt >= since).Select(t => t.CalledBy).Distinct(StringComparer.Ordinal).Count();
        var services = state.State.Tickets.Where(t => t.Status == TicketStatus.Served && t.CalledAt is not null && t.DoneAt is not null)
            .OrderByDescending(t => t.DoneAt).Take(_settings.ServiceTimeSample).Select(t => t.DoneAt!.Value - t.CalledAt!.Value).ToList();
        var average = services.Count == 0 ? _settings.DefaultServiceTime : TimeSpan.FromTicks((long)services.Average(s => s.Ticks));
        return (Math.Max(1, windows), average);
    }

    // Those ahead are served by the windows side by side: the wait is their share of the queue, in services.
    private static TimeSpan Wait(int ahead, int windows, TimeSpan average) =>
        TimeSpan.FromMinutes(Math.Ceiling(average.TotalMinutes * ahead / windows));

    private async Task WriteAsync(Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }
}
