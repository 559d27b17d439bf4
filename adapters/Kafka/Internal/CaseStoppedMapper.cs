using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="Messages.CaseStopped"/> to the wire.</summary>
internal static class CaseStoppedMapper
{
    public static Wire.CaseStopped ToWire(Messages.CaseStopped stopped) => new()
    {
        EventId = stopped.EventId,
        OccurredAt = WireTime.ToUnixMs(stopped.OccurredAt),
        CaseId = stopped.CaseId.Value,
        Department = stopped.Department,
        HandlingNode = stopped.HandlingNode.ToString(),
        Stage = stopped.Stage,
        Cause = stopped.Cause == Messages.CaseStopCause.Withdrawn ? Wire.CaseStopCause.Withdrawn : Wire.CaseStopCause.TaskRejected,
        FailedDepartment = stopped.FailedDepartment,
        FailedNode = stopped.FailedNode?.ToString(),
        Reason = stopped.Reason,
        TaskCancelled = stopped.TaskCancelled,
    };
}
