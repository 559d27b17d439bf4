namespace Hub.Cases;

/// <summary>The milestones of a case (DESIGN §4, case lifecycle).</summary>
public enum CaseStatus
{
    Received = 0,
    Forwarded = 1,
    Accepted = 2,
    SupplementRequested = 3,
    Approved = 4,
    Rejected = 5,
    Delivered = 6,
    Closed = 7,
    Withdrawn = 8,
}
