namespace Hub.Halls;

/// <summary>The stored queue of one matter at one node on one day: every number issued, in the order issued.</summary>
[GenerateSerializer, Alias("hub.MatterQueueState")]
public sealed class MatterQueueState
{
    [Id(0)]
    public List<TicketRecord> Tickets { get; set; } = [];

    [Id(1)]
    public int BookedIssued { get; set; }

    [Id(2)]
    public int WalkInsIssued { get; set; }

    /// <summary>Whether the node's list of today's queues knows this one.</summary>
    [Id(3)]
    public bool Listed { get; set; }
}

/// <summary>One number as stored.</summary>
[GenerateSerializer, Alias("hub.TicketRecord")]
public sealed class TicketRecord
{
    [Id(0)]
    public string Number { get; set; } = string.Empty;

    [Id(1)]
    public string Holder { get; set; } = string.Empty;

    [Id(2)]
    public string CitizenIdMasked { get; set; } = string.Empty;

    [Id(3)]
    public string? AppointmentId { get; set; }

    [Id(4)]
    public DateTimeOffset? SlotStart { get; set; }

    [Id(5)]
    public DateTimeOffset IssuedAt { get; set; }

    [Id(6)]
    public TicketStatus Status { get; set; }

    [Id(7)]
    public string? CalledBy { get; set; }

    [Id(8)]
    public DateTimeOffset? CalledAt { get; set; }

    [Id(9)]
    public DateTimeOffset? DoneAt { get; set; }
}
