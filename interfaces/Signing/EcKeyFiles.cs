using System.Security.Cryptography;

namespace Hub.Signing;

/// <summary>
/// ECDSA P-256 keys in PEM files, as the hub's own signing keys and the department lines' registered keys are kept:
/// reading one with an error that names the file and the fix, and the fingerprint a key id is made of.
/// </summary>
public static class EcKeyFiles
{
    /// <summary>The first 16 hex digits of the SHA-256 of the key's public key (SubjectPublicKeyInfo, DER), which anyone holding the public key can compute.</summary>
    public static string Fingerprint(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    /// <summary>Reads an ECDSA P-256 key (private or public) from a PEM file; throws naming the file and what is wrong.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be read, holds no PEM EC key, or a key on another curve.</exception>
    public static ECDsa Load(string file)
    {
        string pem;
        try
        {
            pem = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{file}: cannot be read ({ex.Message}).", ex);
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"{file}: not a PEM EC key ({ex.Message}). Make one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`.", ex);
        }

        if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new InvalidOperationException($"{file}: the key is not on the P-256 curve; the hub's signatures are ECDSA P-256.");
        }

        return key;
    }

    /// <summary>Whether <paramref name="key"/> holds its private half, and so can sign.</summary>
    public static bool HasPrivateKey(ECDsa key)
    {
        try
        {
            return key.ExportParameters(true).D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
