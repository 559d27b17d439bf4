namespace Hub.Cases;

/// <summary>One cross-region case (办件), keyed by its case id.</summary>
[Alias("hub.ICaseGrain")]
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Records a checked submission, dispatches its first stage and returns the case as now stored.</summary>
    [Alias("Submit")]
    Task<CaseView> Submit(CaseSubmission submission);

    /// <summary>The case as it stands; throws <see cref="CaseRuleException"/> (case-not-found) when there is none.</summary>
    [Alias("GetView")]
    Task<CaseView> GetView();

    /// <summary>Applies a department's event once; a repeated event id changes nothing.</summary>
    [Alias("ApplyDepartmentEvent")]
    Task<EventOutcome> ApplyDepartmentEvent(DepartmentEvent evt);

    /// <summary>Adds the materials a department asked for and sends the task back to it.</summary>
    [Alias("Supplement")]
    Task<CaseView> Supplement(string window, IReadOnlyList<Material> materials);

    /// <summary>Withdraws the case before any decision.</summary>
    [Alias("Withdraw")]
    Task<CaseView> Withdraw(string window, string reason);

    /// <summary>Records that the result was handed to the applicant at the receiving window.</summary>
    [Alias("Handover")]
    Task<CaseView> Handover(string window);

    /// <summary>Records the applicant's rating (1 = 非常不满意 … 5 = 非常满意) and closes the case.</summary>
    [Alias("Rate")]
    Task<CaseView> Rate(string window, int level, string? comment);
}
