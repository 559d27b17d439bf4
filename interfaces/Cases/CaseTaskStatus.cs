namespace Hub.Cases;

/// <summary>Where one department's task of a case stands.</summary>
public enum CaseTaskStatus
{
    Dispatched = 0,
    Accepted = 1,
    SupplementRequested = 2,
    Approved = 3,
    Rejected = 4,
    Withdrawn = 5,

    /// <summary>Stopped by the hub because another task of the case was rejected: the case failed as a whole.</summary>
    Cancelled = 6,

    /// <summary>A later stage's task, not yet dispatched: it goes out once every task of the stages before it is approved.</summary>
    Waiting = 7,
}
