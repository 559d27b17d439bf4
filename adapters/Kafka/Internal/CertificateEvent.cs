using Hub.Certificates;
using Hub.Identifiers;

namespace Hub.Kafka.Internal;

/// <summary>A checked certificate event of a department line: an issue, or a change of an issued certificate.</summary>
internal sealed record CertificateEvent(CertificateId Id, CertificateIssue? Issue, CertificateChange? Change);
