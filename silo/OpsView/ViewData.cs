using Hub.Api;
using Hub.Kafka.DeadLetters;
using Hub.Statistics;

namespace Hub.OpsView;

/// <summary>
/// What <c>/ops/view</c> shows, as <c>GET /ops/view/data</c> serves it: this silo's cases by status and lifecycles, the
/// cases submitted between provinces in the last <see cref="FlowMinutes"/> minutes, this month's figures and the open
/// cards by province and by department line, the dead letters, and the silos with this one's partitions.
/// </summary>
public sealed record ViewData(
    DateTimeOffset AsOf,
    string Silo,
    IReadOnlyDictionary<string, long> CasesByStatus,
    long Lifecycles,
    int FlowMinutes,
    IReadOnlyList<ViewFlow> Flows,
    DateOnly MonthFrom,
    IReadOnlyList<ViewProvince> Provinces,
    IReadOnlyList<ViewLine> Lines,
    ViewDeadLetters DeadLetters,
    ViewQueues Queues,
    IReadOnlyList<ViewSilo> Silos);

/// <summary>Cases a window of <see cref="From"/> took for <see cref="To"/> to handle.</summary>
public sealed record ViewFlow(NodeRef From, NodeRef To, long Cases);

/// <summary>A province's figures this month (<see cref="FiguresResponse"/>) and the open cards against its nodes.</summary>
public sealed record ViewProvince(NodeRef Province, FiguresResponse Month, long OpenYellow, long OpenRed);

/// <summary>A department line's figures this month, nationwide, and its open cards.</summary>
public sealed record ViewLine(string Department, FiguresResponse Month, long OpenYellow, long OpenRed);

/// <summary>How many dead letters <c>hub.dead-letters</c> holds, and the newest (payload left out).</summary>
public sealed record ViewDeadLetters(long? Count, IReadOnlyList<ViewDeadLetter> Newest);

/// <summary>One dead letter, where it came from and why.</summary>
public sealed record ViewDeadLetter(int Partition, long Offset, DateTimeOffset DeadLetteredAt, string? OriginalTopic, string? Department, string? Reason)
{
    public static ViewDeadLetter From(DeadLetter letter) =>
        new(letter.Partition, letter.Offset, letter.DeadLetteredAt, letter.OriginalTopic, letter.Department, letter.Reason);
}

/// <summary>Outboxes waiting for the broker, timers due, and the consumer group's lag on this silo's partitions, by topic.</summary>
public sealed record ViewQueues(long? OutboxDepth, long? TimersDue, string ConsumerGroup, IReadOnlyDictionary<string, long>? ConsumerLag, DateTimeOffset? SampledAt);

/// <summary>An active silo; <see cref="Partitions"/> the department-event partitions it holds, known for this silo only (<see cref="Here"/>).</summary>
public sealed record ViewSilo(string Address, string Name, string Status, DateTime StartedAt, bool Here, IReadOnlyList<string>? Partitions);
