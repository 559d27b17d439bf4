using System.Text;
using Confluent.Kafka;

namespace Hub.Kafka.Internal;

/// <summary>
/// The messages the consumer holds of one assigned partition. Messages of one key (one case) run one after another
/// in offset order, in a lane of their own; lanes run in parallel on the thread pool. <see cref="TakeApplied"/>
/// moves the committable position only over a run of applied messages from the oldest one held, so an offset is
/// stored only when it and every earlier offset of the partition are applied. <c>apply</c> returns true once a
/// message is done with and false once it is given up, and never throws (<see cref="DepartmentEventRetry"/>). Apart
/// from the lanes, only the consumer's poll thread touches a flow.
/// </summary>
internal sealed class PartitionFlow(TopicPartition partition, Func<ConsumeResult<byte[]?, byte[]?>, CancellationToken, Task<bool>> apply)
{
    private readonly Queue<InFlightEvent> held = new();
    private readonly Dictionary<string, Queue<InFlightEvent>> lanes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource abandoned = new();

    public TopicPartition Partition => partition;

    /// <summary>How many messages are held: read, and not yet committable.</summary>
    public int Held => held.Count;

    /// <summary>The offset to commit: the one after the last message of the applied run; null until one is applied.</summary>
    public Offset? Committable { get; private set; }

    /// <summary>Whether the consumer paused this partition.</summary>
    public bool Paused { get; set; }

    /// <summary>The completions of the messages held, to wait for before the partition is handed over.</summary>
    public IEnumerable<Task<bool>> Pending => held.Select(e => e.Done);

    /// <summary>Holds <paramref name="result"/> and starts applying it behind the messages of its key.</summary>
    public void Start(ConsumeResult<byte[]?, byte[]?> result)
    {
        var message = new InFlightEvent(result);
        held.Enqueue(message);
        var key = result.Message.Key is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty;
        Queue<InFlightEvent> lane;
        lock (lanes)
        {
            if (lanes.TryGetValue(key, out var busy))
            {
                busy.Enqueue(message);
                return;
            }

            lane = new Queue<InFlightEvent>();
            lane.Enqueue(message);
            lanes.Add(key, lane);
        }

        _ = Task.Run(() => RunLaneAsync(key, lane));
    }

    /// <summary>Lets go of the applied run at the front; true when <see cref="Committable"/> moved.</summary>
    public bool TakeApplied()
    {
        var moved = false;
        while (held.TryPeek(out var oldest) && oldest.IsApplied)
        {
            held.Dequeue();
            Committable = oldest.Result.Offset + 1;
            moved = true;
        }

        return moved;
    }

    /// <summary>Gives up what is not applied yet: lanes stop at their next message, and nothing given up is ever committable.</summary>
    public void Abandon() => abandoned.Cancel();

    private async Task RunLaneAsync(string key, Queue<InFlightEvent> lane)
    {
        while (true)
        {
            InFlightEvent next;
            lock (lanes)
            {
                next = lane.Peek();
            }

            next.Complete(!abandoned.IsCancellationRequested && await apply(next.Result, abandoned.Token));
            lock (lanes)
            {
                lane.Dequeue();
                if (lane.Count == 0)
                {
                    lanes.Remove(key);
                    return;
                }
            }
        }
    }
}
