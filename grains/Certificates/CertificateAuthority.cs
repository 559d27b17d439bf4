using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>A body that defines certificate types (证照定义机构), e.g. 中华人民共和国住房和城乡建设部.</summary>
/// <param name="CreditCode">Its unified social credit code; its types' codes begin with it.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Constructed">Whether the credit code was made up for the hub's data (it still passes GB 32100's check)
/// rather than found stated in a public source.</param>
/// <param name="Source">Where a real code is stated; null for a constructed one.</param>
public sealed record CertificateAuthority(CreditCode CreditCode, string Name, bool Constructed, string? Source);
