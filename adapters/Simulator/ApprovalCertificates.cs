using System.Security.Cryptography;
using System.Text;
using Hub.Kafka.Contracts;
using Hub.Kafka.Internal;

namespace Hub.Simulator;

/// <summary>
/// The e-certificate a simulated department line issues with an approval: of the type <see cref="CertificateTypeChoice"/>
/// picks for the task's matter, held by the task's applicant, issued today by the line's office in the handling county
/// (<see cref="SimulatedIssuers"/>) under a fresh GB/T 36904 identifier. Thread-safe.
/// </summary>
public sealed class ApprovalCertificates(CertificateTypeChoice types, TimeProvider time)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly CertificateIdIssuer ids = new(time);

    /// <summary>
    /// The <c>certificate_issued</c> body for approving <paramref name="task"/>, to be sent as a department event of its
    /// own with the task's case id; null when the line issues no type or the task names no applicant.
    /// </summary>
    public CertificateIssued? For(DispatchTask task)
    {
        var holderType = task.Applicant?.Kind switch
        {
            ApplicantKind.Person => HolderIdType.CitizenId,
            ApplicantKind.Organisation => HolderIdType.CreditCode,
            _ => HolderIdType.Unspecified,
        };
        if (holderType == HolderIdType.Unspecified || task.Applicant!.Id is null || string.IsNullOrWhiteSpace(task.Applicant.Name) || task.HandlingNode is not { Length: >= 6 } handling
            || types.For(task.Department, task.MatterCode) is not { } type)
        {
            return null;
        }

        var (issuer, issuerName, county) = SimulatedIssuers.For(task.Department!, handling);
        var id = ids.Next(type.Code, issuer);
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);
        return new CertificateIssued
        {
            CertificateId = id.Value,
            TypeCode = type.Code,
            TypeName = type.Name,
            Number = $"{handling[..6]}{id.Serial}",
            IssuerName = issuerName,
            IssuerCode = issuer.Value,
            IssuedOn = WireTime.ToWire(today),
            ValidFrom = WireTime.ToWire(today),
            ValidTo = type.ValidityYears is { } years ? WireTime.ToWire(today.AddYears(years)) : null,
            HolderName = task.Applicant.Name,
            HolderId = task.Applicant.Id,
            HolderIdType = holderType,
            MatterCode = task.MatterCode,
            IssuingDivision = county.ToString(),

            // The simulator keeps no file: the digest is of the identifier, which stands in for the OFD file.
            FileDigest = $"sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id.Value)))}",
        };
    }
}
