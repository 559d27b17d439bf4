using System.Text;
using Confluent.Kafka;
using DepartmentEventKind = Hub.Cases.DepartmentEventKind;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using Hub.Kafka.Internal;
using Microsoft.Extensions.Logging;

namespace Hub.Simulator;

/// <summary>
/// The answers of the simulated department lines: accept a task, wait, then approve, reject or ask for a supplement
/// (a resubmission is always approved), published to <c>dept.&lt;dept&gt;.events</c> with fresh event ids.
/// </summary>
internal sealed partial class SimulatedDepartments : IDisposable
{
    // The simulator knows one real defining authority, MOHURD (11100000000013338W), so every simulated certificate is
    // of a type under it; the number 001 is not taken from its catalogue.
    private const string CertificateType = "11100000000013338W001";

    // Constructed, not a real body's: a government body (11) in Jia county (610925), with a correct GB 32100 check.
    private static readonly CreditCode CertificateIssuer = CreditCode.Parse("11610925MB1957730L");

    private readonly CertificateIdIssuer certificates = new(TimeProvider.System);
    private readonly DepartmentSimulatorOptions options;
    private readonly string prefix;
    private readonly ILogger logger;
    private readonly IProducer<string, byte[]> producer;

    public SimulatedDepartments(DepartmentSimulatorOptions options, KafkaOptions kafka, KafkaEndpoint endpoint, ILogger logger)
    {
        this.options = options;
        this.logger = logger;
        prefix = kafka.TopicPrefix;
        producer = new ProducerBuilder<string, byte[]>(KafkaClientConfigs.Producer(kafka, endpoint, "department-simulator"))
            .SetLogHandler((_, message) => LibrdkafkaLog.Write(logger, message))
            .SetErrorHandler((_, error) => LibrdkafkaLog.Error(logger, error))
            .Build();
    }

    public Handle Handle => producer.Handle;

    /// <summary>The decision for a task, from a roll in [0, 100).</summary>
    public static DepartmentEventKind Decide(DepartmentSimulatorOptions options, bool isResubmission, int roll) =>
        isResubmission || roll < options.ApprovePercent ? DepartmentEventKind.TaskApproved
        : roll < options.ApprovePercent + options.RejectPercent ? DepartmentEventKind.TaskRejected
        : DepartmentEventKind.SupplementRequested;

    /// <summary>Answers one task; never throws, and stops quietly when <paramref name="cancellationToken"/> fires.</summary>
    public async Task ReplyAsync(DispatchTask task, string department, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(NextDelay(), cancellationToken);
            await PublishAsync(task, department, new DepartmentEvent { Accepted = new TaskAccepted() }, cancellationToken);
            await Task.Delay(NextDelay(), cancellationToken);
            var decision = Decide(options, task.IsResubmission, Random.Shared.Next(100));
            await PublishAsync(task, department, Body(decision, task), cancellationToken);
            LogAnswered(logger, department, task.CaseId, decision);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, department, task.CaseId);
        }
    }

    public void Dispose() => producer.Dispose();

    private DepartmentEvent Body(DepartmentEventKind decision, DispatchTask task)
    {
        var evt = new DepartmentEvent();
        switch (decision)
        {
            case DepartmentEventKind.TaskApproved:
                evt.Approved = new TaskApproved { Remark = "Approved (simulated)." };
                evt.Approved.CertificateIds.Add(certificates.Next(CertificateType, CertificateIssuer).Value);
                break;
            case DepartmentEventKind.TaskRejected:
                evt.Rejected = new TaskRejected { Reason = "The application does not meet the statutory conditions (simulated)." };
                break;
            default:
                var materials = task.Materials.Select(m => m.Code).OfType<string>().ToArray();
                evt.SupplementRequested = new SupplementRequested { Reason = "A material is illegible; hand in a clear copy (simulated)." };
                evt.SupplementRequested.Materials.Add(materials.Length > 0 ? materials[Random.Shared.Next(materials.Length)] : "supplementary-statement");
                break;
        }

        return evt;
    }

    private async Task PublishAsync(DispatchTask task, string department, DepartmentEvent evt, CancellationToken cancellationToken)
    {
        evt.EventId = Guid.CreateVersion7().ToString();
        evt.OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        evt.CaseId = task.CaseId;
        evt.Department = department;
        evt.Officer = $"simulator@{department}";
        var message = new Message<string, byte[]>
        {
            Key = task.CaseId!,
            Value = ProtoCodec.Encode(evt),
            Headers = new Headers
            {
                { HubHeaders.Type, Encoding.UTF8.GetBytes(HubMessageTypes.DepartmentEvent) },
                { HubHeaders.EventId, Encoding.UTF8.GetBytes(evt.EventId) },
            },
        };
        await producer.ProduceAsync(HubTopics.DepartmentEvents(department, prefix), message, cancellationToken);
    }

    private int NextDelay() => Random.Shared.Next(options.MinDelayMs, options.MaxDelayMs + 1);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulated {Department} answered case {CaseId}: {Decision}")]
    private static partial void LogAnswered(ILogger logger, string department, string? caseId, DepartmentEventKind decision);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated {Department} could not answer case {CaseId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string department, string? caseId);
}
