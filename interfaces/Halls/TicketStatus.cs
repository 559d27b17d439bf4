namespace Hub.Halls;

/// <summary>Where a queue number stands.</summary>
public enum TicketStatus
{
    /// <summary>Issued, waiting to be called.</summary>
    Waiting = 0,

    /// <summary>Called to a window, being served.</summary>
    Called = 1,

    /// <summary>Served.</summary>
    Served = 2,

    /// <summary>Called, and the applicant did not come to the window (过号).</summary>
    NoShow = 3,
}
