using Confluent.Kafka;

namespace Hub.Kafka.Internal;

/// <summary>A department message the consumer has read and holds until it is applied (or given up).</summary>
internal sealed class InFlightEvent(ConsumeResult<byte[]?, byte[]?> result)
{
    private readonly TaskCompletionSource<bool> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConsumeResult<byte[]?, byte[]?> Result => result;

    /// <summary>Completes, never faulted, when the message is applied (true) or given up (false).</summary>
    public Task<bool> Done => done.Task;

    public bool IsApplied => done.Task.IsCompletedSuccessfully && done.Task.Result;

    public void Complete(bool applied) => done.TrySetResult(applied);
}
