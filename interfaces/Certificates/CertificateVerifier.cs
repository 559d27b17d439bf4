using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>Who verifies a certificate: a window (<c>window:&lt;id&gt;</c>) at its node.</summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateVerifier")]
public sealed record CertificateVerifier(
    [property: Id(0)] string Actor,
    [property: Id(1)] DivisionCode Node);
