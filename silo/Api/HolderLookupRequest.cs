namespace Hub.Api;

/// <summary>A holder, in person at a window, asking for their own certificates and log.</summary>
/// <param name="IdType">CitizenId (default) or CreditCode.</param>
/// <param name="Id">The holder's citizen ID (GB 11643) or unified social credit code (GB 32100).</param>
/// <param name="Consent">The holder's consent to this lookup: required.</param>
public sealed record HolderLookupRequest(string? IdType, string? Id, ConsentRequest? Consent);

/// <summary>How the holder consented: <c>signature</c>, <c>authorisation-code</c> or <c>face-check</c>, and a reference to the evidence.</summary>
public sealed record ConsentRequest(string? Method, string? Reference);
