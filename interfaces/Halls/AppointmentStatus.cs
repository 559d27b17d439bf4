namespace Hub.Halls;

/// <summary>Where a booking stands.</summary>
public enum AppointmentStatus
{
    /// <summary>Booked and still to come.</summary>
    Booked = 0,

    /// <summary>Cancelled by the applicant; the slot is free again.</summary>
    Cancelled = 1,

    /// <summary>The applicant checked in at the hall and holds a queue number.</summary>
    CheckedIn = 2,
}
