using System.Text;
using Confluent.Kafka;
using DepartmentEventKind = Hub.Cases.DepartmentEventKind;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using Hub.Kafka.Internal;
using Microsoft.Extensions.Logging;

namespace Hub.Simulator;

/// <summary>
/// The answers of the simulated department lines: accept a task, wait, then approve, reject or ask for a supplement
/// (a resubmission is always approved), and with a share of approvals issue an e-certificate to the applicant
/// (<see cref="ApprovalCertificates"/>), published to <c>dept.&lt;dept&gt;.events</c> with fresh event ids.
/// </summary>
internal sealed partial class SimulatedDepartments : IDisposable
{
    private readonly ApprovalCertificates certificates;
    private readonly DepartmentSimulatorOptions options;
    private readonly string prefix;
    private readonly ILogger logger;
    private readonly IProducer<string, byte[]> producer;

    public SimulatedDepartments(
        DepartmentSimulatorOptions options, KafkaOptions kafka, KafkaEndpoint endpoint, CertificateTypeChoice types, ILogger logger)
    {
        this.options = options;
        certificates = new ApprovalCertificates(types, TimeProvider.System);
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

    /// <summary>Whether an approval issues an e-certificate, from a roll in [0, 100).</summary>
    public static bool IssuesCertificate(DepartmentSimulatorOptions options, int roll) => roll < options.CertificatePercent;

    /// <summary>Answers one task; never throws, and stops quietly when <paramref name="cancellationToken"/> fires.</summary>
    public async Task ReplyAsync(DispatchTask task, string department, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(NextDelay(), cancellationToken);
            await PublishAsync(task, department, new DepartmentEvent { Accepted = new TaskAccepted() }, task.CaseId!, cancellationToken);
            await Task.Delay(NextDelay(), cancellationToken);
            var decision = Decide(options, task.IsResubmission, Random.Shared.Next(100));
            var certificate = decision == DepartmentEventKind.TaskApproved && IssuesCertificate(options, Random.Shared.Next(100))
                ? certificates.For(task)
                : null;
            await PublishAsync(task, department, Body(decision, task, certificate), task.CaseId!, cancellationToken);
            if (certificate is not null)
            {
                var issued = new DepartmentEvent { CaseId = task.CaseId, CertificateIssued = certificate };
                await PublishAsync(task, department, issued, certificate.CertificateId!, cancellationToken);
            }

            LogAnswered(logger, department, task.CaseId, decision, certificate?.CertificateId);
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

    private static DepartmentEvent Body(DepartmentEventKind decision, DispatchTask task, CertificateIssued? certificate)
    {
        var evt = new DepartmentEvent();
        switch (decision)
        {
            case DepartmentEventKind.TaskApproved:
                evt.Approved = new TaskApproved { Remark = "Approved (simulated)." };
                if (certificate is not null)
                {
                    // Named on the case, so that its window can verify it; the certificate itself follows as an event of its own.
                    evt.Approved.CertificateIds.Add(certificate.CertificateId!);
                }

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

    // A task's event is keyed by its case id, a certificate's by the certificate id (DESIGN §4, Kafka).
    private async Task PublishAsync(DispatchTask task, string department, DepartmentEvent evt, string key, CancellationToken cancellationToken)
    {
        evt.EventId = Guid.CreateVersion7().ToString();
        evt.OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        evt.CaseId = task.CaseId;
        evt.Department = department;
        evt.Officer = $"simulator@{department}";
        var message = new Message<string, byte[]>
        {
            Key = key,
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulated {Department} answered case {CaseId}: {Decision}, certificate {CertificateId}")]
    private static partial void LogAnswered(ILogger logger, string department, string? caseId, DepartmentEventKind decision, string? certificateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated {Department} could not answer case {CaseId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string department, string? caseId);
}
