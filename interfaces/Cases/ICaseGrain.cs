using Hub.Messages;

namespace Hub.Cases;

/// <summary>
/// One cross-region case (办件), keyed by its case id. Every command names its <see cref="CaseCaller"/>: a case its
/// window's node is not party to answers as one that does not exist (<see cref="CaseRuleCodes.NotFound"/>). The
/// window commands are safe to resend: a repeat of a step already taken changes nothing and answers the case as it is.
/// Its deadlines are watched (<see cref="IDueGrain.WakeDue"/>): reminders, cards and deemed acceptance.
/// </summary>
[Alias("hub.ICaseGrain")]
public interface ICaseGrain : IOutboxGrain, IDueGrain
{
    /// <summary>Records a checked submission, dispatches its first stage and returns the case as now stored; the same submission with the same idempotency key returns the case again.</summary>
    [Alias("Submit")]
    Task<CaseView> Submit(CaseSubmission submission);

    /// <summary>The case as it stands; throws <see cref="CaseRuleException"/> (case-not-found) when there is none or the caller may not see it.</summary>
    [Alias("GetView")]
    Task<CaseView> GetView(CaseCaller caller);

    /// <summary>The case's hand-off log as stored, its entries and seals, for a caller who may see the case.</summary>
    [Alias("GetLog")]
    Task<CaseLog> GetLog(CaseCaller caller);

    /// <summary>What the public progress page shows of the case (nothing personal); null when there is no such case. The caller checks the query code.</summary>
    [Alias("GetProgress")]
    Task<CaseProgress?> GetProgress();

    /// <summary>
    /// Records a shipment the caller's window handed to a courier: originals to the handling node (receiving node only,
    /// for a matter that requires originals), or the result to the applicant (a decided case delivered by post; this is
    /// its handover). The same waybill again changes nothing. The caller has claimed the waybill (<see cref="IWaybillGrain"/>).
    /// </summary>
    [Alias("RecordShipment")]
    Task<CaseView> RecordShipment(CaseCaller caller, ShipmentDirection direction, string carrier, string waybill);

    /// <summary>
    /// Notes on the case's timeline a 12345 work order that names it (a complaint, a question …), once per order; a
    /// complaint about the case's delay also goes to supervision's feed against the nodes whose tasks are open, and so
    /// counts in their statistics. Throws <see cref="CaseRuleException"/> <see cref="CaseRuleCodes.NotFound"/> when there is no such case.
    /// </summary>
    [Alias("NoteWorkOrder")]
    Task<EventOutcome> NoteWorkOrder(Hotline.HotlineOrder order, string categoryName);

    /// <summary>Applies a courier's report to the shipment of its waybill, once; throws <see cref="CaseRuleException"/> when the case has no such shipment.</summary>
    [Alias("ApplyLogisticsEvent")]
    Task<EventOutcome> ApplyLogisticsEvent(LogisticsEvent evt);

    /// <summary>
    /// Applies a department's event once; a repeated event id changes nothing. An approval's
    /// <see cref="DepartmentEvent.IssuedCertificates"/> are checked (held by the applicant, of a type the department line
    /// issues, not issued by another event) and issued before the approval is written; a refusal of any, a
    /// <see cref="CaseRuleException"/> or a <see cref="Certificates.CertificateRuleException"/>, leaves the case and
    /// every certificate as they were.
    /// </summary>
    [Alias("ApplyDepartmentEvent")]
    Task<EventOutcome> ApplyDepartmentEvent(DepartmentEvent evt);

    /// <summary>Adds the materials a department asked for and sends the task back to it.</summary>
    [Alias("Supplement")]
    Task<CaseView> Supplement(CaseCaller caller, IReadOnlyList<Material> materials);

    /// <summary>Withdraws the case before any decision.</summary>
    [Alias("Withdraw")]
    Task<CaseView> Withdraw(CaseCaller caller, string reason);

    /// <summary>Records that the result was handed to the applicant at the receiving window.</summary>
    [Alias("Handover")]
    Task<CaseView> Handover(CaseCaller caller);

    /// <summary>
    /// Notes on the timeline of a case still open that one of the certificates it used instead of paper is no longer
    /// valid (revoked, suspended, cancelled …); a repeat of <paramref name="eventId"/> changes nothing.
    /// </summary>
    [Alias("CertificateChanged")]
    Task CertificateChanged(string certificateId, Certificates.CertificateStatus status, string? reason, string eventId);

    /// <summary>
    /// Records the applicant's rating (1 = 非常不满意 … 5 = 非常满意) and closes the case; a bad one opens a rectification
    /// against the node at <paramref name="fault"/>. After the rectification the applicant rates once more.
    /// </summary>
    [Alias("Rate")]
    Task<CaseView> Rate(CaseCaller caller, int level, string? comment, RatingFault fault = RatingFault.Handling);

    /// <summary>The responsible node's follow-up (回访) of a bad rating.</summary>
    [Alias("FollowUp")]
    Task<CaseView> FollowUp(CaseCaller caller, string note);

    /// <summary>The responsible node records what it changed (整改) after a bad rating.</summary>
    [Alias("Rectify")]
    Task<CaseView> Rectify(CaseCaller caller, string measures);
}
