using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// The department approved the task. It may carry the e-certificates the approval issues (<see cref="Certificates"/>):
/// each is issued as by its own <c>CertificateIssued</c> event, must be held by the case's applicant, and appears on
/// the case. <see cref="CertificateIds"/> only names results kept elsewhere (a paper licence's number, say): the hub
/// shows them on the case and verifies nothing about them.
/// </summary>
[ProtoContract(Name = "TaskApproved")]
public sealed class TaskApproved
{
    [ProtoMember(1, Name = "certificate_ids")]
    public List<string> CertificateIds { get; } = [];

    [ProtoMember(2, Name = "remark")]
    public string? Remark { get; set; }

    /// <summary>The e-certificates this approval issues, held by the case's applicant.</summary>
    [ProtoMember(3, Name = "certificates")]
    public List<CertificateIssued> Certificates { get; } = [];
}
