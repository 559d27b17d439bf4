using System.Security.Cryptography;
using System.Text;

namespace Hub.Windows;

/// <summary>Window keys: 256 random bits, shown once; the hub keeps only their SHA-256 hash.</summary>
public static class WindowKeys
{
    /// <summary>The prefix of every generated key, so that a leaked one is recognisable (by secret scanners too).</summary>
    public const string Prefix = "hubw_";

    /// <summary>A new key: the prefix and 32 random bytes in base64url.</summary>
    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The SHA-256 hash of a key's UTF-8 bytes. A fast hash is right for a random 256-bit key: there is nothing to guess,
    /// so a slow password hash would only make every call slower.
    /// </summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
