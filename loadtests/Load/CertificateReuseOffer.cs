namespace Hub.LoadTests.Load;

/// <summary>A submission of <see cref="Offer"/> that hands in <see cref="Certificate"/> instead of the paper <see cref="Material"/> (免提交).</summary>
internal sealed record CertificateReuseOffer(CaseOffer Offer, string Material, IssuedCertificate Certificate);
