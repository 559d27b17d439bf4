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
}
