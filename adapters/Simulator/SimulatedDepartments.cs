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
/// (<see cref="ApprovalCertificates"/>), published to <c>dept.&lt;dept&gt;.events</c> with fresh event ids
/// (<see cref="DepartmentAnswers"/>). Pending answers wait in one <see cref="AnswerSchedule{T}"/>.
/// </summary>
internal sealed partial class SimulatedDepartments : IDisposable
{
    private readonly ApprovalCertificates certificates;
    private readonly DepartmentSimulatorOptions options;
    private readonly string prefix;
    private readonly ILogger logger;
    private readonly IProducer<string, byte[]> producer;
    private readonly AnswerSchedule<(DispatchTask Task, string Department, bool Decide)> schedule;

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
        schedule = new(Answer, (item, ex) => LogFailed(logger, ex, item.Department, item.Task.CaseId), "department-simulator-answers");
    }

    public Handle Handle => producer.Handle;

    /// <summary>The decision for a task, from a roll in [0, 100).</summary>
    public static DepartmentEventKind Decide(DepartmentSimulatorOptions options, bool isResubmission, int roll) =>
        DepartmentAnswers.Decide(options.ApprovePercent, options.RejectPercent, isResubmission, roll);

    /// <summary>Whether an approval issues an e-certificate, from a roll in [0, 100).</summary>
    public static bool IssuesCertificate(DepartmentSimulatorOptions options, int roll) => roll < options.CertificatePercent;

    /// <summary>Schedules the answers to one task: its acceptance after a delay, its decision after another.</summary>
    public void Reply(DispatchTask task, string department) => schedule.After(NextDelay(), (task, department, false));

    public void Dispose()
    {
        schedule.Dispose();
        producer.Flush(TimeSpan.FromSeconds(5));
        producer.Dispose();
    }

    private void Answer((DispatchTask Task, string Department, bool Decide) item)
    {
        var (task, department, decide) = item;
        if (!decide)
        {
            Publish(DepartmentAnswers.Accepted(), task, department);
            schedule.After(NextDelay(), (task, department, true));
            return;
        }

        var decision = Decide(options, task.IsResubmission, Random.Shared.Next(100));
        var certificate = decision == DepartmentEventKind.TaskApproved && IssuesCertificate(options, Random.Shared.Next(100))
            ? certificates.For(task)
            : null;
        Publish(DepartmentAnswers.Decision(decision, task, certificate, "simulated"), task, department);
        if (certificate is not null)
        {
            // Produced after the decision with the same producer, so a reader of the line's topic sees the decision first.
            Publish(DepartmentAnswers.Issued(certificate), task, department);
        }

        LogAnswered(logger, department, task.CaseId, decision, certificate?.CertificateId);
    }

    private void Publish(DepartmentEvent evt, DispatchTask task, string department)
    {
        var message = DepartmentAnswers.Message(evt, task, department, $"simulator@{department}");
        var topic = HubTopics.DepartmentEvents(department, prefix);
        while (true)
        {
            try
            {
                producer.Produce(topic, message, report =>
                {
                    if (report.Error.IsError)
                    {
                        LogNotDelivered(logger, department, task.CaseId, report.Error.Reason);
                    }
                });
                return;
            }
            catch (ProduceException<string, byte[]> ex) when (ex.Error.Code == Confluent.Kafka.ErrorCode.Local_QueueFull)
            {
                producer.Poll(TimeSpan.FromMilliseconds(10));
            }
        }
    }

    private int NextDelay() => Random.Shared.Next(options.MinDelayMs, options.MaxDelayMs + 1);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulated {Department} answered case {CaseId}: {Decision}, certificate {CertificateId}")]
    private static partial void LogAnswered(ILogger logger, string department, string? caseId, DepartmentEventKind decision, string? certificateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated {Department} could not answer case {CaseId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string department, string? caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated {Department}'s answer to case {CaseId} was not delivered: {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string department, string? caseId, string reason);
}
