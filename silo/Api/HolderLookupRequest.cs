namespace Hub.Api;

/// <summary>A holder, in person at a window, asking for their own certificates and log.</summary>
/// <param name="IdType">CitizenId (default) or CreditCode.</param>
/// <param name="Id">The holder's citizen ID (GB 11643) or unified social credit code (GB 32100).</param>
/// <param name="Consent">The holder's consent to this lookup: required.</param>
public sealed record HolderLookupRequest(string? IdType, string? Id, ConsentRequest? Consent);

/// <summary>
/// How the holder consented: <c>signature</c>, <c>authorisation-code</c> or <c>face-check</c>, a reference to the
/// evidence, and, for a submission, the certificates it covers (the purpose is the case's matter).
/// </summary>
public sealed record ConsentRequest(string? Method, string? Reference, IReadOnlyList<string>? Certificates = null)
{
    /// <summary>The methods taken.</summary>
    public static readonly string[] Methods = ["signature", "authorisation-code", "face-check"];

    /// <summary>Whether the method is one of <see cref="Methods"/> and a reference is given.</summary>
    public bool IsComplete => Method is { } method && Methods.Contains(method) && !string.IsNullOrWhiteSpace(Reference);

    /// <summary>The consent as the holder's log records it.</summary>
    public override string ToString() => $"{Method}:{Reference}";
}
