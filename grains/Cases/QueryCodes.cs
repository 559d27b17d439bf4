using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Hub.Certificates;
using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// A case's query code (查询码): eight digits printed on the receipt the window hands over, which with the case id opens
/// the public progress page. Derived, never stored: HMAC-SHA256 under <see cref="HolderOptions.Secret"/> (the hub's one
/// secret for keyed hashes, with a label of this use) over the case id, so a resent submission gets the same code and a
/// stolen database holds none. Changing the secret changes every code.
/// </summary>
public sealed class QueryCodes(HolderKeys keys)
{
    /// <summary>The code of <paramref name="caseId"/>.</summary>
    public string For(CaseId caseId)
    {
        var mac = keys.Hash($"progress-query-code:{caseId.Value}");
        return (BinaryPrimitives.ReadUInt64BigEndian(mac) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="code"/> is the code of <paramref name="caseId"/>, compared in constant time.</summary>
    public bool Matches(CaseId caseId, string? code) =>
        code is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(For(caseId)), Encoding.ASCII.GetBytes(code.Trim()));
}
