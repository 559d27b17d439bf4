namespace Hub.Halls;

/// <summary>The stable codes of <see cref="HallRuleException"/>, each with the HTTP status the window API answers it with.</summary>
public static class HallRuleCodes
{
    /// <summary>No such booking or ticket, or one of another node (404).</summary>
    public const string NotFound = "not-found";

    /// <summary>The slot holds as many bookings as it takes (409, with the next free slots).</summary>
    public const string SlotFull = "slot-full";

    /// <summary>The person already holds an open booking for this matter at this node (409, naming it).</summary>
    public const string AlreadyBooked = "already-booked";

    /// <summary>The booking was cancelled, used or has passed, and cannot take this step (409).</summary>
    public const string NotOpen = "not-open";

    /// <summary>The citizen ID does not match the booking's (403).</summary>
    public const string NotTheHolder = "not-the-holder";

    /// <summary>The ticket is not in a state for this step: serving a number nobody called (409).</summary>
    public const string InvalidTransition = "invalid-transition";
}
