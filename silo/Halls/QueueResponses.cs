using Hub.Api;

namespace Hub.Halls;

/// <summary>A queue number as the ticket machine prints it and the window sees it: no full ID; the wait in whole minutes.</summary>
public sealed record QueueTicketResponse(
    string Number,
    string Status,
    string Matter,
    string MatterName,
    string CitizenId,
    string? AppointmentId,
    DateTimeOffset? SlotStarts,
    DateTimeOffset IssuedAt,
    string? CalledBy,
    DateTimeOffset? CalledAt,
    DateTimeOffset? DoneAt,
    int Ahead,
    int EstimatedWaitMinutes)
{
    public static QueueTicketResponse From(QueueTicket ticket, string matterName) => new(
        ticket.Number, ticket.Status.ToString(), ticket.MatterCode, matterName, ticket.CitizenIdMasked, ticket.AppointmentId, ticket.SlotStart,
        ticket.IssuedAt, ticket.CalledBy, ticket.CalledAt, ticket.DoneAt, ticket.Ahead, (int)ticket.EstimatedWait.TotalMinutes);
}

/// <summary>One matter's queue today: who waits (of them booked), at a window, served, no-shows, the windows calling, the pace and the wait.</summary>
public sealed record MatterQueueResponse(
    string Matter,
    string MatterName,
    int Waiting,
    int BookedWaiting,
    int AtWindow,
    int Served,
    int NoShows,
    int Windows,
    int AverageServiceMinutes,
    int EstimatedWaitMinutes);

/// <summary>A hall's queues today (排队叫号), the busiest first, with the totals.</summary>
public sealed record HallQueueResponse(NodeRef Node, DateOnly Date, int Waiting, int AtWindow, int Served, IReadOnlyList<MatterQueueResponse> Queues);
