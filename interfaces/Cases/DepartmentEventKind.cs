namespace Hub.Cases;

/// <summary>What a department reports about its task of a case.</summary>
public enum DepartmentEventKind
{
    TaskAccepted = 0,
    SupplementRequested = 1,
    TaskApproved = 2,
    TaskRejected = 3,

    /// <summary>The department extended the statutory time limit (延长期限), by working days, with its reason.</summary>
    DeadlineExtended = 4,
}
