namespace Hub.Signing;

/// <summary>How the hub signs its hand-off logs (<c>Hub:Signing</c>).</summary>
public sealed class SigningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Signing";

    /// <summary>
    /// The PEM file of the signing key: an ECDSA P-256 private key (PKCS#8 or SEC1), the same on every silo. Required in
    /// cluster mode (for example <c>openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out hub-log.pem</c>);
    /// the embedded default generates one per process.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>
    /// PEM files of the keys signed with before: their public keys (a private key file is taken too, and only its public
    /// half used). Logs they sealed still verify, and <c>GET /ops/keys</c> lists them as retired.
    /// </summary>
    public List<string> RetiredKeyFiles { get; set; } = [];

    /// <summary>
    /// How long the signer gathers chain heads after the first one comes before it signs them as one batch. Longer: fewer
    /// signatures under load, each write waiting longer. Default 2 ms; 0 to 1 s.
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>The most chain heads one signature covers. Default 4096.</summary>
    public int MaxBatch { get; set; } = 4096;

    /// <summary>Set by the embedded hub when no key file is given: a key is generated for the process.</summary>
    public bool GenerateKey { get; set; }
}
