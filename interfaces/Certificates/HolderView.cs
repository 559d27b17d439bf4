namespace Hub.Certificates;

/// <summary>A holder's certificates and the newest entries of their log, newest first; <see cref="TotalUses"/> counts all.</summary>
[GenerateSerializer, Immutable, Alias("hub.HolderView")]
public sealed record HolderView(
    [property: Id(0)] IReadOnlyList<string> Certificates,
    [property: Id(1)] IReadOnlyList<CertificateUse> Uses,
    [property: Id(2)] long TotalUses);
