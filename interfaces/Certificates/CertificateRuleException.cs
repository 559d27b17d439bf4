namespace Hub.Certificates;

/// <summary>
/// Raised by a certificate when an operation does not fit its state, or names a certificate that does not exist.
/// The certificate is unchanged. <see cref="Code"/> is one of <see cref="CertificateRuleCodes"/>; the message is for people.
/// </summary>
[GenerateSerializer, Alias("hub.CertificateRuleException")]
public sealed class CertificateRuleException : Exception
{
    public CertificateRuleException(string code, string message) : base(message) => Code = code;

    /// <summary>A stable reason code, one of <see cref="CertificateRuleCodes"/>.</summary>
    [Id(0)]
    public string Code { get; }
}
