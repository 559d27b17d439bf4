namespace Hub.Certificates;

/// <summary>A kind of e-certificate (证照类型), e.g. 结婚证, as validated on load.</summary>
/// <param name="Code">The 21-character type code (证照类型代码): the defining authority's credit code and 3 digits.</param>
/// <param name="Name">Chinese name, e.g. 不动产权证书.</param>
/// <param name="Authority">The body that defines the type.</param>
/// <param name="Department">The department line whose departments issue it (see <see cref="Catalogue.Departments"/>).</param>
/// <param name="ValidityYears">How many years a certificate of this type is valid; null when it does not expire.</param>
/// <param name="Source">Where the whole type code is stated, when it is; null when the last 3 digits are the hub's own numbering.</param>
public sealed record CertificateType(
    string Code, string Name, CertificateAuthority Authority, string Department, int? ValidityYears, string? Source);
