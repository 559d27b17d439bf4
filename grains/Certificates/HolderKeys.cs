using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hub.Certificates;

/// <summary>The key of a holder's grain: HMAC-SHA256 with <see cref="HolderOptions.Secret"/> over the holder's ID type and ID, in hex.</summary>
public sealed class HolderKeys(IOptions<HolderOptions> options)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.Secret
        ?? throw new InvalidOperationException($"{HolderOptions.Section}:Secret is not set."));

    /// <summary>The grain key of the holder with <paramref name="id"/> of <paramref name="type"/>; the ID is upper-cased first.</summary>
    public string For(HolderIdType type, string id) => Convert.ToHexStringLower(Hash($"{(int)type}:{id.Trim().ToUpperInvariant()}"));

    /// <summary>HMAC-SHA256 of <paramref name="text"/> under the secret: the hub's one keyed hash (a use names itself in the text).</summary>
    public byte[] Hash(string text) => HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(text));
}
