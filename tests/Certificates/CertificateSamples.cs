using Hub.Certificates;
using Hub.Identifiers;

namespace Hub.Tests.Certificates;

/// <summary>Certificates for the tests: a 不动产权证书 (a type the natural-resources line issues), issued in Changsha to a Furong citizen.</summary>
internal static class CertificateSamples
{
    public const string Department = "natural-resources";

    /// <summary>不动产权证书, in the catalogue as issued by <see cref="Department"/>.</summary>
    public const string TypeCode = "11100000MB03271699001";

    /// <summary>A fresh certificate id of the sample type and issuer, with its check character.</summary>
    public static string NewId() => CertificateId.Create(TypeCode, "11430000006122244L", Guid.NewGuid().ToString("N").ToUpperInvariant(), "001").ToString();

    public static CertificateMetadata Metadata(DateOnly? validTo = null, string? holder = null) => new(
        TypeCode, "不动产权证书", "湘(2026)长沙市不动产权第0012345号", "长沙市自然资源和规划局", "11430000006122244L",
        new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), validTo, "刘芳", holder ?? Cases.CaseSamples.ChangshaCitizenId(),
        HolderIdType.CitizenId, "NR-001", DivisionCode.Parse("430100"), "sha256:0f1e2d");

    public static CertificateIssue Issue(DateOnly? validTo = null, string? replaces = null, CertificateOperation? how = null) =>
        new(Metadata(validTo), Change(CertificateOperation.Issue), null, replaces, how);

    public static CertificateChange Change(CertificateOperation operation, string? reason = null, string department = Department) =>
        new(Guid.NewGuid().ToString("N"), operation, department, "officer-3", DateTimeOffset.UtcNow, reason);
}
