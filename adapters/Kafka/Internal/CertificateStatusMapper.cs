using Hub.Certificates;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>The certificate states and operations on the wire: the same numbers as the hub's (the national codes).</summary>
internal static class CertificateStatusMapper
{
    public static Wire.CertificateStatus ToWire(CertificateStatus status) =>
        Enum.IsDefined(status) ? (Wire.CertificateStatus)(int)status : throw new ArgumentOutOfRangeException(nameof(status), status, null);

    public static Wire.CertificateOperation ToWire(CertificateOperation operation) =>
        Enum.IsDefined(operation) ? (Wire.CertificateOperation)(int)operation : throw new ArgumentOutOfRangeException(nameof(operation), operation, null);

    public static Wire.CertificateUseKind ToWire(CertificateUseKind kind) =>
        Enum.IsDefined(kind) ? (Wire.CertificateUseKind)(int)kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
}
