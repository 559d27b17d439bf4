using System.Diagnostics.CodeAnalysis;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Turns a decoded certificate event into the issue or change a certificate grain takes, checked so that none reaches
/// a certificate half-checked (<see cref="CertificateEventCheck"/>, then the metadata of an issue:
/// <see cref="CertificateIssuedMapper"/>); on failure gives the dead-letter reason as <c>code: detail</c>.
/// Whether the type exists and is this line's to issue the certificate grain decides, against the type catalogue.
/// </summary>
internal static class CertificateEventMapper
{
    public static bool TryMap(Wire.DepartmentEvent wire, string topicDepartment, [NotNullWhen(true)] out CertificateEvent? evt, [NotNullWhen(false)] out string? reason)
    {
        evt = null;
        reason = CertificateEventCheck.Problem(wire, topicDepartment, out var id, out var issuingCase);
        if (reason is not null)
        {
            return false;
        }

        var officer = string.IsNullOrWhiteSpace(wire.Officer) ? null : wire.Officer;
        CertificateChange Change(CertificateOperation operation, string? why) =>
            new(wire.EventId!, operation, wire.Department!, officer, WireTime.FromUnixMs(wire.OccurredAt), string.IsNullOrWhiteSpace(why) ? null : why);

        if (wire.CertificateIssued is { } issued)
        {
            reason = CertificateIssuedMapper.Problem(issued, id, out var metadata, out var replaces, out var how);
            if (reason is not null)
            {
                return false;
            }

            evt = new CertificateEvent(id, new CertificateIssue(metadata!, Change(CertificateOperation.Issue, null), issuingCase, replaces, how), null);
            return true;
        }

        var change = wire switch
        {
            { CertificateSuspended: { } b } => Change(CertificateOperation.Suspend, b.Reason),
            { CertificateRestored: { } b } => Change(CertificateOperation.Restore, b.Reason),
            { CertificateRevoked: { } b } => Change(CertificateOperation.Revoke, b.Reason),
            { CertificateCancelled: { } b } => Change(CertificateOperation.Cancel, b.Reason),
            { CertificateWithdrawn: { } b } => Change(CertificateOperation.Withdraw, b.Reason),
            { CertificateTransferredOut: { } b } => Change(CertificateOperation.TransferOut, b.Reason),
            _ => throw new ArgumentException("The event carries no certificate body.", nameof(wire)),
        };
        evt = new CertificateEvent(id, null, change);
        return true;
    }

    /// <summary>The wire form of a change, for tests and the simulator: suspend, restore, revoke, cancel, withdraw or transfer out.</summary>
    public static Wire.DepartmentEvent ToWire(CertificateId id, CertificateChange change)
    {
        var wire = new Wire.DepartmentEvent
        {
            EventId = change.EventId,
            OccurredAt = WireTime.ToUnixMs(change.OccurredAt),
            Department = change.Department,
            Officer = change.Officer,
        };
        var (certificateId, reason) = (id.ToString(), change.Reason);
        switch (change.Operation)
        {
            case CertificateOperation.Suspend:
                wire.CertificateSuspended = new Wire.CertificateSuspended { CertificateId = certificateId, Reason = reason };
                break;
            case CertificateOperation.Restore:
                wire.CertificateRestored = new Wire.CertificateRestored { CertificateId = certificateId, Reason = reason };
                break;
            case CertificateOperation.Revoke:
                wire.CertificateRevoked = new Wire.CertificateRevoked { CertificateId = certificateId, Reason = reason };
                break;
            case CertificateOperation.Cancel:
                wire.CertificateCancelled = new Wire.CertificateCancelled { CertificateId = certificateId, Reason = reason };
                break;
            case CertificateOperation.Withdraw:
                wire.CertificateWithdrawn = new Wire.CertificateWithdrawn { CertificateId = certificateId, Reason = reason };
                break;
            case CertificateOperation.TransferOut:
                wire.CertificateTransferredOut = new Wire.CertificateTransferredOut { CertificateId = certificateId, Reason = reason };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.Operation, "A renewal or change goes on the wire as a new issue; expiry is the hub's own.");
        }

        return wire;
    }

    /// <summary>The wire form of an issue, for tests and the simulator.</summary>
    public static Wire.DepartmentEvent ToWire(CertificateId id, CertificateIssue issue) => new()
    {
        EventId = issue.Issued.EventId,
        OccurredAt = WireTime.ToUnixMs(issue.Issued.OccurredAt),
        CaseId = issue.IssuingCase is { } issuingCase ? issuingCase.Value : null,
        Department = issue.Issued.Department,
        Officer = issue.Issued.Officer,
        CertificateIssued = CertificateIssuedMapper.ToWire(id, issue),
    };
}
