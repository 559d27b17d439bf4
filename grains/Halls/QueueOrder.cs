namespace Hub.Halls;

/// <summary>
/// The order in which a queue calls its waiting numbers: first the booked applicants whose slot has begun (earliest slot
/// first), then walk-ins as they came, then booked applicants who came before their slot — so a booking keeps its time
/// without making walk-ins wait for people not yet due.
/// </summary>
public static class QueueOrder
{
    /// <summary>The waiting numbers of <paramref name="tickets"/> in calling order at <paramref name="now"/>.</summary>
    public static List<TicketRecord> Waiting(IEnumerable<TicketRecord> tickets, DateTimeOffset now)
    {
        var waiting = tickets.Where(t => t.Status == TicketStatus.Waiting).ToList();
        var due = waiting.Where(t => t.SlotStart is { } start && start <= now).OrderBy(t => t.SlotStart).ThenBy(t => t.IssuedAt);
        var walkIns = waiting.Where(t => t.SlotStart is null).OrderBy(t => t.IssuedAt);
        var early = waiting.Where(t => t.SlotStart is { } start && start > now).OrderBy(t => t.SlotStart).ThenBy(t => t.IssuedAt);
        return [.. due, .. walkIns, .. early];
    }
}
