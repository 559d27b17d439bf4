using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// To each department line a case was dispatched to, on <c>hub.dispatch.&lt;dept&gt;</c>, when the case stops before its
/// end: the applicant withdrew it, or one of its tasks was rejected and so the whole application (a 一件事 bundle, a
/// 多地联办 case) fails. <see cref="TaskCancelled"/> says whether this department's task was still open (stop work on it)
/// or already decided (the decision stands; the case as a whole will not be completed). Keyed by case id.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseStopped")]
public sealed record CaseStopped(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] string Department,
    [property: Id(4)] DivisionCode HandlingNode,
    [property: Id(5)] int Stage,
    [property: Id(6)] CaseStopCause Cause,
    [property: Id(7)] string? FailedDepartment,
    [property: Id(8)] DivisionCode? FailedNode,
    [property: Id(9)] string Reason,
    [property: Id(10)] bool TaskCancelled);

/// <summary>Why a case stopped before its end.</summary>
public enum CaseStopCause
{
    /// <summary>The applicant withdrew the case.</summary>
    Withdrawn = 1,

    /// <summary>Another task of the case was rejected.</summary>
    TaskRejected = 2,
}
