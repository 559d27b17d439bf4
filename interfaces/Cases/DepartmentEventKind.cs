namespace Hub.Cases;

/// <summary>What a department reports about its task of a case.</summary>
public enum DepartmentEventKind
{
    TaskAccepted = 0,
    SupplementRequested = 1,
    TaskApproved = 2,
    TaskRejected = 3,
}
