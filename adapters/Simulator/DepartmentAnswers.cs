using System.Text;
using Confluent.Kafka;
using DepartmentEventKind = Hub.Cases.DepartmentEventKind;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using Hub.Kafka.Internal;

namespace Hub.Simulator;

/// <summary>
/// What a played department line answers a dispatched task, and the Kafka message each answer travels in: one place
/// for the department simulator, the benchmark's departments and the tests' department lines, so that all three speak
/// exactly as the contract (DESIGN §4, Kafka) says an outside system does.
/// </summary>
public static class DepartmentAnswers
{
    private static readonly byte[] EventType = Encoding.UTF8.GetBytes(HubMessageTypes.DepartmentEvent);

    /// <summary>
    /// The decision for a task from a roll in [0, 100): approved below <paramref name="approvePercent"/>, rejected below
    /// the sum with <paramref name="rejectPercent"/>, sent back for a supplement above. A task that must be approved (a
    /// resubmission after a supplement) always is.
    /// </summary>
    public static DepartmentEventKind Decide(int approvePercent, int rejectPercent, bool mustApprove, int roll) =>
        mustApprove || roll < approvePercent ? DepartmentEventKind.TaskApproved
        : roll < approvePercent + rejectPercent ? DepartmentEventKind.TaskRejected
        : DepartmentEventKind.SupplementRequested;

    /// <summary>Whether a message on a department line's dispatch topic is a task (the topic also carries notices).</summary>
    public static bool IsDispatch(Headers? headers) =>
        headers?.TryGetLastBytes(HubHeaders.Type, out var type) != true || Encoding.UTF8.GetString(type) == HubMessageTypes.DispatchTask;

    /// <summary>Reads a dispatched task; null when the bytes are no task with a case id.</summary>
    public static DispatchTask? ReadTask(byte[]? value)
    {
        var task = value is null ? null : ProtoCodec.Decode<DispatchTask>(value);
        return task?.CaseId is null ? null : task;
    }

    /// <summary>The line takes the task on.</summary>
    public static DepartmentEvent Accepted() => new() { Accepted = new TaskAccepted() };

    /// <summary>
    /// The body of <paramref name="decision"/> on <paramref name="task"/>; an approval names <paramref name="certificate"/>
    /// when it issues one, and a supplement asks for <paramref name="material"/> (or, when null, one of the task's
    /// materials). <paramref name="source"/> ends each remark, so that a reader of the case sees who played the line.
    /// </summary>
    public static DepartmentEvent Decision(
        DepartmentEventKind decision, DispatchTask task, CertificateIssued? certificate, string source, string? material = null)
    {
        var evt = new DepartmentEvent();
        switch (decision)
        {
            case DepartmentEventKind.TaskApproved:
                evt.Approved = new TaskApproved { Remark = $"Approved ({source})." };
                if (certificate is not null)
                {
                    // Named on the case, so that its window can verify it; the certificate itself follows as an event of its own.
                    evt.Approved.CertificateIds.Add(certificate.CertificateId!);
                }

                break;
            case DepartmentEventKind.TaskRejected:
                evt.Rejected = new TaskRejected { Reason = $"The application does not meet the statutory conditions ({source})." };
                break;
            default:
                evt.SupplementRequested = new SupplementRequested { Reason = $"A material is illegible; hand in a clear copy ({source})." };
                evt.SupplementRequested.Materials.Add(material ?? SupplementMaterial(task));
                break;
        }

        return evt;
    }

    /// <summary>The material a supplement asks for when none is named: one of the task's, or a statement when it lists none.</summary>
    public static string SupplementMaterial(DispatchTask task)
    {
        var materials = task.Materials.Select(m => m.Code).OfType<string>().ToArray();
        return materials.Length > 0 ? materials[Random.Shared.Next(materials.Length)] : "supplementary-statement";
    }

    /// <summary>The <c>certificate_issued</c> event of a certificate an approval names.</summary>
    public static DepartmentEvent Issued(CertificateIssued certificate) => new() { CertificateIssued = certificate };

    /// <summary>
    /// Fills in the envelope of <paramref name="evt"/> (a fresh event id, now, the task's case, the line, the officer, and for a
    /// task's event the task's node, so that a 多地联办 case's event answers the task at that node) and wraps it in its message: a task's event is keyed by its case id, a certificate's by the certificate id.
    /// </summary>
    public static Message<string, byte[]> Message(DepartmentEvent evt, DispatchTask task, string department, string officer)
    {
        evt.EventId = Guid.CreateVersion7().ToString();
        evt.OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        evt.CaseId = task.CaseId;
        evt.Department = department;
        evt.Officer = officer;
        evt.HandlingNode = evt.CertificateIssued is null ? task.HandlingNode : null;
        return Message(evt.CertificateIssued?.CertificateId ?? task.CaseId!, ProtoCodec.Encode(evt), evt.EventId);
    }

    /// <summary>A department event's message from its bytes as they are, with the type header (and the event id, when given).</summary>
    public static Message<string, byte[]> Message(string key, byte[] value, string? eventId = null)
    {
        var headers = new Headers { { HubHeaders.Type, EventType } };
        if (eventId is not null)
        {
            headers.Add(HubHeaders.EventId, Encoding.UTF8.GetBytes(eventId));
        }

        return new Message<string, byte[]> { Key = key, Value = value, Headers = headers };
    }
}
