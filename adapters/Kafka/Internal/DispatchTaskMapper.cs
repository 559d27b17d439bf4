using Hub.Identifiers;
using Hub.Messages;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="DispatchOrder"/> to and from the wire's <see cref="Wire.DispatchTask"/>. The applicant's phone stays in the hub.</summary>
internal static class DispatchTaskMapper
{
    public static Wire.DispatchTask ToWire(DispatchOrder order)
    {
        var task = new Wire.DispatchTask
        {
            EventId = order.EventId,
            OccurredAt = WireTime.ToUnixMs(order.OccurredAt),
            CaseId = order.CaseId.Value,
            Department = order.Department,
            Stage = order.Stage,
            MatterCode = order.MatterCode,
            MatterName = order.MatterName,
            ReceivingNode = order.ReceivingNode.ToString(),
            HandlingNode = order.HandlingNode.ToString(),
            Applicant = new Wire.Applicant
            {
                Kind = order.Applicant.Kind == Cases.ApplicantKind.Person ? Wire.ApplicantKind.Person : Wire.ApplicantKind.Organisation,
                Id = order.Applicant.Identifier,
                Name = order.Applicant.Name,
            },
            CommittedDeadline = WireTime.ToWire(order.CommittedDeadline),
            StatutoryDeadline = WireTime.ToWire(order.StatutoryDeadline),
            IsResubmission = order.IsResubmission,
            Mode = order.Mode switch
            {
                Cases.HandlingMode.FullyOnline => Wire.HandlingMode.FullyOnline,
                Cases.HandlingMode.JointHandling => Wire.HandlingMode.JointHandling,
                _ => Wire.HandlingMode.ProxyReceipt,
            },
            TaskName = order.TaskName,
        };
        task.Materials.AddRange(order.Materials.Select(m => new Wire.Material
        {
            Code = m.Code, Reference = m.Reference, CertificateId = m.Certificate, Certificate = m.Evidence is { } e ? ToWire(e) : null,
        }));
        return task;
    }

    private static Wire.VerifiedCertificate ToWire(Certificates.CertificateEvidence evidence)
    {
        var m = evidence.Metadata;
        return new Wire.VerifiedCertificate
        {
            CertificateId = evidence.CertificateId,
            TypeCode = m.TypeCode,
            TypeName = m.TypeName,
            Number = m.Number,
            IssuerName = m.IssuerName,
            IssuerCode = m.IssuerCode,
            IssuedOn = WireTime.ToWire(m.IssuedOn),
            ValidFrom = WireTime.ToWire(m.ValidFrom),
            ValidTo = m.ValidTo is { } to ? WireTime.ToWire(to) : null,
            HolderName = m.HolderName,
            FileDigest = m.FileDigest,
            Status = CertificateStatusMapper.ToWire(evidence.Status),
            VerifiedAt = WireTime.ToUnixMs(evidence.VerifiedAt),
            Consent = evidence.Consent,
        };
    }

    /// <summary>Reads a task back; throws <see cref="FormatException"/> naming the first bad field.</summary>
    public static DispatchOrder ToOrder(Wire.DispatchTask task)
    {
        var applicant = task.Applicant ?? throw new FormatException("applicant is missing.");
        var kind = applicant.Kind switch
        {
            Wire.ApplicantKind.Person => Cases.ApplicantKind.Person,
            Wire.ApplicantKind.Organisation => Cases.ApplicantKind.Organisation,
            _ => throw new FormatException($"applicant.kind {applicant.Kind} is not a person or an organisation."),
        };
        return new DispatchOrder(
            Required(task.EventId, "event_id"),
            WireTime.FromUnixMs(task.OccurredAt),
            CaseId.Parse(Required(task.CaseId, "case_id")),
            Required(task.Department, "department"),
            task.Stage,
            Required(task.MatterCode, "matter_code"),
            task.MatterName ?? string.Empty,
            DivisionCode.Parse(Required(task.ReceivingNode, "receiving_node")),
            DivisionCode.Parse(Required(task.HandlingNode, "handling_node")),
            new Cases.Applicant(kind, Required(applicant.Id, "applicant.id"), applicant.Name ?? string.Empty, null),
            [.. task.Materials.Select(m => new Cases.Material(Required(m.Code, "materials.code"), m.Reference ?? string.Empty, m.CertificateId))],
            WireTime.ParseDate(task.CommittedDeadline, "committed_deadline"),
            WireTime.ParseDate(task.StatutoryDeadline, "statutory_deadline"),
            task.IsResubmission,
            task.Mode switch
            {
                Wire.HandlingMode.FullyOnline => Cases.HandlingMode.FullyOnline,
                Wire.HandlingMode.JointHandling => Cases.HandlingMode.JointHandling,
                _ => Cases.HandlingMode.ProxyReceipt,
            },
            string.IsNullOrEmpty(task.TaskName) ? null : task.TaskName);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new FormatException($"{field} is missing.") : value;
}
