namespace Hub.Kafka.DeadLetters;

/// <summary>
/// The stable codes a dead letter's reason (<see cref="HubHeaders.DeadLetterReason"/>, <c>code: detail</c>) begins
/// with when the payload itself is wrong: for machines, never matched as literals elsewhere. A payload that is fine
/// but does not fit its case carries one of <see cref="Hub.Cases.CaseRuleCodes"/> instead, and one that does not fit
/// its certificate (an unknown certificate or type, a type of another line, an operation the state does not allow)
/// one of <see cref="Hub.Certificates.CertificateRuleCodes"/>.
/// </summary>
public static class DeadLetterCodes
{
    /// <summary>The <c>hub-type</c> header names another message type.</summary>
    public const string UnexpectedType = "unexpected-type";

    /// <summary>The message has no value.</summary>
    public const string Empty = "empty";

    /// <summary>The value is not a <c>hub.v1.DepartmentEvent</c> protobuf message.</summary>
    public const string Undecodable = "undecodable";

    /// <summary><c>event_id</c> is empty.</summary>
    public const string MissingEventId = "missing-event-id";

    /// <summary><c>case_id</c> is empty.</summary>
    public const string MissingCaseId = "missing-case-id";

    /// <summary><c>case_id</c> is not a case id.</summary>
    public const string InvalidCaseId = "invalid-case-id";

    /// <summary><c>department</c> is not the department of the topic.</summary>
    public const string DepartmentMismatch = "department-mismatch";

    /// <summary><c>occurred_at</c> is not set.</summary>
    public const string MissingOccurredAt = "missing-occurred-at";

    /// <summary>None of the bodies is set.</summary>
    public const string UnknownBody = "unknown-body";

    /// <summary>More than one body is set.</summary>
    public const string MultipleBodies = "multiple-bodies";

    /// <summary>The body lacks a field it requires.</summary>
    public const string InvalidBody = "invalid-body";

    /// <summary>A certificate body's <c>certificate_id</c> is empty.</summary>
    public const string MissingCertificateId = "missing-certificate-id";

    /// <summary><c>certificate_id</c> (or <c>replaces</c>) is not an e-certificate identifier; the reason names the part.</summary>
    public const string InvalidCertificateId = "invalid-certificate-id";

    /// <summary><c>type_code</c> or <c>issuer_code</c> of an issued certificate is not the one inside its identifier.</summary>
    public const string CertificateIdMismatch = "certificate-id-mismatch";

    /// <summary><c>issuer_code</c> of an issued certificate is not a unified social credit code.</summary>
    public const string InvalidIssuerCode = "invalid-issuer-code";

    /// <summary><c>holder_id</c> of an issued certificate does not pass the check of its <c>holder_id_type</c>.</summary>
    public const string InvalidHolderId = "invalid-holder-id";

    /// <summary>A courier's report names a carrier the hub does not know.</summary>
    public const string UnknownCarrier = "unknown-carrier";

    /// <summary>A courier's report names no waybill number of the common shape.</summary>
    public const string InvalidWaybill = "invalid-waybill";

    /// <summary>A courier's report for a waybill no case recorded.</summary>
    public const string UnknownWaybill = "unknown-waybill";

    /// <summary>A 12345 order, reply or return visit lacks a field it requires, or has one out of form; the reason names it.</summary>
    public const string InvalidWorkOrder = "invalid-work-order";

    /// <summary>A 12345 order carries the caller's full phone number where the hub takes it masked.</summary>
    public const string CallerNotMasked = "caller-not-masked";

    /// <summary>The line's signature does not verify over the message's bytes, or is not base64.</summary>
    public const string BadSignature = "bad-signature";

    /// <summary>The line must sign its messages and this one is not signed.</summary>
    public const string MissingSignature = "missing-signature";

    /// <summary>The message is signed with a key not registered for its line.</summary>
    public const string UnknownSigningKey = "unknown-signing-key";
}
