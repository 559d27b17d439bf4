using Hub.Calendars;
using Hub.Identifiers;
using Hub.Messages;

namespace Hub.Certificates;

/// <summary>
/// The e-certificate's states and operations (DESIGN §3) as plain functions over <see cref="CertificateState"/>. Each
/// either throws <see cref="CertificateRuleException"/> before changing anything, returns false for an event already
/// applied, or moves the certificate, records the operation in its history and puts the change in the outbox for
/// <c>hub.certificate-events</c>.
/// </summary>
public static class CertificateMachine
{
    /// <summary>Issues the certificate; false when this issue was applied before.</summary>
    public static bool Issue(CertificateState state, string id, CertificateIssue issue)
    {
        if (state.Metadata is not null)
        {
            return state.AppliedEvents.Contains(issue.Issued.EventId)
                ? false
                : throw new CertificateRuleException(CertificateRuleCodes.AlreadyIssued, $"Certificate {id} was issued already, by event {state.History[0].EventId}.");
        }

        CheckNew(id, issue);
        state.Metadata = issue.Metadata;
        state.Department = issue.Issued.Department;
        state.IssuingCase = issue.IssuingCase;
        state.Replaces = issue.Replaces;
        Record(state, id, CertificateStatus.Valid, CertificateOperation.Issue, issue.Issued);
        return true;
    }

    /// <summary>Throws <see cref="CertificateRuleException"/> when the metadata of a first issue does not hold together.</summary>
    public static void CheckNew(string id, CertificateIssue issue)
    {
        if (issue.Metadata.ValidTo is { } to && to < issue.Metadata.ValidFrom)
        {
            throw new CertificateRuleException(CertificateRuleCodes.InvalidOperation, $"Certificate {id} would be valid to {to:yyyy-MM-dd}, before it is valid from {issue.Metadata.ValidFrom:yyyy-MM-dd}.");
        }
    }

    /// <summary>Suspends, restores, revokes, cancels, withdraws or transfers out; false when this event was applied before.</summary>
    public static bool Apply(CertificateState state, string id, CertificateChange change, DateTimeOffset now)
    {
        Existing(state, id);
        if (state.AppliedEvents.Contains(change.EventId))
        {
            return false;
        }

        CheckDepartment(state, id, change);
        var current = StatusOn(state, WorkingDays.ChinaDate(now));
        CertificateStatus? next = (change.Operation, current) switch
        {
            (CertificateOperation.Suspend, CertificateStatus.Valid) => CertificateStatus.Suspended,
            (CertificateOperation.Restore, CertificateStatus.Suspended) => CertificateStatus.Valid,
            (CertificateOperation.Revoke, CertificateStatus.Valid or CertificateStatus.Suspended) => CertificateStatus.Revoked,
            (CertificateOperation.Withdraw, CertificateStatus.Valid or CertificateStatus.Suspended) => CertificateStatus.Withdrawn,
            (CertificateOperation.Cancel, CertificateStatus.Valid or CertificateStatus.Suspended or CertificateStatus.Expired) when state.ReplacedBy is null => CertificateStatus.Cancelled,
            (CertificateOperation.TransferOut, CertificateStatus.Valid) => CertificateStatus.TransferredOut,
            (CertificateOperation.Issue or CertificateOperation.Renew or CertificateOperation.Change or CertificateOperation.Expire, _) =>
                throw new CertificateRuleException(CertificateRuleCodes.InvalidOperation, $"{change.Operation} is not an operation on an issued certificate: a renewal or change issues a new certificate naming {id}, and expiry follows its valid-to date."),
            _ => null,
        };
        Record(state, id, next ?? throw Refuse(state, id, current, change.Operation), change.Operation, change);
        return true;
    }

    /// <summary>Marks the certificate replaced by a renewal or change; false when this event was applied before.</summary>
    public static bool Replace(CertificateState state, string id, string replacement, CertificateChange change, DateTimeOffset now)
    {
        Existing(state, id);
        if (state.AppliedEvents.Contains(change.EventId))
        {
            return false;
        }

        CheckDepartment(state, id, change);
        if (change.Operation is not (CertificateOperation.Renew or CertificateOperation.Change))
        {
            throw new CertificateRuleException(CertificateRuleCodes.InvalidOperation, $"A certificate is replaced by a renewal or a change, not by {change.Operation}.");
        }

        var current = StatusOn(state, WorkingDays.ChinaDate(now));
        if (current is not (CertificateStatus.Valid or CertificateStatus.Expired) || state.ReplacedBy is not null)
        {
            throw Refuse(state, id, current, change.Operation);
        }

        state.ReplacedBy = replacement;
        Record(state, id, CertificateStatus.Expired, change.Operation, change);
        return true;
    }

    /// <summary>
    /// Records the expiry of a certificate whose valid-to date is past on <paramref name="today"/> (China's calendar
    /// date), so that it is announced; false when it has not expired, or its expiry (or another end) is recorded already.
    /// </summary>
    public static bool Expire(CertificateState state, string id, DateOnly today, DateTimeOffset now)
    {
        Existing(state, id);
        if (state.Status is not (CertificateStatus.Valid or CertificateStatus.Suspended) || StatusOn(state, today) != CertificateStatus.Expired)
        {
            return false;
        }

        var to = state.Metadata!.ValidTo!.Value;
        Record(state, id, CertificateStatus.Expired, CertificateOperation.Expire, new CertificateChange(
            $"{id}/expired", CertificateOperation.Expire, state.Department, null, now, $"valid to {to:yyyy-MM-dd}"), HubActor);
        return true;
    }

    /// <summary>The certificate as it stands on <paramref name="today"/> (China's calendar date).</summary>
    public static CertificateView ToView(CertificateState state, string id, DateOnly today)
    {
        var metadata = Existing(state, id);
        return new CertificateView(
            id, StatusOn(state, today), today, metadata, PersonalData.Mask(metadata.HolderId),
            state.Replaces, state.ReplacedBy, state.IssuingCase, state.History.ToArray());
    }

    /// <summary>The state on a date: a valid or suspended certificate past its valid-to date has expired.</summary>
    public static CertificateStatus StatusOn(CertificateState state, DateOnly today) =>
        state.Status is CertificateStatus.Valid or CertificateStatus.Suspended && state.Metadata?.ValidTo is { } to && today > to
            ? CertificateStatus.Expired
            : state.Status;

    /// <summary>The certificate's metadata; throws <see cref="CertificateRuleCodes.NotFound"/> when none was issued.</summary>
    public static CertificateMetadata Existing(CertificateState state, string id) =>
        state.Metadata ?? throw new CertificateRuleException(CertificateRuleCodes.NotFound, $"No certificate {id} was issued.");

    private static void CheckDepartment(CertificateState state, string id, CertificateChange change)
    {
        if (change.Department != state.Department)
        {
            throw new CertificateRuleException(CertificateRuleCodes.WrongDepartment, $"Certificate {id} was issued by department line '{state.Department}'; '{change.Department}' may not change it.");
        }
    }

    /// <summary>The actor of what the hub does itself: an expiry.</summary>
    public const string HubActor = "hub";

    private static void Record(CertificateState state, string id, CertificateStatus status, CertificateOperation operation, CertificateChange change, string? actor = null)
    {
        state.Status = status;
        state.AppliedEvents.Add(change.EventId);
        actor ??= change.Officer is null ? $"department:{change.Department}" : $"department:{change.Department}/{change.Officer}";
        state.History.Add(new CertificateHistoryEntry(operation, change.OccurredAt, actor, change.Reason, change.EventId, status));

        var m = state.Metadata!;
        state.Sequence++;
        state.Outbox.Add(new OutboxMessage(null, null, new CertificateStatusChanged(
            $"{id}/status/{state.Sequence}", change.OccurredAt, id, state.Sequence, status, operation, m.TypeCode, m.TypeName, m.IssuerCode,
            state.Department, PersonalData.Mask(m.HolderId), actor, change.Reason, actor == HubActor ? null : change.EventId,
            state.Replaces, state.ReplacedBy, state.IssuingCase, m.ValidTo)));
    }

    private static CertificateRuleException Refuse(CertificateState state, string id, CertificateStatus current, CertificateOperation operation) => new(
        CertificateRuleCodes.InvalidTransition,
        state.ReplacedBy is { } by
            ? $"Certificate {id} was replaced by {by}; it cannot take {operation}."
            : $"Certificate {id} is {current}; it cannot take {operation}.");
}
