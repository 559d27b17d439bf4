using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Hub.Signing;

/// <summary>One key of the hub's hand-off logs, as <c>GET /ops/keys</c> shows it.</summary>
public sealed record LogKey(string KeyId, string Algorithm, string PublicKeyPem, bool Active);

/// <summary>
/// The hub's signing keys: the active one, which signs, and the retired ones, whose public keys check the logs they
/// signed. A key's id is <c>hub-</c> and the first 16 hex digits of the SHA-256 of its public key (SubjectPublicKeyInfo,
/// DER), so that anyone holding the public key can compute it.
/// </summary>
public sealed class LogKeys : IDisposable
{
    /// <summary>The one algorithm: ECDSA over P-256 with SHA-256, the signature DER-encoded (as openssl writes it).</summary>
    public const string Algorithm = "ECDSA-P256-SHA256";

    private readonly Dictionary<string, ECDsa> _public = new(StringComparer.Ordinal);

    public LogKeys(IOptions<SigningOptions> options)
    {
        var o = options.Value;
        Active = o.KeyFile is { } file ? EcKeyFiles.Load(file) : o.GenerateKey ? ECDsa.Create(ECCurve.NamedCurves.nistP256)
            : throw new InvalidOperationException($"{SigningOptions.Section}:KeyFile is not set.");
        if (!EcKeyFiles.HasPrivateKey(Active))
        {
            throw new InvalidOperationException($"{o.KeyFile}: holds a public key only; {SigningOptions.Section}:KeyFile needs the private key that signs (a retired key's public key goes in RetiredKeyFiles).");
        }

        ActiveId = IdOf(Active);
        var keys = new List<LogKey> { new(ActiveId, Algorithm, Active.ExportSubjectPublicKeyInfoPem(), true) };
        _public[ActiveId] = Active;
        foreach (var retired in o.RetiredKeyFiles)
        {
            var key = EcKeyFiles.Load(retired);
            var id = IdOf(key);
            if (_public.TryAdd(id, key))
            {
                keys.Add(new(id, Algorithm, key.ExportSubjectPublicKeyInfoPem(), false));
            }
        }

        All = keys;
    }

    /// <summary>The key that signs.</summary>
    public ECDsa Active { get; }

    public string ActiveId { get; }

    /// <summary>Every key, the active one first.</summary>
    public IReadOnlyList<LogKey> All { get; }

    /// <summary>The key with <paramref name="keyId"/>, to verify with; null when the hub does not know it.</summary>
    public ECDsa? Find(string keyId) => _public.GetValueOrDefault(keyId);

    /// <summary>The id of <paramref name="key"/>.</summary>
    public static string IdOf(ECDsa key) => "hub-" + EcKeyFiles.Fingerprint(key);

    public void Dispose()
    {
        foreach (var key in _public.Values)
        {
            key.Dispose();
        }
    }
}
